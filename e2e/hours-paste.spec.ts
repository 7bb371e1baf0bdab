import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './api';

// A row copied from Excel is pasted into the grid; the cells not saved wait while another month
// is shown; the grid regroups by client.

const cell = (page: Page, day: string) => page.getByLabel(`MOREAU Jeanne · Mairie de Bron · ${day}`, { exact: true });

/** What Excel puts on the clipboard for a copied range: tabs between cells, CRLF after each row. */
async function pasteInto(page: Page, day: string, text: string) {
  await cell(page, day).focus();
  await cell(page, day).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a row pasted from Excel fills the days, says what it left out, and waits while another month is shown', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName: 'Moreau', firstName: 'Jeanne', birthDate: '1984-06-02' } });
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: '2026-01-05' })).ok).toBe(true);
  // Eligible: diagnosed by an authorised prescriber.
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-01-05', authorKind: 'prescripteur' })).ok).toBe(true);
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'collectivite', name: 'Mairie de Bron' } });
  await api(host, 'clients.addMembership', { clientId: c.value.id, year: 2026, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' });
  const p = await api<{ id: number }>(host, 'placements.create', {
    placement: { workerId: w.value.id, clientId: c.value.id, taskKind: 'menage', startDate: '2026-03-02', endDate: '2026-03-31', billedRateCents: 2200, wageRateCents: 1202, status: 'en_cours' },
    confirmed: [],
  });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-03`);
  await expect(page.getByRole('table', { name: 'Heures du mois' })).toBeVisible();

  await pasteInto(page, '03/03', '3\t4,5\t\tx\r\n');
  await expect(cell(page, '03/03')).toHaveValue('3 h');
  await expect(cell(page, '04/03')).toHaveValue('4 h 30');
  await expect(cell(page, '06/03')).toHaveValue('x');
  await expect(cell(page, '06/03')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '1 valeur collée est illisible : corrigez les cellules en rouge.' })).toBeVisible();
  await pasteInto(page, '30/03', '1\t2\t3');
  await expect(page.getByRole('alert').filter({ hasText: '1 valeur collée dépasse la grille : elle n’a pas été prise.' })).toBeVisible();
  await expect(page.getByText('5 cellules modifiées, non enregistrées')).toBeVisible();

  // Unsaved cells wait while another month is shown, and are there on the way back.
  await page.getByRole('button', { name: 'Mois suivant' }).click();
  await expect(page.getByLabel('Mois', { exact: true })).toHaveValue('avril 2026');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'mars 2026 (5 cellules)' }).click();
  await expect(page.getByLabel('Mois', { exact: true })).toHaveValue('mars 2026');
  await expect(cell(page, '04/03')).toHaveValue('4 h 30');
  await expect(page.getByText('5 cellules modifiées, non enregistrées')).toBeVisible();

  await cell(page, '06/03').focus();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Heures du mois enregistrées' })).toBeVisible();
  const saved = await api<{ rows: { entries: Record<string, number> }[] }>(host, 'hours.month', { month: '2026-03' });
  expect(saved.value.rows[0]!.entries).toEqual({ '2026-03-03': 180, '2026-03-04': 270, '2026-03-30': 60, '2026-03-31': 120 });
  await expect(page.locator('tfoot .hg-grand')).toHaveText('10\u00a0h\u00a030');

  await page.getByLabel('Regrouper par').selectOption('client');
  await expect(page.locator('tbody .hg-group')).toHaveText('Mairie de Bron');
  await page.getByRole('button', { name: 'Mois suivant' }).click();
  await expect(page.getByLabel('Mois', { exact: true })).toHaveValue('avril 2026');
});
