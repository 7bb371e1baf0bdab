import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, newDataDir, startHost, test, useSession } from './fixtures';
import { api, countRows } from './api';

// What an office exports from its old spreadsheet: French headings, `;`, JJ/MM/AAAA dates.
function workersCsv(lines: number, bad: Record<number, (cells: string[]) => void>): string {
  const header = ['Civilité', 'NOM', 'Prénom', 'Né le', 'N° de sécurité sociale', 'CP', 'Ville', 'Statut', 'Référent'];
  const rows = [header.join(';')];
  for (let i = 1; i <= lines; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const cells = [i % 2 ? 'Mme' : 'M.', `Lefèvre${i}`, `Hélène${i}`, `${day}/04/1980`, '', '69001', 'Lyon', 'Candidat', 'Claire Martin'];
    bad[i]?.(cells);
    rows.push(cells.join(';'));
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

function tmpFile(name: string, contents: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-csv-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, contents);
  return file;
}

async function exportList(page: Page, section: 'Salariés' | 'Utilisateurs'): Promise<Buffer> {
  await page.getByRole('navigation').getByRole('link', { name: section }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter ▾' }).click();
  await page.getByRole('menuitem', { name: /Fichier CSV/ }).click();
  const file = await (await download).path();
  return fs.readFileSync(file);
}

/** After an import, its report opens: from it, the list. */
async function toList(page: Page, noun: 'salariés' | 'utilisateurs') {
  await expect(page.getByRole('heading', { name: `Rapport d'import des ${noun}` })).toBeVisible();
  await page.getByRole('link', { name: `Voir la liste des ${noun}` }).click();
}

async function importFile(page: Page, host: { origin: string }, route: string, file: string) {
  await page.goto(`${host.origin}/#${route}`);
  await page.getByLabel('Fichier CSV').setInputFiles(file);
}

test('importing 200 lines with three bad ones reports exactly those three, under the summary, and imports the rest only after confirmation', async ({ page, host }) => {
  // Data line k is line k + 1 of the file (line 1 holds the headings).
  const file = tmpFile(
    'salaries.csv',
    workersCsv(200, {
      17: (c) => (c[4] = '2 80 04 69 123 456 00'), // wrong NIR key
      88: (c) => (c[3] = '31/02/1980'), // no such date
      150: (c) => (c[1] = ''), // no name
    }),
  );
  await page.goto(host.url);
  await importFile(page, host, '/salaries/import', file);
  await expect(page.getByText('200 lignes lues : 197 valides, 3 en erreur.')).toBeVisible();

  const errors = page.getByRole('table', { name: 'Lignes refusées' });
  const rows = errors.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // Each problem names the column as the file heads it, and shows the value refused.
  await expect(rows.nth(0)).toHaveText(/^18\s*N° de sécurité sociale \(NIR\)\s*« 2 80 04 69 123 456 00 »\s*Ce NIR est faux/);
  await expect(rows.nth(1)).toHaveText(/^89\s*Né le \(Date de naissance\)\s*« 31\/02\/1980 »\s*Cette date n'existe pas\.$/);
  await expect(rows.nth(2)).toHaveText(/^151\s*NOM \(Nom de naissance\)\s*\(vide\)\s*Ce champ est obligatoire\.$/);
  // The refused lines sit right under the summary and the buttons, before the columns matched.
  const summaryBox = (await page.getByText('200 lignes lues : 197 valides, 3 en erreur.').boundingBox())!;
  const refusedBox = (await page.getByRole('heading', { name: 'Lignes refusées' }).boundingBox())!;
  const mappingBox = (await page.getByRole('heading', { name: 'Correspondance des colonnes' }).boundingBox())!;
  expect(refusedBox.y).toBeGreaterThan(summaryBox.y);
  expect(refusedBox.y - summaryBox.y).toBeLessThan(200);
  expect(mappingBox.y).toBeGreaterThan(refusedBox.y);

  // Nothing is imported before the confirmation, nor when it is declined.
  await page.getByRole('button', { name: 'Importer les 197 lignes valides' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ignorer les lignes en erreur ?' });
  await expect(dialog).toContainText('Les 3 lignes en erreur ne seront pas importées. Les 197 lignes valides seront importées.');
  expect(await countRows(host, 'workers.list')).toBe(0);
  await dialog.getByRole('button', { name: 'Revenir' }).click();
  expect(await countRows(host, 'workers.list')).toBe(0);

  await page.getByRole('button', { name: 'Importer les 197 lignes valides' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Importer les lignes valides' }).click();
  // The report stays after the import: the same three lines.
  await expect(page.getByText('197 salariés importés, 3 lignes ignorées.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lignes refusées' }).locator('tbody tr')).toHaveCount(3);
  await toList(page, 'salariés');
  await expect(page.getByText('197 salariés', { exact: true })).toBeVisible();
  expect(await countRows(host, 'workers.list')).toBe(197);
  const all = await api<{ rows: { name: string; birthDate: string }[] }>(host, 'workers.list', {});
  const names = new Set(all.value.rows.map((r) => r.name));
  // The three bad lines are the ones left out; their neighbours are in.
  for (const i of [17, 88, 150]) expect(names.has(`LEFÈVRE${i} Hélène${i}`)).toBe(false);
  expect(names.has('LEFÈVRE151 Hélène151')).toBe(true);
  expect(all.value.rows.find((r) => r.name === 'LEFÈVRE18 Hélène18')?.birthDate).toBe('1980-04-19');
});

test('a file in Windows-1252 (Excel "CSV (séparateur : point-virgule)") is read with its accents', async ({ page, host }) => {
  const text = 'Type;Nom ou raison sociale;SIRET;Ville\r\nEntreprise;Bâtiments Réunis;73282932000074;Besançon\r\nParticulier;Mme Françoise Hervé;;Évian\r\n';
  const file = tmpFile('utilisateurs.csv', Buffer.from(text, 'latin1'));
  await page.goto(host.url);
  await importFile(page, host, '/utilisateurs/import', file);
  await expect(page.getByText('2 lignes lues : 2 valides, 0 en erreur.')).toBeVisible();
  await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
  await toList(page, 'utilisateurs');
  await expect(page.getByRole('row', { name: /Bâtiments Réunis/ })).toBeVisible();
  // The particulier's whole name is read as civility, first and last name; her town is shown as La Poste writes it.
  await expect(page.getByRole('row', { name: /Mme Françoise HERVÉ/ })).toContainText('EVIAN');
});

test('an exported list re-imports identically', async ({ page, host }) => {
  // Two hosts, five lists exported and two imported: about a minute on a loaded machine.
  test.slow();
  // A varied list, made through the API: accents, quotes and semicolons in cells, PASS IAE, options.
  const workers = [
    { civility: 'Mme', birthName: 'Dupont-Lefèvre', usageName: 'Martin', firstName: 'Hélène', birthDate: '1985-03-12', nir: '269054958815780', status: 'en_parcours', entryDate: '2026-09-01', referent: 'Claire', skills: ['menage', 'plonge'], qpv: true, drivingLicence: true, notes: 'Préfère le matin; pas le "mercredi"', city: 'Lyon', postalCode: '69003', phone: '06 12 34 56 78', email: 'helene@example.fr', orienteur: 'france_travail', educationLevel: 'cap_bep' },
    { civility: 'M.', birthName: "N'Diaye", firstName: 'Moussa', birthDate: '1999-11-30', nationality: 'hors_ue', permitNumber: '1234567890', permitExpiry: '2027-06-30', status: 'candidat', availability: 'Tous les jours' },
  ];
  for (const w of workers) {
    const r = await api<{ id: number }>(host, 'workers.create', { worker: w });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    if (w.birthName === 'Dupont-Lefèvre') {
      const p = await api(host, 'workers.savePass', { workerId: r.value.id, number: 'ABC123456789', startDate: '2026-01-05' });
      expect(p.ok, JSON.stringify(p.error)).toBe(true);
    }
  }
  const clients = [
    { kind: 'entreprise', name: 'Espaces Verts; du "Rhône"', siret: '73282932000074', hourlyRateCents: 2450, paymentTermsDays: 45, lastLayoffDate: '2026-03-01', lastLayoffPost: 'jardinage' },
    { kind: 'particulier', civility: 'Mme', lastName: 'Hervé', firstName: 'Françoise', counts480: false, city: 'Évian', postalCode: '74500' },
    { kind: 'bailleur_social', name: 'Habitat Privé SA', counts480: true },
  ];
  for (const c of clients) {
    const r = await api(host, 'clients.create', { client: c });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
  }

  await page.goto(host.url);
  const workersOut = await exportList(page, 'Salariés');
  const clientsOut = await exportList(page, 'Utilisateurs');
  expect(workersOut.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  // Every text cell quoted, identifiers grouped as text, no ="…" (LibreOffice would show it as it is).
  const text = workersOut.toString('utf8');
  expect(text).not.toContain('="');
  expect(text).toContain('"2 69 05 49 588 157 80"');
  expect(text).toContain('"06 12 34 56 78"');
  expect(text).toContain('"ABC12 34 56789"');
  expect(clientsOut.toString('utf8')).toContain('"Espaces Verts; du ""Rhône""' + '"');

  // A second office (a fresh database) imports both files, then exports them again.
  const dataDir = newDataDir();
  const other = await startHost(dataDir);
  try {
    await useSession(page.context(), other, other.session!);
    await page.goto(other.url);
    await importFile(page, other, '/salaries/import', tmpFile('salaries.csv', workersOut));
    await expect(page.getByText('2 lignes lues : 2 valides, 0 en erreur.')).toBeVisible();
    await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
    await toList(page, 'salariés');
    await expect(page.getByText('2 salariés', { exact: true })).toBeVisible();
    await importFile(page, other, '/utilisateurs/import', tmpFile('utilisateurs.csv', clientsOut));
    await expect(page.getByText('3 lignes lues : 3 valides, 0 en erreur.')).toBeVisible();
    await page.getByRole('button', { name: 'Importer 3 lignes' }).click();
    await toList(page, 'utilisateurs');
    await expect(page.getByText('3 utilisateurs', { exact: true })).toBeVisible();

    expect((await exportList(page, 'Salariés')).equals(workersOut)).toBe(true);
    expect((await exportList(page, 'Utilisateurs')).equals(clientsOut)).toBe(true);
  } finally {
    await other.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the template offered on the import page downloads and imports as it is', async ({ page, host }) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries/import`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le modèle' }).click();
  const file = await (await download).path();
  expect((await (await download).suggestedFilename())).toBe('modele-salaries.csv');
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'modele-salaries.csv', mimeType: 'text/csv', buffer: fs.readFileSync(file) });
  await expect(page.getByText('2 lignes lues : 2 valides, 0 en erreur.')).toBeVisible();
});
