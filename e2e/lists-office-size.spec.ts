import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './api';
import { daysFromToday } from './dates';

// The lists at office sizes: at 1366 px what a person must read (a phone number, a SIRET, a
// badge) shows whole; at 1024 px the page never scrolls sideways, the table scrolls in its box.

/** A SIRET with a valid key (Luhn) from its first 13 digits. */
function siret(base: string): string {
  for (let d = 0; d < 10; d++) {
    const s = `${base}${d}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let n = Number(s[13 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error(base);
}

async function seed(host: Parameters<typeof api>[0]) {
  const worker = {
    civility: 'M.',
    birthName: 'Dupont-Lefèvre de la Fontaine-Saint-Maurice',
    firstName: 'Jean-Christophe',
    birthDate: '1975-11-02',
    status: 'en_parcours',
    entryDate: daysFromToday(-300),
    referent: 'Marie-Claude Bertrand-Vasseur',
    city: 'Saint-Didier-au-Mont-d’Or',
    phone: '+33 6 12 34 56 78',
  };
  const w = await api<{ id: number }>(host, 'workers.create', { worker });
  expect(w.ok, JSON.stringify(w.error)).toBe(true);
  // A suspension running today: the longest PASS badge (« PASS suspendu »).
  const pass = await api(host, 'workers.savePass', {
    workerId: w.value.id,
    number: 'AAAA11112222',
    startDate: daysFromToday(-300),
    periods: [{ kind: 'suspension', reason: 'contrat_suspendu', start: daysFromToday(-20), end: daysFromToday(20) }],
  });
  expect(pass.ok, JSON.stringify(pass.error)).toBe(true);
  const client = {
    kind: 'entreprise',
    name: 'Entreprise Générale de Nettoyage et de Services Rhône-Alpes Auvergne',
    siret: siret('7328293200007'),
    phone: '+33 4 78 00 00 00',
    city: 'Saint-Didier-au-Mont-d’Or',
  };
  const c = await api<{ id: number }>(host, 'clients.create', { client });
  expect(c.ok, JSON.stringify(c.error)).toBe(true);
  const p = await api(host, 'placements.create', {
    placement: {
      workerId: w.value.id,
      clientId: c.value.id,
      taskKind: 'nettoyage_locaux',
      taskDetail: 'Vitres des bureaux du rez-de-chaussée',
      startDate: daysFromToday(-10),
      endDate: daysFromToday(10),
      billedRateCents: 2250,
      wageRateCents: 1202,
    },
    confirmed: ['adhesion_absente', 'pass_suspendu_pendant', 'pass_fin_avant_mission'],
  });
  // The PASS is suspended today: the placement may be refused; the lists are what matters here.
  return { workerId: w.value.id, clientId: c.value.id, placementOk: p.ok };
}

/** The cells of the table whose header is `column`, each with whether its content is cut. */
async function cutCells(page: Page, table: string, column: string): Promise<{ text: string; cut: boolean }[]> {
  return page.getByRole('table', { name: table }).evaluate((t, name) => {
    const headers = [...t.querySelectorAll('[role="columnheader"]')];
    const index = headers.findIndex((h) => (h.textContent ?? '').replace(/[▲▼]/g, '').trim() === name);
    if (index < 0) throw new Error(`colonne ${name} absente`);
    return [...t.querySelectorAll('[role="rowgroup"] [role="row"]')]
      .map((r) => r.querySelectorAll('[role="cell"]')[index])
      .filter((c): c is Element => Boolean(c))
      .map((c) => {
        const inner = [...c.querySelectorAll('*')].every((e) => e.getBoundingClientRect().right <= c.getBoundingClientRect().right - 1);
        return { text: c.textContent ?? '', cut: c.scrollWidth > c.clientWidth || !inner };
      });
  }, column);
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test('at 1366 px, phone numbers, SIRET and badges show whole in the lists', async ({ page, host }) => {
  await seed(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries`);
  await expect(page.getByText('1 salarié', { exact: true })).toBeVisible();
  for (const column of ['Statut', 'PASS IAE', 'Naissance']) {
    const cells = await cutCells(page, 'Liste des salariés', column);
    expect(cells.length, column).toBe(1);
    expect(cells, column).toEqual(cells.map((c) => ({ ...c, cut: false })));
  }
  await expect(page.getByRole('table', { name: 'Liste des salariés' })).toContainText('PASS suspendu');

  await page.goto(`${host.origin}/#/utilisateurs`);
  await expect(page.getByText('1 utilisateur', { exact: true })).toBeVisible();
  for (const column of ['SIRET', 'Téléphone', `Adhésion ${new Date().getFullYear()}`]) {
    const cells = await cutCells(page, 'Liste des utilisateurs', column);
    expect(cells.length, column).toBe(1);
    expect(cells, column).toEqual(cells.map((c) => ({ ...c, cut: false })));
  }
  expect(await pageScrollsSideways(page)).toBe(false);
});

test('at 1024 px the lists and record pages never scroll sideways: a wide table scrolls inside its box', async ({ page, host }) => {
  const { workerId, clientId, placementOk } = await seed(host);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(host.url);
  for (const [path, table] of [
    ['/salaries', 'Liste des salariés'],
    ['/utilisateurs', 'Liste des utilisateurs'],
  ] as const) {
    await page.goto(`${host.origin}/#${path}`);
    const body = page.getByRole('table', { name: table }).locator('.datatable-body');
    await expect(body).toBeVisible();
    expect(await pageScrollsSideways(page), path).toBe(false);
    // The table is wider than the screen leaves it: it scrolls in its own box, its header with it.
    const scroll = await body.evaluate((b) => ({ wide: b.scrollWidth > b.clientWidth }));
    expect(scroll.wide, path).toBe(true);
    await body.evaluate((b) => b.scrollBy({ left: 200 }));
    await expect
      .poll(() => page.getByRole('table', { name: table }).locator('.datatable-head').evaluate((h) => h.scrollLeft), { message: path })
      .toBeGreaterThan(0);
    // Badges stay whole here too.
    const statuses = await cutCells(page, table, path === '/salaries' ? 'Statut' : `Adhésion ${new Date().getFullYear()}`);
    expect(statuses.every((c) => !c.cut), path).toBe(true);
  }
  const pages = [`/missions`, `/salaries/${workerId}`, `/utilisateurs/${clientId}`, '/missions/nouvelle', '/parametres', '/parametres/regles', '/heures', '/'];
  if (placementOk) pages.push('/missions/1');
  for (const path of pages) {
    await page.goto(`${host.origin}/#${path}`);
    await expect(page.locator('main h1, h1').first()).toBeVisible();
    await page.waitForTimeout(200);
    expect(await pageScrollsSideways(page), path).toBe(false);
  }
});
