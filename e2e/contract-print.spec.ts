import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { api } from './api';

// The contrat de mise à disposition is a print view of the app; the PDF is made by the same
// Chromium engine Electron prints with, then read back as text (poppler's pdftotext).

test('the placement contract prints on one A4 page with the mentions of R5132-20', async ({ page, host }) => {
  expect((await api(host, 'settings.saveOrganisation', { name: "L'Échelier", siret: '73282932000074', defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, city: 'Lyon', postalCode: '69001', conventionNumber: 'AI-069-2026-01', version: 0 })).ok).toBe(true);
  const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName: 'Lefèvre', firstName: 'Hélène', birthDate: '1985-03-12' } });
  await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: '2026-01-05' });
  // Eligible: diagnosed by an authorised prescriber.
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-01-05', authorKind: 'prescripteur' })).ok).toBe(true);
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'entreprise', name: 'Espaces Verts du Rhône', siret: '73282932000074', city: 'Lyon', postalCode: '69003' } });
  await api(host, 'clients.addMembership', { clientId: c.value.id, year: 2026, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' });
  await api(host, 'clients.addMembership', { clientId: c.value.id, year: 2027, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' });
  const p = await api<{ id: number }>(host, 'placements.create', {
    placement: {
      workerId: w.value.id,
      clientId: c.value.id,
      taskKind: 'espaces_verts',
      taskDetail: 'Taille des haies du parc',
      startDate: '2026-12-01',
      endDate: '2027-01-31',
      billedRateCents: 2450,
      wageRateCents: 1202,
      ppeNeeded: 'Gants et lunettes',
      ppeSuppliedBy: 'association',
    },
    confirmed: ['hors_territoire', 'licenciement_economique', 'adhesion_absente'],
  });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/missions/${p.value.id}`);
  await page.getByRole('button', { name: 'Imprimer le contrat' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-pdf-')), 'contrat.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });

  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\b/);
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(`Contrat de mise à disposition n° ${p.value.id}`);
  expect(text).toContain("L'Échelier");
  expect(text).toContain('Espaces Verts du Rhône');
  expect(text).toContain('LEFÈVRE Hélène'); // the worker
  expect(text).toContain('Taille des haies du parc'); // the task
  expect(text).toContain('69003 LYON'); // the place, its town as La Poste writes it
  expect(text).toContain('SIRET 732 829 320 00074'); // spaced, for both parties
  expect(text).toContain('31/01/2027'); // the end date
  expect(text).toMatch(/12,02\s*€ brut de l'heure/); // the pay, for an entreprise
  expect(text).toContain('Gants et lunettes'); // the protective equipment…
  expect(text).toContain("Fournis par l'association : oui."); // …and who supplies it
  expect(text).not.toContain('Imprimer'); // no UI chrome
});
