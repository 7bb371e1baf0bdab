import type { Page } from '@playwright/test';
import { expect, test, type RunningHost } from './fixtures';
import { api } from './api';

// The hours grid at office size: the whole month on a 1366 px screen, the rules checked as the
// cells are typed, a save that keeps what is valid, one message per violation, the totals by
// kind of client, and a month closed before its end.

let passes = 0;

async function worker(host: RunningHost, birthName: string, firstName: string) {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName, firstName, birthDate: '1985-03-12', status: 'en_parcours', entryDate: '2026-01-05' },
  });
  expect(w.ok, JSON.stringify(w.error)).toBe(true);
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: `AAAA1111${String(++passes).padStart(4, '0')}`, startDate: '2026-01-05' })).ok).toBe(true);
  // Eligible: diagnosed by an authorised prescriber.
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-01-05', authorKind: 'prescripteur' })).ok).toBe(true);
  return w.value.id;
}

async function client(host: RunningHost, client: Record<string, unknown>) {
  const c = await api<{ id: number }>(host, 'clients.create', { client });
  expect(c.ok, JSON.stringify(c.error)).toBe(true);
  await api(host, 'clients.addMembership', { clientId: c.value.id, year: 2026, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' });
  return c.value.id;
}

async function placement(host: RunningHost, workerId: number, clientId: number, startDate = '2026-03-01', endDate = '2026-03-31') {
  const p = await api<{ id: number }>(host, 'placements.create', {
    placement: { workerId, clientId, taskKind: 'menage', taskDetail: 'Entretien des bureaux', startDate, endDate, billedRateCents: 2200, wageRateCents: 1202, status: 'en_cours' },
    confirmed: ['tache_precise', 'lieu_inconnu'],
  });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);
  return p.value.id;
}

async function saveHours(host: RunningHost, month: string, placementId: number, days: string[], minutes: number) {
  const r = await api<{ held: unknown[] }>(host, 'hours.saveMonth', { month, entries: days.map((day) => ({ placementId, day, minutes })) });
  expect(r.ok && r.value.held.length === 0, JSON.stringify(r)).toBe(true);
}

async function savedEntries(host: RunningHost, month = '2026-03') {
  const r = await api<{ rows: { placementId: number; entries: Record<string, number> }[] }>(host, 'hours.month', { month });
  return Object.fromEntries(r.value.rows.map((row) => [row.placementId, row.entries]));
}

const cell = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

test('the whole month fits at 1366 px, the mission shows in full on hover and focus, and at 1024 px the grid scrolls inside itself', async ({ page, host }) => {
  const w = await worker(host, 'Lefèvre', 'Hélène');
  const mairie = await client(host, { kind: 'collectivite', name: 'Mairie de Villeurbanne-la-Grande' });
  await placement(host, w, mairie);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-03`);
  const table = page.getByRole('table', { name: 'Heures du mois' });
  await expect(table).toBeVisible();

  // Day 31 and the total beside it are on the screen, the grid needs no sideways scrolling.
  const day31 = await page.getByRole('columnheader', { name: /^mardi 31 mars 2026/ }).boundingBox();
  const total = await page.getByRole('columnheader', { name: 'Total' }).boundingBox();
  expect(day31!.x + day31!.width).toBeLessThanOrEqual(total!.x + 1);
  expect(total!.x + total!.width).toBeLessThanOrEqual(1366);
  const box = page.locator('.hg-wrap');
  expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  // The mission column is narrow: its full label on hover (title) and for the focused cell.
  const label = 'LEFÈVRE Hélène · Mairie de Villeurbanne-la-Grande · Ménage';
  await expect(page.getByRole('rowheader', { name: /Mairie de Villeurbanne-la-Grande/ })).toHaveAttribute('title', `${label} (du 01/03/2026 au 31/03/2026)`);
  await cell(page, 'LEFÈVRE Hélène · Mairie de Villeurbanne-la-Grande · 17/03').focus();
  await expect(page.locator('.hg-focus')).toContainText(label);
  await expect(page.locator('.hg-focus')).toContainText('mardi 17 mars 2026');

  // At 1024 px the page never scrolls sideways: the grid does, inside its box.
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(table).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('saving keeps what is valid: one message per violation, the other workers saved, the rest waits across months', async ({ page, host }) => {
  const lefevre = await worker(host, 'Lefèvre', 'Hélène');
  const moreau = await worker(host, 'Moreau', 'Jeanne');
  const mairie = await client(host, { kind: 'collectivite', name: 'Mairie de Bron' });
  const roux = await client(host, { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Anne' });
  const pMairie = await placement(host, lefevre, mairie);
  const pRoux = await placement(host, lefevre, roux);
  const pMoreau = await placement(host, moreau, mairie);
  await saveHours(host, '2026-03', pRoux, ['2026-03-09'], 360);

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-03`);
  await expect(page.getByRole('table', { name: 'Heures du mois' })).toBeVisible();

  // Hélène: 10 h a day from Monday 2 to Friday 6 (50 h in the week), and 5 h at the Mairie on
  // the 9th where 6 h are saved at Mme Roux. Jeanne: three valid days.
  await cell(page, 'LEFÈVRE Hélène · Mairie de Bron · 02/03').focus();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.type('10');
    await page.keyboard.press('ArrowRight');
  }
  await cell(page, 'LEFÈVRE Hélène · Mairie de Bron · 09/03').focus();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await cell(page, 'MOREAU Jeanne · Mairie de Bron · 02/03').focus();
  for (const v of ['7', '7,5', '3h30']) {
    await page.keyboard.type(v);
    await page.keyboard.press('ArrowRight');
  }

  // Red as typed, only the cells that take part: not the 6 h saved at Mme Roux.
  await expect(cell(page, 'LEFÈVRE Hélène · Mairie de Bron · 04/03')).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'LEFÈVRE Hélène · Mairie de Bron · 09/03')).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'LEFÈVRE Hélène · Mme Anne ROUX · 09/03')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'MOREAU Jeanne · Mairie de Bron · 03/03')).not.toHaveAttribute('aria-invalid', 'true');
  // One line for the week (not one a day), one for the day.
  const problems = page.getByRole('region', { name: 'Problèmes à corriger' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  expect(plain(await problems.nth(0).textContent())).toContain('LEFÈVRE Hélène · Mairie de Bron : 50 h la semaine du 02/03/2026 au 08/03/2026');
  expect(plain(await problems.nth(1).textContent())).toContain('11 h le 09/03/2026, toutes missions confondues : 10 h par jour au maximum.');
  await expect(problems.filter({ hasText: '10 h par jour' })).toHaveCount(1);

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert').filter({ hasText: '3 cellules enregistrées, 6 à corriger.' }).first()).toBeVisible();
  const saved = await savedEntries(host);
  expect(saved[pMoreau]).toEqual({ '2026-03-02': 420, '2026-03-03': 450, '2026-03-04': 210 });
  expect(saved[pMairie]).toEqual({});
  // Hélène's cells wait, red, each with its message.
  const held = cell(page, 'LEFÈVRE Hélène · Mairie de Bron · 06/03');
  await expect(held).toHaveValue('10 h');
  await expect(held).toHaveAttribute('aria-invalid', 'true');
  expect(plain(await held.getAttribute('title'))).toContain('50 h la semaine du 02/03/2026');
  await expect(page.getByText('6 cellules modifiées, non enregistrées')).toBeVisible();

  // They survive another month and the way back…
  await page.getByRole('button', { name: 'Mois suivant' }).click();
  await expect(page.getByLabel('Mois', { exact: true })).toHaveValue('avril 2026');
  await expect(page.getByText('Modifications non enregistrées dans d’autres mois')).toBeVisible();
  await page.getByRole('button', { name: 'Mois précédent' }).click();
  await expect(held).toHaveValue('10 h');
  await expect(held).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('6 cellules modifiées, non enregistrées')).toBeVisible();

  // …until they are abandoned (or saved).
  await page.getByRole('button', { name: 'Abandonner les modifications' }).click();
  await page.getByRole('dialog', { name: 'Abandonner les modifications de mars 2026 ?' }).getByRole('button', { name: 'Abandonner les modifications' }).click();
  await expect(held).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Problèmes à corriger' })).toHaveCount(0);
});

test('the approach of 480 h is one line per worker; totals by kind of client; « 2 h 30 » alike in cells and totals', async ({ page, host }) => {
  const w = await worker(host, 'Diallo', 'Aminata');
  const entreprise = await client(host, { kind: 'entreprise', name: 'Atelier Vert', counts480: true });
  const p = await placement(host, w, entreprise, '2026-01-05', '2026-03-31');
  /** The first `n` weekdays of a month, from the placement's first day. */
  const weekdays = (month: string, n: number) =>
    Array.from({ length: 31 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)
      .filter((d) => d >= '2026-01-05' && new Date(`${d}T12:00:00Z`).getUTCMonth() + 1 === Number(month.slice(5)))
      .filter((d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))
      .slice(0, n);
  await saveHours(host, '2026-01', p, weekdays('2026-01', 20), 480); // 160 h
  await saveHours(host, '2026-02', p, weekdays('2026-02', 20), 480); // 320 h
  await saveHours(host, '2026-03', p, weekdays('2026-03', 12), 480); // 416 h: from 400 h on the 10th March weekday
  const other = await worker(host, 'Roux', 'Camille');
  const particulier = await client(host, { kind: 'particulier', civility: 'M.', lastName: 'Bernard', firstName: 'Paul' });
  await placement(host, other, particulier);
  const assoc = await client(host, { kind: 'association', name: 'Les Amis du Parc' });
  await placement(host, other, assoc);

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-03`);
  await expect(page.getByRole('table', { name: 'Heures du mois' })).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problèmes à corriger' }).getByRole('listitem');
  await expect(problems).toHaveCount(1);
  expect(plain(await problems.first().textContent())).toContain('DIALLO Aminata · Atelier Vert : 416 h sur 480 h utilisées au 17/03/2026');

  // « 2 h 30 » typed in a cell reads as in the row's and the month's totals.
  const c = cell(page, 'ROUX Camille · M. Paul BERNARD · 18/03');
  await c.focus();
  await page.keyboard.type('2h30');
  await page.keyboard.press('Enter');
  await expect(c).toHaveValue('2 h 30');
  const row = page.getByRole('row').filter({ has: c });
  expect(plain(await row.locator('.hg-total').textContent())).toBe('2 h 30');

  const totals = page.getByRole('definition');
  const byKind = page.locator('.hours-totals');
  await expect(byKind).toBeVisible();
  expect(plain(await byKind.textContent())).toBe('Total du mois98 h 30Particulier2 h 30Entreprise96 hAssociation0 h');
  await expect(totals).toHaveCount(4);
});

test('closing a month that has not ended yet asks first and says so', async ({ page, host }) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures`);
  await expect(page.getByRole('heading', { name: 'Heures' })).toBeVisible();
  await page.getByRole('button', { name: 'Clôturer le mois' }).click();
  const ask = page.getByRole('dialog', { name: /^Clôturer le mois d(e |').+ avant sa fin \?$/ });
  await expect(ask).toContainText("n'est pas terminé");
  await expect(ask.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await ask.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('button', { name: 'Rouvrir le mois' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Clôturer le mois' }).click();
  await ask.getByRole('button', { name: 'Clôturer quand même' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Mois d(e |').+ clôturé$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rouvrir le mois' })).toBeVisible();
});
