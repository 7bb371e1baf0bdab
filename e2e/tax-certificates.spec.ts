import path from 'node:path';
import { expect, test } from './fixtures';
import { must, seedYear } from './report-seed';
import { api } from './api';
import { keepImages, printToPdf } from './print';

// Attestations fiscales through the real UI: the particuliers who paid in the year listed, one
// certificate printed to PDF and read back with pdftotext: the amount paid, the CESU préfinancés apart.

const shots = process.env.PASSERELLE_SHOTS;

test('a particulier’s attestation fiscale holds the organisation, its declaration number, each month’s hours, the hourly price and the amount paid with the CESU préfinancés apart', async ({ page, host }) => {
  test.slow(); // a year seeded through the API, then several screens and a PDF
  await seedYear(host);
  // April's invoice of Mme Roux (12 h × 22,50 € = 270 €), paid 200 € by cheque and 70 € in CESU préfinancés.
  await must(api(host, 'invoices.prepare', { month: '2026-04' }));
  await must(api(host, 'invoices.issue', { month: '2026-04', issuedOn: '2026-05-04' }));
  const issued = await must(api<{ issued: { id: number; clientName: string; totalCents: number }[] }>(host, 'invoices.month', { month: '2026-04' }));
  const roux = issued.issued.find((i) => i.clientName === 'Mme Océane ROUX')!;
  expect(roux.totalCents).toBe(27000);
  await must(api(host, 'invoices.addPayment', { invoiceId: roux.id, paidOn: '2026-05-20', amountCents: '200', means: 'cheque' }));
  await must(api(host, 'invoices.addPayment', { invoiceId: roux.id, paidOn: '2026-05-20', amountCents: '70', means: 'cesu' }));
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/rapports/attestations?annee=2026`);
  await expect(page.getByRole('heading', { name: 'Attestations fiscales 2026' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Attestations fiscales 2026' });
  await expect(table.getByRole('row')).toHaveCount(2); // the particulier only, not the entreprise
  await expect(table.getByRole('row', { name: /Mme Océane ROUX/ }).getByRole('cell')).toHaveText(['12 h', '270,00 €', '70,00 €', "Voir l'attestation"]);
  if (shots) await page.screenshot({ path: path.join(shots, 'certificates.png') });

  await table.getByRole('link', { name: "Voir l'attestation de Mme Océane ROUX" }).click();
  const pdf = await printToPdf(page, 'attestation');
  keepImages(pdf, 'attestation');
  expect(pdf.pages).toBe(1);
  const text = pdf.text;
  expect(text).toContain('Attestation fiscale — année 2026');
  expect(text).toContain("L'Échelier");
  expect(text).toContain('Déclaration services à la personne n° SAP822456789');
  expect(text).toContain('Mme Océane ROUX');
  expect(text).toMatch(/LEFÈVRE Hélène avril 2026 12 h 22,50\s*€/);
  expect(text).toMatch(/Total des heures en 2026 12 h/);
  expect(text).toMatch(/Montant payé en 2026 270,00\s*€/);
  expect(text).toMatch(/dont CESU préfinancés \(non déductibles\) 70,00\s*€/);
  expect(text).toMatch(/Montant ouvrant droit au crédit d'impôt 200,00\s*€/);
  expect(text).not.toContain('Espaces Verts'); // the entreprise's hours are not the particulier's

  // The whole year's batch: one page per particulier.
  await page.goto(`${host.origin}/#/print/attestations-fiscales/2026`);
  const batch = await printToPdf(page, 'attestations');
  expect(batch.pages).toBe(1);
  expect(batch.text).toContain('Mme Océane ROUX');
});
