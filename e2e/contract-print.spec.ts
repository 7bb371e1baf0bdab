import { expect, test, type RunningHost } from './fixtures';
import { api } from './api';
import { keepImages, printToPdf } from './print';

// The contrat de mise à disposition is a print view of the app, laid out on A4 sheets by the
// print mechanism (renderer/print/); the PDF is made by the same Chromium engine Electron prints
// with, then read back as text (poppler's pdftotext).

async function contract(host: RunningHost, extra: { taskDetail: string; ppeNeeded: string }): Promise<number> {
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
      startDate: '2026-12-01',
      endDate: '2027-01-31',
      billedRateCents: 2450,
      wageRateCents: 1202,
      ppeSuppliedBy: 'association',
      ...extra,
    },
    confirmed: ['hors_territoire', 'licenciement_economique', 'adhesion_absente'],
  });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);
  return p.value.id;
}

test('the placement contract prints on one A4 page with the mentions of R5132-20', async ({ page, host }) => {
  const id = await contract(host, { taskDetail: 'Taille des haies du parc', ppeNeeded: 'Gants et lunettes' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/missions/${id}`);
  await page.getByRole('button', { name: 'Imprimer le contrat' }).click();
  const pdf = await printToPdf(page, 'contrat');
  keepImages(pdf, 'contrat-une-page');

  expect(pdf.pages).toBe(1);
  const text = pdf.text;
  expect(text).toContain(`Contrat de mise à disposition n° ${id}`);
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
  expect(text).toContain('Page 1 / 1');
  expect(text).not.toContain('Imprimer'); // no UI chrome
});

test('a contract that runs to two pages carries « Page n / 2 » and its number on each, and its signatures are not alone', async ({ page, host }) => {
  const long = (words: string) => Array.from({ length: 40 }, () => words).join(' ').slice(0, 300).trim();
  const id = await contract(host, {
    taskDetail: long('taille, débroussaillage, ramassage des feuilles et évacuation des déchets verts').slice(0, 200),
    ppeNeeded: long('gants anti-coupure, chaussures de sécurité, lunettes, casque antibruit, visière, jambières de débroussaillage'),
  });
  await page.goto(host.url);
  // A narrower margin of the organisation's identity would not do: the text itself is long.
  await page.goto(`${host.origin}/#/print/contrat/${id}`);
  const pdf = await printToPdf(page, 'contrat-long');
  keepImages(pdf, 'contrat-deux-pages');

  expect(pdf.pages).toBe(2);
  for (const [i, t] of pdf.pageTexts.entries()) {
    expect(t).toContain(`Contrat de mise à disposition n° ${id}`);
    expect(t).toContain(`Page ${i + 1} / 2`);
  }
  // The signatures are on the last page, with the text that precedes them.
  const last = pdf.pageTexts[1]!;
  expect(last).toContain("Pour l'association");
  expect(last).toContain('en deux exemplaires');
  expect(pdf.pageTexts[0]).not.toContain("Pour l'association");
});
