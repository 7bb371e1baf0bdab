import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, newDataDir, startHost, test, useSession, type RunningHost } from './fixtures';
import { api } from './api';
import { benchFile, copyIntoDataDir } from '../db/bench/generate/cache';
import { todayIso } from '../db/base/dates';
import type { GridRow, MonthGrid } from '../db/contract/hours';

// The hours grid on the office-size data of the benchmark (db/bench/generate: 300 workers, five
// years of hours, the current month open): the grid opens, renders the rows in view only, and a
// cell far down the month is typed and saved. Then the page's memory comes back once the grid
// closes. Not timed: the timings are the benchmark's (npm run bench).

const today = todayIso();
const month = today.slice(0, 7);
let file: string;
let host: RunningHost;
let dataDir: string;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Built once and cached by seed, day and schema (.bench-cache), as the benchmark does.
  file = (await benchFile({ size: 'office', seed: 1, today, projectDir: process.cwd() })).path;
});

// Each test on its own copy, through its own host (a launch key opens one page only).
test.beforeEach(async () => {
  dataDir = newDataDir();
  copyIntoDataDir(file, dataDir);
  host = await startHost(dataDir);
});

test.afterEach(async () => {
  await host?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

async function openMonth(page: Page) {
  await page.goto(`${host.origin}/#/heures?mois=${month}`);
  await expect(page.getByRole('table', { name: 'Heures du mois' })).toBeVisible({ timeout: 30_000 });
}

test('Heures opens on the office-size file with the rows in view only, and a cell far down the month is typed and saved', async ({ page }) => {
  const grid = await api<MonthGrid>(host, 'hours.month', { month });
  expect(grid.ok).toBe(true);
  const rows = grid.value.rows;
  expect(rows.length).toBeGreaterThan(100);
  // The last row of the grid (sorted by worker) that has a saved cell of 2 h or more: typing a
  // quarter of an hour less keeps every rule.
  const target = [...rows].reverse().find((r: GridRow) => Object.values(r.entries).some((m) => m >= 120))!;
  const [day, minutes] = Object.entries(target.entries).find(([, m]) => m >= 120)!;

  await useSession(page.context(), host, host.session!);
  await page.goto(host.url);
  await openMonth(page);
  // Far fewer inputs than rows × days: only the rows in view (and some around them) are there.
  const inputs = await page.locator('.hg input').count();
  expect(inputs).toBeGreaterThan(0);
  expect(inputs).toBeLessThan(rows.length * 10);

  // Scrolled to the bottom, the last rows come into view.
  await page.locator('.hg-wrap').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const cell = page.getByLabel(`${target.workerName} · ${target.clientName} · ${shortDay(day)}`, { exact: true });
  await expect(cell).toBeVisible();
  await cell.focus();
  const next = minutes - 15;
  await page.keyboard.type(`${Math.floor(next / 60)}h${String(next % 60).padStart(2, '0')}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Aucune modification en attente.')).toBeVisible();
  await expect(cell).toHaveValue(/^\d+ h/);
  const after = await api<MonthGrid>(host, 'hours.month', { month });
  expect(after.value.rows.find((r) => r.placementId === target.placementId)!.entries[day]).toBe(next);
});

test('the page’s memory comes back after the grid closes, opening after opening', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  /** The JavaScript heap in use after a forced garbage collection, in MB. */
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  };
  await useSession(page.context(), host, host.session!);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries`);
  await expect(page.getByRole('table', { name: 'Liste des salariés' })).toBeVisible();
  const before = await heapMb();

  const closed: number[] = [];
  let open = 0;
  for (let i = 0; i < 6; i++) {
    await openMonth(page);
    open = Math.max(open, await heapMb());
    await page.goto(`${host.origin}/#/salaries`);
    await expect(page.getByRole('table', { name: 'Liste des salariés' })).toBeVisible();
    closed.push(await heapMb());
  }
  await test.info().attach('tas JavaScript (Mo)', { body: JSON.stringify({ before, open, closed }), contentType: 'application/json' });
  // The grid holds memory while open; once closed, the heap is back where it was (a few MB of
  // caches aside), and does not grow from one opening to the next.
  expect(open).toBeGreaterThan(before);
  expect(closed.at(-1)!).toBeLessThan(before + 3);
  expect(closed.at(-1)!).toBeLessThan(closed[0]! + 1.5);
});
