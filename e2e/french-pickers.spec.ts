import fs from 'node:fs';
import { expect, test } from './fixtures';
import { api } from './api';

// The month and file fields speak French whatever the browser's language (here English): no
// native month input (« November 2026 ») and no native file button (« Choose File »).
test.use({ locale: 'en-US' });

async function seedPlacements(host: Parameters<typeof api>[0]) {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Moreau', firstName: 'Jeanne', birthDate: '1984-06-02', status: 'en_parcours', entryDate: '2025-01-06' },
  });
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: '2025-01-06' })).ok).toBe(true);
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2025-01-06', authorKind: 'prescripteur' })).ok).toBe(true);
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Martine', city: 'Lyon' } });
  for (const [startDate, endDate] of [
    ['2026-03-02', '2026-03-27'],
    ['2026-05-04', '2026-06-30'],
  ]) {
    const r = await api(host, 'placements.create', {
      placement: { workerId: w.value.id, clientId: c.value.id, taskKind: 'menage', startDate, endDate, billedRateCents: 2250, wageRateCents: 1202 },
      confirmed: ['adhesion_absente'],
    });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
  }
}

test('the hours month is French, typed or moved with the keyboard, or chosen in the list', async ({ page, host }) => {
  await seedPlacements(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-11`);
  const month = page.getByRole('combobox', { name: 'Mois', exact: true });
  await expect(month).toHaveValue('novembre 2026');
  await expect(page.locator('input[type="month"]')).toHaveCount(0);

  // Typed as the office types it.
  await month.fill('03/2026');
  await month.press('Enter');
  await expect(month).toHaveValue('mars 2026');
  await expect(page.getByRole('columnheader', { name: /^\S+ 1 mars 2026/ })).toBeVisible();
  await month.fill('oct 26');
  await month.press('Enter');
  await expect(month).toHaveValue('octobre 2026');

  // Arrows: a month; Page: a year.
  await month.press('ArrowDown');
  await expect(month).toHaveValue('novembre 2026');
  await month.press('ArrowUp');
  await month.press('ArrowUp');
  await expect(month).toHaveValue('septembre 2026');
  await month.press('PageUp');
  await expect(month).toHaveValue('septembre 2025');

  // Alt+↓ opens the year's months; the keyboard moves in it, Entrée chooses, Échap closes.
  await month.press('Alt+ArrowDown');
  const list = page.getByRole('listbox', { name: 'Mois de 2025' });
  await expect(list.getByRole('option')).toHaveText([
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  ]);
  await expect(list.getByRole('option', { name: 'septembre' })).toHaveAttribute('aria-selected', 'true');
  await month.press('ArrowDown');
  await month.press('ArrowDown');
  await month.press('Enter');
  await expect(month).toHaveValue('novembre 2025');
  await expect(list).toHaveCount(0);

  // With the mouse: the button opens the list, a click chooses.
  await page.getByRole('button', { name: 'Mois : ouvrir la liste des mois' }).click();
  await page.getByRole('button', { name: 'Année suivante' }).click();
  await page.getByRole('listbox', { name: 'Mois de 2026' }).getByRole('option', { name: 'mai' }).click();
  await expect(month).toHaveValue('mai 2026');
  await expect(page.getByRole('columnheader', { name: /^\S+ 1 mai 2026/ })).toBeVisible();

  // What does not read as a month is said so, and given up on leaving the field.
  await month.fill('trente-deux');
  await month.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Mois illisible' })).toBeVisible();
  await month.press('Tab');
  await expect(month).toHaveValue('mai 2026');
});

test('the missions list filters on a month typed in French, and on every month when emptied', async ({ page, host }) => {
  await seedPlacements(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/missions`);
  await expect(page.getByText('2 missions')).toBeVisible();
  const month = page.getByRole('combobox', { name: 'Mois', exact: true });
  await expect(month).toHaveAttribute('placeholder', 'Tous les mois');
  await expect(page.locator('input[type="month"]')).toHaveCount(0);
  await month.fill('mars 2026');
  await month.press('Enter');
  await expect(page.getByText('1 mission', { exact: true })).toBeVisible();
  await month.press('PageDown');
  await expect(month).toHaveValue('mars 2027');
  await expect(page.getByText('0 mission', { exact: true })).toBeVisible();
  await month.fill('juin 2026');
  await month.press('Tab');
  await expect(page.getByText('1 mission', { exact: true })).toBeVisible();
  await month.fill('');
  await month.press('Enter');
  await expect(page.getByText('2 missions')).toBeVisible();
});

test('the import file field is a French button, used by mouse or keyboard, and reads the file chosen', async ({ page, host }, testInfo) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries/import`);
  const field = page.getByLabel('Fichier CSV');
  await expect(field).toBeFocused();
  await expect(page.getByText('Choisir un fichier', { exact: true })).toBeVisible();
  await expect(page.getByText('Aucun fichier choisi', { exact: true })).toBeVisible();
  // The browser's own button (« Choose File » in English) is there for the keyboard, never seen.
  expect(await field.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');

  const csv = testInfo.outputPath('salaries.csv');
  fs.writeFileSync(csv, '\ufeffCivilité;NOM;Prénom;Né le\r\nMme;Moreau;Jeanne;02/06/1984\r\n');
  // A click on « Choisir un fichier » lands on the field.
  const box = (await page.getByText('Choisir un fichier', { exact: true }).boundingBox())!;
  const chooser = page.waitForEvent('filechooser');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await (await chooser).setFiles(csv);
  await expect(page.getByText(/Fichier salaries\.csv : UTF-8/)).toBeVisible();
});

test('restoring a backup from a file shows no native file field, in any language', async ({ page, host }) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/sauvegardes`);
  const restore = page.getByRole('button', { name: 'Restaurer depuis un fichier…' });
  await expect(restore).toBeVisible();
  await expect(page.locator('input[type="file"]:visible')).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await restore.click();
  await (await chooser).setFiles([]);
  await expect(page.locator('input[type="file"]:visible')).toHaveCount(0);
});
