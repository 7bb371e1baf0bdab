import { expect, test } from './fixtures';

// The platform seam in the web host: the file field asks the browser's chooser when clicked or
// pressed, and the contract's « Imprimer le contrat » shows the document for the browser to print.

const CSV = '\ufeffCivilité;NOM;Prénom;Né le\r\nMme;Moreau;Jeanne;02/06/1984\r\n';

test('the file field opens the browser’s chooser, from the mouse or the keyboard, and reads the file chosen', async ({ page, host }) => {
  await page.goto(`${host.url}`);
  await page.goto(`${host.origin}/#/salaries/import`);
  const field = page.getByLabel('Fichier CSV');
  await expect(field).toBeFocused();

  // Closing the chooser without a file changes nothing.
  let chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles([]);
  await expect(page.locator('.import-alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Correspondance des colonnes' })).toHaveCount(0);

  chooser = page.waitForEvent('filechooser');
  await field.click();
  await (await chooser).setFiles({ name: 'salaries.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await expect(page.getByText(/^1 ligne lue : 1 valide/)).toBeVisible();
  await expect(page.getByText(/Fichier salaries\.csv : UTF-8/)).toBeVisible();
  await page.getByRole('button', { name: 'Importer 1 ligne' }).click();
  await page.getByRole('link', { name: 'Voir la liste des salariés' }).click();
  await expect(page.getByRole('heading', { name: 'Salariés' })).toBeVisible();
  await expect(page.getByText('MOREAU Jeanne')).toBeVisible();
});

test('a workbook chosen by mistake is refused before it is read', async ({ page, host }) => {
  await page.goto(`${host.url}`);
  await page.goto(`${host.origin}/#/utilisateurs/import`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Fichier CSV').click();
  await (await chooser).setFiles({ name: 'utilisateurs.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
  await expect(page.getByRole('alert').filter({ hasText: 'classeur' })).toContainText('« utilisateurs.xlsx » est un classeur, pas un fichier CSV.');
});
