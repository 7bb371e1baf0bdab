import type { Page } from '@playwright/test';
import { expect, test, type RunningHost } from './fixtures';
import { api } from './api';

// March 2026: Monday 2 to Tuesday 31. A worker whose PASS covers it, two clients, two placements.
async function seedMarch(host: RunningHost) {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Lefèvre', firstName: 'Hélène', birthDate: '1985-03-12', status: 'en_parcours', entryDate: '2026-01-05' },
  });
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: '2026-01-05' })).ok).toBe(true);
  // Eligible: diagnosed by an authorised prescriber.
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-01-05', authorKind: 'prescripteur' })).ok).toBe(true);
  const ids: number[] = [];
  const clients = [
    { kind: 'collectivite', name: 'Mairie de Villeurbanne' },
    { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Anne' },
  ];
  for (const client of clients) {
    const c = await api<{ id: number }>(host, 'clients.create', { client });
    expect((await api(host, 'clients.addMembership', { clientId: c.value.id, year: 2026, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' })).ok).toBe(true);
    const p = await api<{ id: number }>(host, 'placements.create', {
      placement: { workerId: w.value.id, clientId: c.value.id, taskKind: 'menage', startDate: '2026-03-02', endDate: '2026-03-31', billedRateCents: 2200, wageRateCents: 1202, status: 'en_cours' },
      confirmed: [],
    });
    expect(p.ok, JSON.stringify(p.error)).toBe(true);
    ids.push(p.value.id);
  }
  return ids;
}

const cell = (page: Page, client: string, day: string) => page.getByLabel(`LEFÈVRE Hélène · ${client} · ${day}`, { exact: true });
const grandTotal = (page: Page) => page.locator('tfoot .hg-grand');

async function savedEntries(host: RunningHost) {
  const r = await api<{ rows: { clientName: string; entries: Record<string, number> }[] }>(host, 'hours.month', { month: '2026-03' });
  return Object.fromEntries(r.value.rows.map((row) => [row.clientName, row.entries]));
}

test("the month's grid is filled from the keyboard alone, saved, and reloads with the same totals", async ({ page, host }) => {
  await seedMarch(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-03`);
  await expect(page.getByRole('table', { name: 'Heures du mois' })).toBeVisible();

  await cell(page, 'Mairie de Villeurbanne', '02/03').focus();
  await page.keyboard.type('7');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('7,5');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('3h30');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('3:30');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/5 cellules modifiées/)).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Heures du mois enregistrées' })).toBeVisible();

  // 7 + 7,5 + 3,5 + 3,5 + 2 = 23 h 30.
  await expect(grandTotal(page)).toHaveText('23\u00a0h\u00a030');
  expect(await savedEntries(host)).toEqual({
    'Mairie de Villeurbanne': { '2026-03-02': 420, '2026-03-03': 450, '2026-03-04': 210, '2026-03-05': 210 },
    'Mme Anne ROUX': { '2026-03-05': 120 },
  });

  await page.reload();
  await expect(grandTotal(page)).toHaveText('23\u00a0h\u00a030');
  // Weekends shaded; and in May, the public holidays (Ascension, Whit Monday) too.
  await expect(page.getByRole('columnheader', { name: /^samedi 7 mars 2026/ })).toHaveClass(/hg-we/);
  await expect(page.getByRole('columnheader', { name: /^lundi 9 mars 2026/ })).not.toHaveClass(/hg-we|hg-hol/);
  // « 7 h 30 » in the cell as in the totals.
  await expect(cell(page, 'Mairie de Villeurbanne', '03/03')).toHaveValue('7 h 30');
  await expect(cell(page, 'Mme Anne ROUX', '05/03')).toHaveValue('2 h');
});

test('a cell that breaks the 10-hour limit turns red as it is typed, and the worker’s cells are held', async ({ page, host }) => {
  await seedMarch(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-03`);

  // A valid day, then a day of 6 h + 5 h across the two clients.
  await cell(page, 'Mairie de Villeurbanne', '02/03').focus();
  await page.keyboard.type('4');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await cell(page, 'Mme Anne ROUX', '03/03').focus();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');

  // Red before saving, with the back end's message, once.
  const bad = cell(page, 'Mme Anne ROUX', '03/03');
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'Mairie de Villeurbanne', '03/03')).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'Mairie de Villeurbanne', '02/03')).not.toHaveAttribute('aria-invalid', 'true');
  const problems = page.getByRole('region', { name: 'Problèmes à corriger' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText('10 h par jour au maximum');
  await expect(problems).toContainText('03/03');
  expect(await savedEntries(host)).toEqual({ 'Mairie de Villeurbanne': {}, 'Mme Anne ROUX': {} });

  await page.getByRole('button', { name: 'Enregistrer le mois' }).click();
  await expect(page.getByText(/Rien n.a été enregistré/).first()).toBeVisible();
  // What was typed is still there…
  await expect(bad).toHaveValue('5 h');
  await expect(cell(page, 'Mairie de Villeurbanne', '02/03')).toHaveValue('4 h');
  // …and nothing of this worker's month was saved, not even the valid cell.
  expect(await savedEntries(host)).toEqual({ 'Mairie de Villeurbanne': {}, 'Mme Anne ROUX': {} });

  // Bringing the day back to 10 h lets the month be saved.
  await bad.focus();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Heures du mois enregistrées' })).toBeVisible();
  expect(await savedEntries(host)).toEqual({
    'Mairie de Villeurbanne': { '2026-03-02': 240, '2026-03-03': 360 },
    'Mme Anne ROUX': { '2026-03-03': 240 },
  });
});

test('public holidays are shaded and named in the grid, Easter Monday, Ascension and Whit Monday included', async ({ page, host }) => {
  const [placementId] = await seedMarch(host);
  const detail = await api<Record<string, unknown>>(host, 'placements.get', { id: placementId });
  const { workerId, clientId, taskKind, billedRateCents, wageRateCents } = detail.value;
  const r = await api(host, 'placements.create', {
    placement: { workerId, clientId, taskKind, billedRateCents, wageRateCents, startDate: '2026-04-01', endDate: '2026-05-31' },
    confirmed: [],
  });
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-04`);
  await page.getByLabel('Mois', { exact: true }).fill('mai 2026');
  await page.getByLabel('Mois', { exact: true }).press('Enter');
  for (const [day, name] of [
    ['jeudi 14 mai 2026', 'Ascension'],
    ['lundi 25 mai 2026', 'Lundi de Pentecôte'],
    ['vendredi 1 mai 2026', 'Fête du travail'],
  ]) {
    await expect(page.getByRole('columnheader', { name: `${day}, férié : ${name}` })).toHaveClass(/hg-hol/);
  }
  await page.getByLabel('Mois', { exact: true }).fill('avril 2026');
  await page.getByLabel('Mois', { exact: true }).press('Enter');
  await expect(page.getByRole('columnheader', { name: /^lundi 6 avril 2026, férié : Lundi de Pâques/ })).toHaveClass(/hg-hol/);
});
