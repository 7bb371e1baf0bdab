import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { seedYear } from './report-seed';

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
  await expect(table.getByRole('row', { name: /Mme Océane ROUX/ }).getByRole('cell')).toHaveText(['12 h', 'non disponible', 'non disponible', 'Imprimer']);
  if (shots) await page.screenshot({ path: path.join(shots, 'certificates.png') });

  await table.getByRole('link', { name: "Imprimer l'attestation de Mme Océane ROUX" }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const dir = shots ?? fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-pdf-'));
  const pdf = path.join(dir, 'attestation.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Attestation fiscale — année 2026');
  expect(flat).toContain("L'Échelier");
  expect(flat).toContain('Déclaration services à la personne n° SAP822456789');
  expect(flat).toContain('Mme Océane ROUX');
  expect(text).toMatch(/LEFÈVRE Hélène\s+avril 2026\s+12 h\s+22,50\s*€/);
  expect(text).toMatch(/Total des heures en 2026\s+12 h/);
  expect(flat).toContain('Montant payé en 2026 : non disponible');
  expect(flat).not.toContain('Espaces Verts'); // the entreprise's hours are not the particulier's
  if (shots) execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(dir, 'attestation-page')]);

  // The whole year's batch: one page per particulier.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${host.origin}/#/print/attestations-fiscales/2026`);
  await expect(page.locator('main.certificate')).toHaveCount(1);
});
