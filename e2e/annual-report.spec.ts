import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { seedYear } from './report-seed';
import { keepImages, printToPdf } from './print';

// The rapport d'activité through the real UI: figures on screen, each opening its list, the
// CSV export read back against the screen, and the printed PDF read back with pdftotext.

const YEAR = '?du=2026-01-01&au=2026-12-31';
const shots = process.env.PASSERELLE_SHOTS; // a folder to keep screenshots in, when looking at the screens

test('the annual report shows its figures, each opens its list, and the CSV export holds the same numbers', async ({ page, host }) => {
  test.slow(); // a year seeded through the API, then several screens and a PDF
  await seedYear(host);
  await page.goto(host.url); // the launch address carries the session's key
  await page.goto(`${host.origin}/#/rapports/annuel${YEAR}`);
  await expect(page.getByRole('heading', { name: "Rapport d'activité" })).toBeVisible();
  const workers = page.getByRole('table', { name: 'Salariés en parcours' });
  await expect(workers.getByRole('row', { name: /Salariés/ }).getByRole('cell')).toHaveText(['3', '1', '1']);
  const hours = page.getByRole('table', { name: "Heures et ETP par type d'utilisateur" });
  await expect(hours.getByRole('row', { name: /Entreprise/ }).getByRole('cell')).toHaveText(['1', '154 h', '0,10']);
  await expect(hours.getByRole('row', { name: /Particulier/ }).getByRole('cell')).toHaveText(['1', '12 h', '0,01']);
  await expect(hours.getByRole('row', { name: /Total/ }).getByRole('cell')).toHaveText(['1', '166 h', '0,10']);
  const ages = page.getByRole('table', { name: "Âge à l'entrée" });
  await expect(ages.getByRole('row', { name: /Moins de 26 ans/ }).getByRole('cell')).toHaveText(['1', '1', '0']);
  await expect(ages.getByRole('row', { name: /50 ans et plus/ }).getByRole('cell')).toHaveText(['1', '0', '1']);
  await expect(page.getByRole('table', { name: 'Sorties par catégorie' }).getByRole('row', { name: /Sorties dynamiques/ }).getByRole('cell')).toHaveText(['0', '0,0 %']);
  // Nothing invoiced in the seeded year: the turnover is 0, each line a link to (no) invoices.
  await expect(page.getByRole('table', { name: "Chiffre d'affaires facturé (HT)" }).getByRole('row', { name: /Total/ }).getByRole('cell')).toHaveText(['0,00 €']);
  if (shots) {
    await page.screenshot({ path: path.join(shots, 'report-1366.png'), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: path.join(shots, 'report-1024.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  // The export, read back: the same figures as the screen.
  await page.getByRole('button', { name: 'Exporter ▾' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Fichier CSV/ }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = csv.trim().split('\r\n').map((l) => l.split(';').map((c) => c.replace(/^"|"$/g, '')));
  const row = (section: string, label: string) => rows.find((r) => r[0] === section && r[1] === label);
  expect(rows[0]).toEqual(['Rubrique', 'Libellé', 'Nombre', 'Entrées', 'Sorties', 'Heures', 'ETP', 'Taux (%)', 'Montant']);
  expect(row('Salariés', 'Salariés en parcours')?.slice(2, 5)).toEqual(['3', '1', '1']);
  expect(row("Heures par type d'utilisateur", 'Entreprise')?.slice(5, 7)).toEqual(['154', '0,1']);
  expect(row("Heures par type d'utilisateur", 'Total')?.slice(5, 7)).toEqual(['166', '0,1']);
  expect(row("Âge à l'entrée", 'Moins de 26 ans')?.slice(2, 5)).toEqual(['1', '1', '0']);
  expect(row('Heures par mois', 'mars 2026')?.[5]).toBe('154');
  expect(row('Sorties par catégorie', 'Sorties dynamiques')?.slice(2, 8)).toEqual(['0', '', '', '', '', '0']);

  // A figure opens the people it counts.
  await workers.getByRole('row', { name: /Salariés/ }).getByRole('link', { name: '3' }).click();
  await expect(page.getByRole('heading', { name: 'Salariés présents' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Salariés présents' });
  await expect(list.getByRole('row')).toHaveCount(4);
  await expect(list).toContainText('LEFÈVRE Hélène');
  await expect(list).toContainText('MARTIN Paul');
  await expect(list).toContainText('DURAND Hélène');
  await page.getByRole('link', { name: 'Retour au rapport' }).click();
  // The March bar of the chart and the month's figure open the same hours.
  await page.getByRole('table', { name: 'Heures par mois' }).getByRole('link', { name: '154 h' }).click();
  await expect(page.getByRole('heading', { name: 'Heures — mars 2026' })).toBeVisible();
  await expect(page.getByText('1 mission, 154 h')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Heures — mars 2026' })).toContainText('Espaces Verts du Rhône');
  if (shots) await page.screenshot({ path: path.join(shots, 'report-list.png') });
});

test('the printed annual report holds the seeded counts and its three charts', async ({ page, host }) => {
  test.slow(); // a year seeded through the API, then several screens and a PDF
  await seedYear(host);
  await page.goto(host.url); // the launch address carries the session's key
  await page.goto(`${host.origin}/#/rapports/annuel${YEAR}`);
  await page.getByRole('button', { name: 'Imprimer le rapport' }).click();
  const pdf = await printToPdf(page, 'rapport-activite');
  keepImages(pdf, 'rapport-activite');
  const text = pdf.text;
  expect(text).toContain("Rapport d'activité — année 2026");
  expect(text).toContain("L'Échelier");
  expect(text).toContain('3 salariés présents, 166 h travaillées, soit 0,10 ETP');
  expect(text).toMatch(/Salariés 3 1 1/);
  expect(text).toMatch(/Entreprise 1 154 h 0,10/);
  expect(text).toMatch(/Moins de 26 ans 1 1 0/);
  expect(text).toMatch(/Motif non renseigné 1 100,0 %/);
  expect(text).toContain('Heures travaillées par mois');
  expect(text).toContain("Salariés présents par âge à l'entrée");
  expect(text).toContain(`Page ${pdf.pages} / ${pdf.pages}`);
  expect(pdf.pageTexts.at(-1)).toContain('Signature de la direction'); // never alone: with the last section
  expect(pdf.pageTexts.at(-1)).toContain("Chiffre d'affaires facturé");
  expect(text).not.toContain('Enregistrer en PDF');
});

test('the Rapports section leads to the annual report and the attestations fiscales', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Rapports' }).click();
  await page.getByRole('navigation', { name: "Documents de l'année" }).getByRole('link', { name: "Rapport d'activité" }).click();
  await expect(page.getByRole('heading', { name: "Rapport d'activité" })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'Attestations fiscales' }).click();
  await expect(page.getByRole('heading', { name: /^Attestations fiscales \d{4}$/ })).toBeVisible();
});
