import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { heapAfterGc, installHelper, keyToChange, keyToFrame, openScreen, rendererMemoryMb, waitForCount, type Screen } from './browser-page';
import type { Facts } from './facts';
import type { HostProcess } from './host-process';
import { MIN_RUNS, stats } from './measure';
import type { MeasureRow } from './report';

// The Chromium rows: the built app (dist/renderer) served by the host process, in Chromium
// driven by Playwright, at the size of an office screen. Each timing starts in the page (the
// hash change, or the key event's own timestamp) and ends at the frame after the result is in
// the DOM (browser-page.ts).

const VIEWPORT = { width: 1366, height: 768 };
/** A light screen to leave to, so that each opening mounts the screen afresh. */
const NEUTRAL: Screen = { hash: '#/parametres', selector: 'main h1', text: 'Paramètres' };

// What shows that a screen is there: its list rows, its grid's cells, its alerts.
const LIST_ROW = (label: string) => `[aria-label="${label}"] [role="row"] [role="cell"]`;
const GRID_CELL = '[aria-label="Heures du mois"] input';
const ROW_COUNT = '.row-count';

/** An error as one line of a table cell. */
function oneLine(e: unknown): string {
  return String((e as Error).message ?? e).split('\n')[0]!.replace(/\|/g, '/').slice(0, 200);
}

export function chromiumPath(): string | null {
  const wanted = process.env.PASSERELLE_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return fs.existsSync(wanted) ? wanted : null;
}

async function timeOpenings(page: Page, screen: Screen, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await openScreen(page, NEUTRAL);
    samples.push(await openScreen(page, screen));
  }
  return samples;
}

/** Search words whose last key changes the list's count: (the text before, the key). */
async function searchSteps(host: HostProcess, call: 'workers.list' | 'clients.list'): Promise<{ before: string; key: string; total: number }[]> {
  const total = async (search: string) => (await host.call<{ total: number }>(call, { search })).total;
  const steps: { before: string; key: string; total: number }[] = [];
  for (const before of ['ma', 'be', 'du', 'ro', 'la', 'ga', 'mo', 'le', 'di', 'ch', 'fa', 'me', 'bo', 'sa', 'ca', 'de', 'ha', 'pe', 'ge', 'tr', 'ba', 'ni']) {
    const base = await total(before);
    for (const key of 'aeioulnrst') {
      const after = await total(before + key);
      if (after > 0 && after !== base) {
        steps.push({ before, key, total: base });
        break;
      }
    }
    if (steps.length >= 10) break;
  }
  if (steps.length === 0) throw new Error(`aucune recherche utile trouvée pour ${call}`);
  return steps;
}

async function searchKeystrokes(page: Page, host: HostProcess, hash: string, list: string, box: string, call: 'workers.list' | 'clients.list'): Promise<number[]> {
  const steps = await searchSteps(host, call);
  await openScreen(page, NEUTRAL);
  await openScreen(page, { hash, selector: LIST_ROW(list) });
  const input = page.getByLabel(box, { exact: true });
  const samples: number[] = [];
  for (let i = 0; i < MIN_RUNS; i++) {
    const step = steps[i % steps.length]!;
    await input.fill(step.before);
    // Settled: the count shows the prefix's total before the timed key.
    await waitForCount(page, ROW_COUNT, step.total);
    await input.focus();
    await page.keyboard.press('End');
    samples.push(await keyToChange(page, step.key, ROW_COUNT));
  }
  return samples;
}

export async function runBrowserRows(host: HostProcess, facts: Facts, executablePath: string, want: (name: string) => boolean, say: (line: string) => void): Promise<MeasureRow[]> {
  const rows: MeasureRow[] = [];
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    // Logged in as the bench's account, as after the login screen.
    await context.addCookies([{ name: 'passerelle-session', value: host.session, url: host.origin, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    await page.goto(host.url);
    await installHelper(page);
    await page.waitForSelector('main h1');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const measure = async (name: string, target: MeasureRow['target'], fn: () => Promise<number[]>) => {
      if (!want(name)) return;
      say(`  ${name}…`);
      try {
        rows.push({ name, unit: 'ms', stats: stats(await fn()), value: null, target, error: null });
      } catch (e) {
        rows.push({ name, unit: 'ms', stats: null, value: null, target, error: oneLine(e) });
      }
    };

    const screens: [string, Screen][] = [
      ['ouvrir le tableau de bord', { hash: '#/', selector: '.alert-group' }],
      ['ouvrir la liste des salariés', { hash: '#/salaries', selector: LIST_ROW('Liste des salariés') }],
      ['ouvrir la liste des utilisateurs', { hash: '#/utilisateurs', selector: LIST_ROW('Liste des utilisateurs') }],
      ['ouvrir la liste des missions', { hash: '#/missions', selector: LIST_ROW('Liste des missions') }],
      ['ouvrir la fiche du salarié le plus occupé', { hash: `#/salaries/${facts.busiestWorker}`, selector: '#s-pass' }],
    ];
    for (const [name, screen] of screens) await measure(name, { max: 100, on: 'p50' }, () => timeOpenings(page, screen, MIN_RUNS));

    // Heures on the busiest month, reopened (as for a correction) so that its cells take keys.
    const month: Screen = { hash: `#/heures?mois=${facts.busiestMonth}`, selector: GRID_CELL };
    const heavy = 'ouvrir Heures sur le mois le plus chargé (grille visible)';
    const memory = 'mémoire de la page après 30 ouvertures de ce mois (tas JavaScript)';
    const rendererMemory = 'mémoire de la page après 30 ouvertures de ce mois (processus de rendu)';
    const digitKey = 'frappe d’un chiffre dans une case de la grille → image suivante';
    const moveKey = 'frappe ← / → dans la grille (valide la case) → image suivante';
    const typing = want(digitKey) || want(moveKey);
    if (want(heavy) || want(memory) || want(rendererMemory) || typing) await host.call('hours.reopenMonth', { month: facts.busiestMonth, reason: 'Banc de mesure' }).catch(() => undefined);
    if (want(heavy) || want(memory) || want(rendererMemory)) {
      await openScreen(page, NEUTRAL);
      const before = await heapAfterGc(cdp);
      const rendererBefore = await rendererMemoryMb(browser);
      say(`  ${heavy} (×${MIN_RUNS})…`);
      const samples = await timeOpenings(page, month, MIN_RUNS);
      const after = await heapAfterGc(cdp);
      const rendererAfter = await rendererMemoryMb(browser);
      await openScreen(page, NEUTRAL);
      const closed = await heapAfterGc(cdp);
      const rendererClosed = await rendererMemoryMb(browser);
      if (want(heavy)) rows.push({ name: heavy, unit: 'ms', stats: stats(samples), value: null, target: { max: 100, on: 'p50', note: 'pour ce qui est à l’écran' }, error: null });
      if (want(memory)) {
        rows.push({
          name: memory,
          unit: 'Mo',
          stats: null,
          value: after.heapMb,
          target: { max: 400, on: 'valeur' },
          detail: `tas JS après GC, grille ouverte : ${after.heapMb.toFixed(0)} Mo, ${after.nodes} nœuds DOM ; avant : ${before.heapMb.toFixed(0)} Mo ; grille fermée : ${closed.heapMb.toFixed(0)} Mo`,
          error: null,
        });
      }
      if (want(rendererMemory)) {
        const mb = (v: number | null) => (v === null ? '?' : `${v.toFixed(0)} Mo`);
        rows.push({
          name: rendererMemory,
          unit: 'Mo',
          stats: null,
          value: rendererAfter,
          target: { max: 400, on: 'valeur' },
          detail: `RSS du plus gros processus de rendu, grille ouverte, après GC ; avant : ${mb(rendererBefore)} ; grille fermée : ${mb(rendererClosed)}`,
          error: null,
        });
      }
    }
    if (typing) {
      await openScreen(page, NEUTRAL);
      await openScreen(page, month);
      await page.locator('td.hg-cell input').first().focus();
      const digits: number[] = [];
      const moves: number[] = [];
      for (let i = 0; i < MIN_RUNS; i++) {
        digits.push(await keyToFrame(page, String((i % 7) + 2)));
        moves.push(await keyToFrame(page, i % 2 ? 'ArrowLeft' : 'ArrowRight'));
      }
      await measure(digitKey, { max: 16, on: 'p50' }, async () => digits);
      await measure(moveKey, { max: 16, on: 'p50' }, async () => moves);
      // Leave the typed cells unsaved: a fresh page for what follows.
      await page.close({ runBeforeUnload: false });
    }
    const listPage = await context.newPage();
    await listPage.goto(`${host.origin}/`);
    await installHelper(listPage);
    await listPage.waitForSelector('main h1');
    await measure('frappe dans la recherche des salariés → liste à jour', { max: 50, on: 'p50' }, () =>
      searchKeystrokes(listPage, host, '#/salaries', 'Liste des salariés', 'Rechercher un salarié', 'workers.list'),
    );
    await measure('frappe dans la recherche des utilisateurs → liste à jour', { max: 50, on: 'p50' }, () =>
      searchKeystrokes(listPage, host, '#/utilisateurs', 'Liste des utilisateurs', 'Rechercher un utilisateur', 'clients.list'),
    );
  } finally {
    await browser.close();
  }
  return rows;
}
