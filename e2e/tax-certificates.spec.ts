import path from 'node:path';
import { expect, test } from './fixtures';
import { seedYear } from './report-seed';
import { keepImages, printToPdf } from './print';

// Attestations fiscales through the real UI: the year's particuliers listed, one certificate
// printed to PDF and read back with pdftotext. The amounts paid are not recorded yet
// (invoicing): the certificate must say they are missing, never show a made-up amount.

const shots = process.env.PASSERELLE_SHOTS;

test('a particulier’s attestation fiscale holds the organisation, its declaration number, each month’s hours and the hourly price', async ({ page, host }) => {
  test.slow(); // a year seeded through the API, then several screens and a PDF
  await seedYear(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/rapports/attestations?annee=2026`);
  await expect(page.getByRole('heading', { name: 'Attestations fiscales 2026' })).toBeVisible();
  await expect(page.getByText('Montants payés non disponibles.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Attestations fiscales 2026' });
  await expect(table.getByRole('row')).toHaveCount(2); // the particulier only, not the entreprise
  await expect(table.getByRole('row', { name: /Mme Océane ROUX/ }).getByRole('cell')).toHaveText(['12 h', 'non disponible', 'non disponible', "Voir l'attestation"]);
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
  expect(text).toContain('Montant payé en 2026 : non disponible');
  expect(text).not.toContain('Espaces Verts'); // the entreprise's hours are not the particulier's

  // The whole year's batch: one page per particulier.
  await page.goto(`${host.origin}/#/print/attestations-fiscales/2026`);
  const batch = await printToPdf(page, 'attestations');
  expect(batch.pages).toBe(1);
  expect(batch.text).toContain('Mme Océane ROUX');
});
