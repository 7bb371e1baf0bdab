import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

// The report of refused lines stays after an import: it can be opened again from the import
// page, printed, and downloaded as a CSV of the original lines with a « Problème » column.

const FILE = [
  'Civilité;NOM;Prénom;Né le;N° de sécurité sociale;CP;Ville;Téléphone;Courriel',
  'Mme;Dupont;Françoise;04/03/1990;;1000;Bourg-en-Bresse;612345678;françois.dupont@exemple.fr',
  'M.;Martin;Paul;31/02/1990;;69001;Lyon;;',
  'Mme;Petit;Léa;05/03/1991;2 90 03;69001;Lyon;;',
  'M.;Roux;Jean;06/03/1992;;69001;Lyon;;jean@@exemple',
].join('\r\n');

test('the refused lines stay after the import: printable, and downloadable as a CSV to correct and import again', async ({ page, host }) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries/import`);
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'inscriptions.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${FILE}\r\n`, 'utf8') });
  await expect(page.getByText('4 lignes lues : 2 valides, 2 en erreur. 2 lignes valides portent une remarque.')).toBeVisible();
  // An accented e-mail address is valid; a phone and a postcode that lost their 0 get it back, said in a note.
  const notes = page.getByRole('table', { name: 'Remarques sur les lignes importées' }).locator('tbody tr');
  await expect(notes).toHaveCount(3);
  await expect(notes.nth(0)).toHaveText(/^2\s*CP \(Code postal\)\s*« 1000 »\s*Le 0 du début, perdu par le tableur, a été remis : 01000\./);
  await expect(notes.nth(1)).toHaveText(/^2\s*Téléphone\s*« 612345678 »\s*Le 0 du début, perdu par le tableur, a été remis : 06 12 34 56 78\./);
  await expect(notes.nth(2)).toHaveText(/^5\s*Courriel \(E-mail\)\s*« jean@@exemple »\s*Adresse e-mail invalide .* La valeur n'est pas importée\./);

  await page.getByRole('button', { name: 'Importer les 2 lignes valides' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Importer les lignes valides' }).click();
  await expect(page.getByRole('heading', { name: "Rapport d'import des salariés" })).toBeVisible();
  await expect(page.getByText('Fichier « inscriptions.csv », importé le')).toBeVisible();
  await expect(page.getByText('2 salariés importés, 2 lignes ignorées.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lignes refusées' }).locator('tbody tr')).toHaveCount(2);

  // The refused lines as a CSV: the file's columns, the cells as they were, and « Problème ».
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger les lignes refusées (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe('inscriptions-lignes-refusees.csv');
  const text = fs.readFileSync((await (await download).path())!, 'utf8');
  const lines = text.replace(/^\ufeff/, '').split('\r\n');
  expect(lines[0]).toBe('"Civilité";"NOM";"Prénom";"Né le";"N° de sécurité sociale";"CP";"Ville";"Téléphone";"Courriel";"Problème"');
  expect(lines[1]).toBe(`"M.";"Martin";"Paul";"31/02/1990";;"69001";"Lyon";;;"Né le : « 31/02/1990 » : Cette date n'existe pas."`);
  expect(lines[2]).toMatch(/^"Mme";"Petit";"Léa";"05\/03\/1991";"2 90 03";"69001";"Lyon";;;"N° de sécurité sociale : « 2 90 03 » : Le NIR comporte 15 caractères/);

  // The report prints: every refused line, no UI chrome.
  await page.getByRole('button', { name: 'Imprimer le rapport' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-pdf-')), 'rapport.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(printed).toContain("Rapport d'import des salariés");
  expect(printed).toContain('2 salariés importés, 2 lignes ignorées.');
  expect(printed).toContain('« 31/02/1990 »');
  expect(printed).toContain("Cette date n'existe pas.");
  expect(printed).toContain('« jean@@exemple »');
  expect(printed).toContain('Remarques sur les lignes importées');
  expect(printed).not.toContain('Imprimer');
  await page.emulateMedia({ media: 'screen' });

  // Later, from the import page, the report opens again.
  await page.getByRole('link', { name: 'Retour au rapport' }).click();
  await page.getByRole('link', { name: 'Voir la liste des salariés' }).click();
  await expect(page.getByRole('row', { name: /DUPONT Françoise/ })).toContainText('BOURG EN BRESSE');
  await page.getByRole('link', { name: 'Importer un fichier' }).click();
  await page.getByRole('link', { name: /inscriptions\.csv/ }).click();
  await expect(page.getByText('2 salariés importés, 2 lignes ignorées.')).toBeVisible();
});
