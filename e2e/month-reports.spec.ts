import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type RunningHost } from './fixtures';
import { api } from './api';
import { keepImages, printToPdf } from './print';

// The month's documents (Rapports), through the UI: the relevés d'heures printed as one PDF with
// a page per client, the payroll spreadsheet re-read against the hours grid, the payroll, ASP
// and dashboard documents printed, and the month's figures on the home page.

const MONTH = '2026-11';
const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, ' ');

/** November 2026: Hélène for the town hall (3 × 7 h) and Mme Roux (1 h 05), Marc for Atelier Vert (5 × 7 h 30) and the town hall (1 h 20). */
async function seedNovember(host: RunningHost) {
  expect(
    (await api(host, 'settings.saveOrganisation', { name: "L'Échelier", siret: '73282932000074', defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, city: 'Lyon', postalCode: '69001', version: 0 })).ok,
  ).toBe(true);
  const worker = async (birthName: string, firstName: string, birthDate: string, pass: string) => {
    const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName, firstName, birthDate, status: 'en_parcours', entryDate: '2026-01-05' } });
    expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: pass, startDate: '2026-01-05' })).ok).toBe(true);
    expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-01-05', authorKind: 'prescripteur' })).ok).toBe(true);
    return w.value.id;
  };
  const client = async (client: Record<string, string>) => {
    const c = await api<{ id: number }>(host, 'clients.create', { client: { city: 'Lyon', postalCode: '69001', ...client } });
    expect(c.ok, JSON.stringify(c.error)).toBe(true);
    expect((await api(host, 'clients.addMembership', { clientId: c.value.id, year: 2026, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' })).ok).toBe(true);
    return c.value.id;
  };
  const helene = await worker('Lefèvre', 'Hélène', '1985-03-12', '999992611111');
  const marc = await worker('Martin', 'Marc', '1990-07-01', '999992622222');
  const mairie = await client({ kind: 'collectivite', name: 'Mairie de Villeurbanne' });
  const roux = await client({ kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Anne' });
  const atelier = await client({ kind: 'entreprise', name: 'Atelier Vert', siret: '73282932000074' });
  const placement = async (workerId: number, clientId: number, wageRateCents: number) => {
    const p = await api<{ id: number }>(host, 'placements.create', {
      placement: { workerId, clientId, taskKind: 'menage', taskDetail: 'Entretien des bureaux', startDate: '2026-11-02', endDate: '2026-12-31', billedRateCents: 2250, wageRateCents, status: 'en_cours' },
      confirmed: ['hors_territoire', 'licenciement_economique', 'adhesion_absente'],
    });
    expect(p.ok, JSON.stringify(p.error)).toBe(true);
    return p.value.id;
  };
  const cells = (placementId: number, days: string[], minutes: number) => days.map((d) => ({ placementId, day: `2026-11-${d}`, minutes }));
  const entries = [
    ...cells(await placement(helene, mairie, 1202), ['02', '03', '04'], 420),
    ...cells(await placement(helene, roux, 1250), ['05'], 65),
    ...cells(await placement(marc, atelier, 1300), ['02', '03', '04', '05', '06'], 450),
    ...cells(await placement(marc, mairie, 1202), ['09'], 80),
  ];
  const saved = await api<{ held: unknown[] }>(host, 'hours.saveMonth', { month: MONTH, entries });
  expect(saved.ok && saved.value.held, JSON.stringify(saved)).toEqual([]);
}

/** `60 h 55` → 3655. */
function minutesOf(text: string): number {
  const m = /^(\d+) h(?: (\d{2}))?$/.exec(plain(text).trim());
  if (!m) throw new Error(`durée illisible : ${text}`);
  return Number(m[1]) * 60 + Number(m[2] ?? 0);
}

async function openReports(page: Page, host: RunningHost) {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Rapports' }).click();
  await page.goto(`${host.origin}/#/rapports?mois=${MONTH}`);
  await expect(page.getByRole('heading', { name: 'Rapports', level: 1 })).toBeVisible();
}

test('the payroll CSV, re-read, gives the hours grid’s total and the amounts of the état des heures', async ({ page, host }) => {
  await seedNovember(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=${MONTH}`);
  const gridTotal = minutesOf(await page.locator('tfoot .hg-grand').innerText());
  expect(gridTotal).toBe(3 * 420 + 65 + 5 * 450 + 80);

  await openReports(page, host);
  const payroll = page.getByRole('region', { name: 'État des heures par salarié' });
  // 252,42 + 13,54 (1 h 05 at 12,50) + 487,50 + 16,03 (1 h 20 at 12,02) = 769,49 €.
  await expect(payroll).toContainText(/2 salariés, 60\s+h\s+55, 769,49\s+€ brut/);
  const download = page.waitForEvent('download');
  await payroll.getByRole('button', { name: 'Exporter' }).click();
  await payroll.getByRole('menuitem', { name: /Fichier CSV/ }).click();
  expect((await download).suggestedFilename()).toBe('etat-des-heures-2026-11.csv');
  const bytes = fs.readFileSync((await (await download).path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with BOM: Excel reads the accents
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  // Text quoted, numbers bare or quoted with their decimal comma, `;` between cells.
  const cellsOf = (line: string) => line.split(';').map((c) => c.replace(/^"(.*)"$/, '$1'));
  expect(cellsOf(lines[0]!)).toEqual(['Salarié', 'Utilisateur', 'Heures', 'Minutes', 'Salaire horaire brut', 'Montant brut']);
  const rows = lines.slice(1).map(cellsOf);
  expect(rows.map((r) => r.slice(0, 2))).toEqual([
    ['LEFÈVRE Hélène', 'Mairie de Villeurbanne'],
    ['LEFÈVRE Hélène', 'Mme Anne ROUX'],
    ['MARTIN Marc', 'Atelier Vert'],
    ['MARTIN Marc', 'Mairie de Villeurbanne'],
  ]);
  expect(rows.map((r) => r[2])).toEqual(['21', '1,08', '37,5', '1,33']); // decimal commas
  expect(rows.reduce((s, r) => s + Number(r[3]), 0)).toBe(gridTotal);
  const cents = (euros: string) => Math.round(Number(euros.replace(',', '.')) * 100);
  expect(rows.reduce((s, r) => s + cents(r[5]!), 0)).toBe(76949);
});

test('the month’s relevés print as one A4 PDF, a page per client with its workers, days and hours', async ({ page, host }) => {
  await seedNovember(host);
  await openReports(page, host);
  const card = page.getByRole('region', { name: "Relevés d'heures par utilisateur" });
  await expect(card).toContainText(/3 utilisateurs, 60\s+h\s+55/);
  await card.getByRole('button', { name: 'Imprimer les relevés' }).click();
  const pdf = await printToPdf(page, 'releves');
  keepImages(pdf, 'releves-novembre');

  expect(pdf.pages).toBe(3);
  const [atelier, mairie, roux] = pdf.pageTexts.map(plain) as [string, string, string];
  expect(atelier).toContain("Relevé d'heures – novembre 2026");
  expect(atelier).toContain("L'Échelier");
  expect(atelier).toContain('Atelier Vert');
  expect(atelier).toContain('MARTIN Marc');
  expect(atelier).not.toContain('LEFÈVRE');
  expect(atelier).toMatch(/lun\. 02\/11\/2026 MARTIN Marc Ménage \(n° \d+\) 7 h 30/);
  expect(atelier).toMatch(/Total du mois 37 h 30/);
  expect(atelier).toContain("Pour l'utilisateur");
  expect(atelier).toContain("Relevé d'heures novembre 2026 – Atelier Vert Page 1 / 1");
  expect(mairie).toContain('Mairie de Villeurbanne');
  expect(mairie).toContain('LEFÈVRE Hélène');
  expect(mairie).toContain('MARTIN Marc');
  expect(mairie).toMatch(/Total du mois 22 h 20/);
  expect(roux).toContain('Mme Anne ROUX');
  expect(roux).toMatch(/jeu\. 05\/11\/2026 LEFÈVRE Hélène .* 1 h 05/);
  expect(pdf.text).not.toContain('Imprimer');

  // One client's relevé on its own, as the invoice prints it.
  await page.goto(`${host.origin}/#/rapports?mois=${MONTH}`);
  await card.getByText('Un relevé à la fois').click();
  await card.getByRole('link', { name: 'Mme Anne ROUX' }).click();
  const one = await printToPdf(page, 'releve-roux');
  expect(one.pages).toBe(1);
  expect(plain(one.text)).toContain('Mme Anne ROUX');
  expect(plain(one.text)).not.toContain('Atelier Vert');
});

test('the état des heures, the suivi mensuel ASP and the dashboard print with their figures', async ({ page, host }) => {
  await seedNovember(host);
  await openReports(page, host);

  await page.getByRole('button', { name: "Imprimer l'état des heures" }).click();
  const payroll = await printToPdf(page, 'etat-des-heures');
  keepImages(payroll, 'etat-des-heures');
  const p = plain(payroll.text);
  expect(p).toContain('État des heures par salarié – novembre 2026');
  expect(p).toMatch(/LEFÈVRE Hélène Mairie de Villeurbanne 21 h 12,02 € 252,42 €/);
  expect(p).toMatch(/Mme Anne ROUX 1 h 05 12,50 € 13,54 €/);
  expect(p).toMatch(/Mme Anne ROUX 1 h 05 12,50 € 13,54 € Total du salarié 22 h 05 265,96 € MARTIN Marc/);
  expect(p).toMatch(/Total du mois 60 h 55 769,49 €/);

  await page.goto(`${host.origin}/#/rapports?mois=${MONTH}`);
  await page.getByRole('button', { name: 'Imprimer le suivi mensuel' }).click();
  const aspPdf = await printToPdf(page, 'suivi-asp');
  keepImages(aspPdf, 'suivi-asp');
  const asp = plain(aspPdf.text);
  expect(asp).toContain('Suivi mensuel ASP – novembre 2026');
  expect(asp).toContain('n° 999992611111');
  expect(asp).toContain('du 05/01/2026 au 04/01/2028');
  expect(asp).toMatch(/Atelier Vert 38 h 50 .*du 02\/11\/2026 au 31\/12\/2026/);
  expect(asp).toMatch(/Total du mois 60 h 55/);

  await page.goto(`${host.origin}/#/rapports?mois=${MONTH}`);
  await page.getByRole('button', { name: 'Imprimer le tableau de bord' }).click();
  const figures = await printToPdf(page, 'tableau-de-bord');
  keepImages(figures, 'tableau-de-bord');
  const f = plain(figures.text);
  expect(f).toMatch(/Collectivité 22 h 20 22 h 20/);
  expect(f).toMatch(/Entreprise 37 h 30 37 h 30/);
  expect(f).toMatch(/Particulier 1 h 05 1 h 05/);
  // 3 655 min ÷ (1 607 h ÷ 12) = 0,45.
  expect(f).toMatch(/ETP du mois 0,45/);
  expect(f).toMatch(/Salariés ayant travaillé dans le mois 2/);
  expect(f).toMatch(/Missions en cours 4/);
});

test('the home page shows the month’s figures', async ({ page, host }) => {
  await seedNovember(host);
  await page.clock.setFixedTime(new Date('2026-11-28T10:00:00'));
  await page.goto(host.url);
  const panel = page.getByRole('region', { name: 'Chiffres novembre 2026' });
  await expect(panel.getByRole('row', { name: /Total/ })).toContainText(/60\s+h\s+55/);
  await expect(panel).toContainText(/ETP du mois\s*0,45/);
  await expect(panel).toContainText(/Mois non clôturés\s*novembre 2026/);
  // Nothing invoiced yet for November.
  await expect(panel).toContainText(/Facturé pour le mois \(avoirs déduits\)\s*0,00\s€/);
  await expect(panel).toContainText(/Reste dû sur les factures émises\s*0,00\s€/);
});
