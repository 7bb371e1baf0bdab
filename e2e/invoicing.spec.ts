import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type RunningHost } from './fixtures';
import { api } from './api';
import { keepImages, printToPdf } from './print';

// Facturation through the UI: the month's hours typed in the grid for three clients, the drafts
// prepared and issued, each invoice printed as an A4 PDF read back as text; a closed month
// locked until reopened, its difference settled by an avoir and a new invoice before it closes
// again; the journal des ventes balancing, on screen and in its CSV.

// Each test types a month, prepares and issues it, then prints or settles: longer than the default minute.
test.describe.configure({ timeout: 150_000 });

const WORKER = 'LEFÈVRE Hélène';
const CLIENTS = { pro: 'Espaces Verts du Rhône', mairie: 'Mairie de Villeurbanne', roux: 'Mme Anne ROUX' };

async function seedOctober(host: RunningHost) {
  const org = await api(host, 'settings.saveOrganisation', {
    name: "L'Échelier", siret: '73282932000074', addressLine1: '4 rue Garibaldi', postalCode: '69006', city: 'Lyon', defaultBilledRateCents: 2250, etpAnnualMinutes: 96420, version: 0,
  });
  expect(org.ok, JSON.stringify(org.error)).toBe(true);
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Lefèvre', firstName: 'Hélène', birthDate: '1985-03-12', status: 'en_parcours', entryDate: '2026-01-05' },
  });
  await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: '2026-01-05' });
  await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-01-05', authorKind: 'prescripteur' });
  const clients = [
    { kind: 'entreprise', name: CLIENTS.pro, siret: '73282932000074', addressLine1: '12 quai Perrache', postalCode: '69002', city: 'Lyon', paymentTermsDays: 30 },
    { kind: 'collectivite', name: CLIENTS.mairie, postalCode: '69100', city: 'Villeurbanne' },
    // Her membership of 2026 is not paid: her invoice carries the membership line.
    { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Anne', postalCode: '69003', city: 'Lyon' },
  ];
  for (const [i, client] of clients.entries()) {
    const c = await api<{ id: number }>(host, 'clients.create', { client });
    expect(c.ok, JSON.stringify(c.error)).toBe(true);
    if (i < 2) await api(host, 'clients.addMembership', { clientId: c.value.id, year: 2026, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' });
    const p = await api(host, 'placements.create', {
      placement: {
        workerId: w.value.id, clientId: c.value.id, taskKind: i === 0 ? 'espaces_verts' : 'menage', taskDetail: i === 0 ? 'Taille des haies' : '',
        startDate: '2026-10-01', endDate: '2026-10-31', billedRateCents: 2250, wageRateCents: 1202, status: 'en_cours',
      },
      confirmed: ['hors_territoire', 'licenciement_economique', 'adhesion_absente'],
    });
    expect(p.ok, JSON.stringify(p.error)).toBe(true);
  }
}

const cell = (page: Page, client: string, day: string) => page.getByLabel(`${WORKER} · ${client} · ${day}`, { exact: true });
const toast = (page: Page, text: string | RegExp) => expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

/** Types the month's hours in the grid: 1 h 20, 7 h and 1 h 05, and saves. */
async function typeHours(page: Page, host: RunningHost) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-10`);
  for (const [client, day, hours] of [[CLIENTS.pro, '06/10', '1h20'], [CLIENTS.mairie, '07/10', '7'], [CLIENTS.roux, '08/10', '1h05']] as const) {
    await cell(page, client, day).focus();
    await page.keyboard.type(hours);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Control+s');
  await toast(page, 'Heures du mois enregistrées');
}

async function prepareAndIssue(page: Page, host: RunningHost) {
  await page.goto(`${host.origin}/#/facturation?mois=2026-10`);
  await page.getByRole('button', { name: "Préparer la facturation d'octobre 2026" }).click();
  await toast(page, '3 brouillon(s) préparé(s)');
  const drafts = page.getByRole('table', { name: 'Brouillons de factures' });
  await expect(drafts.getByRole('row')).toHaveCount(4);
  await expect(drafts.getByRole('row', { name: new RegExp(CLIENTS.roux) })).toContainText('Adhésion 2026');
  await page.getByRole('button', { name: 'Émettre les factures (3)' }).click();
  const dialog = page.getByRole('dialog', { name: "Émettre 3 factures d'octobre 2026 ?" });
  await dialog.getByLabel('Date d’émission').fill('02/11/2026');
  await dialog.getByRole('button', { name: 'Émettre les factures' }).click();
  await toast(page, '3 factures émises (2026-0001 à 2026-0003)');
}

test('hours for three clients → prepare → issue: each invoice prints on A4 with its number, client, lines and total', async ({ page, host }) => {
  await seedOctober(host);
  await typeHours(page, host);
  await prepareAndIssue(page, host);

  const issued = page.getByRole('table', { name: "Factures émises d'octobre 2026" });
  await expect(issued.getByRole('row')).toHaveCount(4);
  await issued.getByRole('link', { name: '2026-0003' }).click();
  await expect(page.getByRole('heading', { name: `Facture 2026-0003 · ${CLIENTS.roux}` })).toBeVisible();
  await page.getByRole('button', { name: 'Imprimer la facture' }).click();
  let pdf = await printToPdf(page, 'facture-particulier');
  keepImages(pdf, 'facture-particulier');
  expect(pdf.pages).toBe(1);
  for (const text of ['Facture n° 2026-0003', CLIENTS.roux, "L'Échelier", 'SIRET 732 829 320 00074', '02/11/2026', "Heures d'octobre 2026", WORKER, 'Ménage', '1 h 05', '22,50 € / h', '24,38 €', 'Adhésion 2026', '20,00 €', 'Total à payer 44,38 €', 'TVA non applicable, art. 293 B du CGI', 'Page 1 / 1']) {
    expect(pdf.text).toContain(text);
  }
  expect(pdf.text).not.toContain('Imprimer');

  // The entreprise's invoice: 1 h 20 at 22,50 € = 30,00 €, with the due date, penalties and the 40 € indemnity.
  await page.goto(`${host.origin}/#/print/facture/1`);
  pdf = await printToPdf(page, 'facture-entreprise');
  keepImages(pdf, 'facture-entreprise');
  for (const text of ['Facture n° 2026-0001', CLIENTS.pro, 'Espaces verts : Taille des haies', '1 h 20', '30,00 €', 'Total à payer 30,00 €', 'Date d’échéance', '02/12/2026', 'pénalités de retard', '40,00 €']) {
    expect(pdf.text).toContain(text);
  }

  // The month's batch: one PDF, a document per client, each with its own page numbers.
  await page.goto(`${host.origin}/#/print/factures?mois=2026-10`);
  pdf = await printToPdf(page, 'factures-du-mois');
  keepImages(pdf, 'factures-du-mois');
  expect(pdf.pages).toBe(3);
  expect(pdf.pageTexts.map((t) => /Facture n° (2026-000\d)/.exec(t)?.[1])).toEqual(['2026-0001', '2026-0002', '2026-0003']);
  expect(pdf.pageTexts[1]).toContain('Total à payer 157,50 €'); // 7 h at 22,50 €
});

test('a closed month refuses edits until reopened; reopened with changed hours, it shows the difference and closes again only once settled', async ({ page, host }) => {
  await seedOctober(host);
  await typeHours(page, host);
  await prepareAndIssue(page, host);

  await page.goto(`${host.origin}/#/heures?mois=2026-10`);
  await page.getByRole('button', { name: 'Clôturer le mois' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clôturer le mois' }).click();
  await toast(page, "Mois d'octobre 2026 clôturé");
  await cell(page, CLIENTS.roux, '08/10').focus();
  await page.keyboard.type('2');
  await expect(cell(page, CLIENTS.roux, '08/10')).toHaveValue('1 h 05');
  const refused = await api<unknown>(host, 'hours.saveMonth', { month: '2026-10', entries: [{ placementId: 3, day: '2026-10-08', minutes: 120 }] });
  expect(JSON.stringify(refused)).toContain('clôturé');

  await page.getByRole('button', { name: 'Rouvrir le mois' }).click();
  await page.getByLabel('Motif de la réouverture').fill('Relevé de Mme Roux corrigé : 2 h');
  await page.getByRole('button', { name: 'Rouvrir le mois' }).last().click();
  await toast(page, /rouvert/);
  await cell(page, CLIENTS.roux, '08/10').focus();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+s');
  await toast(page, 'Heures du mois enregistrées');

  await page.getByRole('button', { name: 'Clôturer le mois' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clôturer le mois' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ne peut pas être clôturé' })).toContainText(CLIENTS.roux);

  await page.goto(`${host.origin}/#/facturation?mois=2026-10`);
  await expect(page.getByText('Rouvert le')).toContainText('Relevé de Mme Roux corrigé : 2 h');
  const diff = page.getByRole('article', { name: `Écart : ${CLIENTS.roux}` });
  await expect(diff.getByRole('row', { name: /Ménage/ })).toContainText(/1\s?h\s?05\s*2\s?h\s*\+\s?0\s?h\s?55/);
  await expect(diff).toContainText('un avoir de 44,38 € sur la facture 2026-0003, puis une nouvelle facture de 65,00 €');
  await diff.getByRole('button', { name: 'Émettre l’avoir et la nouvelle facture' }).click();
  await page.getByRole('dialog').getByLabel('Date d’émission').fill('20/11/2026');
  await page.getByRole('dialog').getByRole('button', { name: 'Émettre la régularisation' }).click();
  await toast(page, 'Régularisation émise : 2026-0004, 2026-0005');
  await expect(page.getByRole('article')).toHaveCount(0);

  await page.goto(`${host.origin}/#/heures?mois=2026-10`);
  await page.getByRole('button', { name: 'Clôturer le mois' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clôturer le mois' }).click();
  await toast(page, "Mois d'octobre 2026 clôturé");
});

test('the journal des ventes balances: debits equal credits, on screen and in its CSV file', async ({ page, host }) => {
  await seedOctober(host);
  await typeHours(page, host);
  await prepareAndIssue(page, host);

  // A payment by CESU préfinancé on the particulier's invoice, and a partial avoir on the mairie's.
  await page.goto(`${host.origin}/#/facturation/factures/3`);
  await page.getByRole('button', { name: 'Enregistrer un paiement' }).click();
  await page.getByLabel('Date du paiement').fill('10/11/2026');
  await page.getByLabel('Montant').fill('20');
  await page.getByLabel('Moyen de paiement').selectOption({ label: 'CESU préfinancé' });
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await toast(page, 'Paiement enregistré');
  await expect(page.getByText('Partiellement payée')).toBeVisible();
  await page.goto(`${host.origin}/#/facturation/factures/2`);
  await page.getByRole('button', { name: 'Émettre un avoir' }).click();
  await page.getByLabel('Date de l\'avoir').fill('12/11/2026');
  await page.getByLabel("Montant de l'avoir").fill('7,50');
  await page.getByLabel('Motif').fill('Pause non facturable');
  await page.getByRole('button', { name: 'Émettre l’avoir' }).click();
  await toast(page, 'Avoir émis');

  await page.goto(`${host.origin}/#/facturation/journal`);
  await page.getByLabel('Du').fill('01/11/2026');
  await page.getByLabel('Au').fill('30/11/2026');
  const totals = page.locator('.billing-totals');
  // Invoices 30,00 + 157,50 + 44,38, the avoir 7,50, the payment 20,00.
  await expect(totals).toContainText(/Total débit : 259,38\s€/);
  await expect(totals).toContainText(/Total crédit : 259,38\s€/);
  await expect(totals).toContainText('Le journal est équilibré.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter' }).click();
  await page.getByRole('menuitem', { name: /Fichier CSV/ }).click();
  const file = await (await download).path();
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  // Text and amounts quoted by the export machinery (db/csv/write.ts); no cell holds a `;` here.
  const rows = text.slice(1).trim().split('\r\n').map((l) => l.split(';').map((c) => c.replace(/^"(.*)"$/, '$1')));
  expect(rows[0]).toEqual(['Date', 'Journal', 'N° de pièce', 'Compte', 'Libellé', 'Débit', 'Crédit']);
  const sum = (col: number) => rows.slice(1).reduce((s, r) => s + Math.round(Number(r[col]!.replace(',', '.')) * 100), 0);
  expect(sum(5)).toBe(25938);
  expect(sum(6)).toBe(25938);
  expect(rows.some((r) => r[1] === 'BQ' && r[3] === '511300' && r[5] === '20,00')).toBe(true);
});
