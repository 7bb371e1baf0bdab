import { expect, test } from './fixtures';
import { api } from './api';

// A pre-filled date is retyped as in a spreadsheet cell: entering the field, by a click or by
// Tab, selects it, so typing replaces it (before: `02/06/198405/10/1980`).

test('a pre-filled date field selects its content on focus, from a click or from the keyboard', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: {
      civility: 'Mme',
      birthName: 'Moreau',
      firstName: 'Jeanne',
      birthDate: '1984-06-02',
      status: 'en_parcours',
      entryDate: '2026-01-05',
      nationality: 'hors_ue',
      permitNumber: 'T123456',
      permitExpiry: '2027-01-05',
    },
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries/${w.value.id}/modifier`);
  const birth = page.getByRole('textbox', { name: 'Date de naissance' });
  await expect(birth).toHaveValue('02/06/1984');

  // A click in the middle of the date, then typing: the new date replaces the old one.
  await birth.click();
  await page.keyboard.type('05/10/1980');
  await expect(birth).toHaveValue('05/10/1980');

  // A click inside a field already entered places the caret, as usual.
  await birth.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await expect(birth).toHaveValue('05/10/198');
  await page.keyboard.type('1');

  // Tab into the next date: typed over, then shown normalised on leaving it.
  const expiry = page.getByRole('textbox', { name: 'Fin de validité du titre de séjour' });
  await expect(expiry).toHaveValue('05/01/2027');
  await expiry.focus();
  await page.keyboard.type('101127');
  await page.keyboard.press('Tab');
  await expect(expiry).toHaveValue('10/11/2027');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('28/11/2027');
  await expect(expiry).toHaveValue('28/11/2027');

});

test('a pre-filled amount is typed over in the same way', async ({ page, host }) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/parametres`);
  const rate = page.getByRole('textbox', { name: 'Taux horaire facturé par défaut' });
  await expect(rate).toHaveValue('22,00');
  await rate.click();
  await page.keyboard.type('24,5');
  await expect(rate).toHaveValue('24,5');
});
