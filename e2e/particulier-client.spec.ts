import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { api } from './api';

// A private person is registered with civility, last and first name, listed under her last
// name, and addressed as « Mme Jeanne MOREAU » by the documents (here the placement contract).

test('a particulier is created as « Mme Jeanne Moreau », sorted under Moreau, and the contract is addressed to « Mme Jeanne MOREAU »', async ({ page, host }) => {
  expect((await api(host, 'settings.saveOrganisation', { name: "L'Échelier", defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, city: 'Lyon', postalCode: '69001', version: 0 })).ok).toBe(true);
  // Around her in the list: organisations and another particulier. By « Mme … » she would come
  // before « Mode et Couture »; by her last name she comes after it.
  for (const client of [
    { kind: 'entreprise', name: 'Atelier Vert' },
    { kind: 'association', name: 'Mode et Couture' },
    { kind: 'association', name: 'Zèbre et Cie' },
    { kind: 'particulier', civility: 'M.', lastName: 'Bernard', firstName: 'Paul' },
  ]) {
    expect((await api(host, 'clients.create', { client })).ok).toBe(true);
  }

  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Utilisateurs' }).click();
  await page.getByRole('link', { name: 'Ajouter un utilisateur' }).first().click();
  await page.getByLabel("Type d'utilisateur").selectOption({ label: 'Particulier' });
  // A particulier has no raison sociale: civility, last and first name instead.
  await expect(page.getByLabel('Raison sociale')).toHaveCount(0);
  await page.getByLabel('Civilité').selectOption({ label: 'Madame' });
  await page.getByLabel(/^Nom/).fill('Moreau');
  await page.getByLabel('Prénom').fill('Jeanne');
  await page.getByLabel('Adresse de facturation').fill('8 allée des Tilleuls');
  await page.getByLabel('Code postal').fill('69003');
  await page.getByLabel('Commune').fill('Lyon');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Mme Jeanne MOREAU' })).toBeVisible();
  const id = Number(/#\/utilisateurs\/(\d+)/.exec(page.url())![1]);

  await page.getByRole('navigation').getByRole('link', { name: 'Utilisateurs' }).click();
  const table = page.getByRole('table', { name: 'Liste des utilisateurs' });
  await expect(table.getByRole('row', { name: /Mme Jeanne MOREAU/ })).toBeVisible();
  const order = await table.getByRole('row').allInnerTexts();
  const names = ['Atelier Vert', 'M. Paul BERNARD', 'Mode et Couture', 'Mme Jeanne MOREAU', 'Zèbre et Cie'];
  expect(names.map((n) => order.findIndex((row) => row.includes(n)))).toEqual([1, 2, 3, 4, 5]);
  await page.getByLabel('Rechercher un utilisateur').fill('moreau');
  await expect(page.getByText('1 utilisateur', { exact: true })).toBeVisible();

  const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName: 'Lefèvre', firstName: 'Hélène', birthDate: '1985-03-12' } });
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: '2026-01-05' })).ok).toBe(true);
  // Eligible: diagnosed by an authorised prescriber.
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-01-05', authorKind: 'prescripteur' })).ok).toBe(true);
  const p = await api<{ id: number }>(host, 'placements.create', {
    placement: { workerId: w.value.id, clientId: id, taskKind: 'menage', startDate: '2026-12-01', endDate: '2027-01-31', billedRateCents: 2450, wageRateCents: 1202 },
    confirmed: ['hors_territoire', 'adhesion_absente'],
  });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);

  await page.goto(`${host.origin}/#/missions/${p.value.id}`);
  await expect(page.getByRole('heading', { name: 'Mission : LEFÈVRE Hélène chez Mme Jeanne MOREAU' })).toBeVisible();
  await page.getByRole('button', { name: 'Imprimer le contrat' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-pdf-')), 'contrat.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  // The addressee (top right, with her address), the parties, the signature: always the same name.
  expect(text).toContain('Mme Jeanne MOREAU 8 allée des Tilleuls 69003 LYON');
  expect(text).toMatch(/et Mme Jeanne MOREAU, ci-\s?après « l'utilisateur »/);
  expect(text.split('Mme Jeanne MOREAU')).toHaveLength(4);
  expect(text).not.toContain('Moreau');
});
