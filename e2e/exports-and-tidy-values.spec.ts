import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test, type RunningHost } from './fixtures';
import { api } from './api';
import { daysFromToday } from './dates';

// Exports from every list, in the workbook (typed cells, read back with exceljs) and in CSV;
// values shown tidy on screen (NIR grouped, SIRET spaced, phones in one form, towns in
// capitals); and search that finds N'DIAYE by « ndiaye » and a worker by her PASS number.

async function seed(host: RunningHost): Promise<void> {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: "N'Diaye", firstName: 'Awa', birthDate: '1990-03-04', nir: '269054958815780', postalCode: '01000', city: 'Bourg-en-Bresse', phone: '+33612345678', status: 'en_parcours', entryDate: daysFromToday(-30) },
  });
  expect(w.ok, JSON.stringify(w.error)).toBe(true);
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: '999992612345', startDate: '2026-01-05' })).ok).toBe(true);
  const c = await api<{ id: number }>(host, 'clients.create', {
    client: { kind: 'entreprise', name: 'Espaces Verts du Rhône', siret: '73282932000074', phone: '0478000000', postalCode: '69003', city: 'Saint-Étienne', hourlyRateCents: 2450 },
  });
  expect(c.ok, JSON.stringify(c.error)).toBe(true);
  const p = await api(host, 'placements.create', {
    placement: { workerId: w.value.id, clientId: c.value.id, taskKind: 'espaces_verts', taskDetail: 'Taille des haies', startDate: daysFromToday(-2), endDate: daysFromToday(20), billedRateCents: 2450, wageRateCents: 1202 },
    confirmed: ['hors_territoire', 'adhesion_absente', 'diagnostic_absent'],
  });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);
}

/** Exports the list on screen in `format`, and gives the file's bytes and name. */
async function exportAs(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter ▾' }).click();
  await page.getByRole('menuitem', { name: format }).click();
  const d = await download;
  return { name: d.suggestedFilename(), bytes: fs.readFileSync((await d.path())!) };
}

async function firstRow(bytes: Buffer): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const values = (sheet.getRow(2).values as unknown[]).slice(1);
  return Object.fromEntries(header.map((h, i) => [h, values[i]]));
}

test('every list exports a workbook with typed cells, and a CSV', async ({ page, host }) => {
  await seed(host);
  await page.goto(host.url);

  await page.getByRole('navigation').getByRole('link', { name: 'Salariés' }).click();
  const workers = await exportAs(page, /Classeur Excel/);
  expect(workers.name).toMatch(/^salaries-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const w = await firstRow(workers.bytes);
  expect(w).toMatchObject({ NIR: '2 69 05 49 588 157 80', 'Code postal': '01000', Téléphone: '+33 6 12 34 56 78', 'N° PASS IAE': '99999 26 12345' });
  expect(w['Date de naissance']).toEqual(new Date(Date.UTC(1990, 2, 4)));
  expect(w['Fin du PASS IAE']).toEqual(new Date(Date.UTC(2028, 0, 4)));

  await page.getByRole('navigation').getByRole('link', { name: 'Utilisateurs' }).click();
  const c = await firstRow((await exportAs(page, /Classeur Excel/)).bytes);
  expect(c).toMatchObject({ SIRET: '732 829 320 00074', 'Taux horaire': 24.5, Téléphone: '04 78 00 00 00' });

  await page.getByRole('navigation').getByRole('link', { name: 'Missions' }).click();
  const missions = await exportAs(page, /Classeur Excel/);
  expect(missions.name).toMatch(/^missions-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(await firstRow(missions.bytes)).toMatchObject({ Salarié: "N'DIAYE Awa", Utilisateur: 'Espaces Verts du Rhône', Tâche: 'Espaces verts', 'Taux horaire facturé': 24.5, 'Heures réalisées': 0 });
  const csv = await exportAs(page, /Fichier CSV/);
  expect(csv.name).toMatch(/^missions-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.bytes.toString('utf8')).toMatch(/^\ufeff"N° de mission";"Salarié";/);
  expect(csv.bytes.toString('utf8')).toContain(`1;"N'DIAYE Awa";"Espaces Verts du Rhône";"Entreprise";"Espaces verts";"Taille des haies";`);
});

test('values are shown tidy: NIR as on the carte Vitale, SIRET spaced, phones in one form, towns in capitals', async ({ page, host }) => {
  await seed(host);
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Salariés' }).click();
  await expect(page.getByRole('row', { name: /N'DIAYE Awa/ })).toContainText('BOURG EN BRESSE');
  await page.getByRole('link', { name: "N'DIAYE Awa" }).click();
  await expect(page.getByText('2 69 05 49 588 157 80')).toBeVisible();
  await expect(page.getByText('+33 6 12 34 56 78')).toBeVisible();
  await expect(page.getByText('01000 BOURG EN BRESSE')).toBeVisible();
  await expect(page.getByText('99999 26 12345')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Utilisateurs' }).click();
  const row = page.getByRole('row', { name: /Espaces Verts du Rhône/ });
  await expect(row).toContainText('732 829 320 00074');
  await expect(row).toContainText('04 78 00 00 00');
  await expect(row).toContainText('SAINT ETIENNE');
});

test("search finds N'DIAYE by « ndiaye », and a worker by her PASS IAE number, in the list and with Ctrl+K", async ({ page, host }) => {
  await seed(host);
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Salariés' }).click();
  await page.getByLabel('Rechercher un salarié').fill('ndiaye');
  await expect(page.getByText('1 salarié', { exact: true })).toBeVisible();
  await page.getByLabel('Rechercher un salarié').fill('99999 26 12345');
  await expect(page.getByRole('row', { name: /N'DIAYE Awa/ })).toBeVisible();
  await page.getByLabel('Rechercher un salarié').fill('zzz');
  await expect(page.getByText('0 salarié', { exact: true })).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('999992612345');
  const results = page.getByRole('listbox', { name: 'Résultats de la recherche' });
  await expect(results.getByRole('option').first()).toContainText("N'DIAYE Awa");
  await page.getByRole('combobox', { name: 'Rechercher partout (Ctrl+K)' }).fill('269054958815780');
  await expect(results.getByRole('option').first()).toContainText("N'DIAYE Awa");
});
