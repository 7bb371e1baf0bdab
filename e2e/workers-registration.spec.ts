import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, countRows } from './api';

// A valid NIR: key = 97 − (2690549588157 mod 97) = 80.
const NIR = '2 69 05 49 588 157 80';

function isoToFr(iso: string) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

async function fillNewWorker(page: Page, fields: { birthName: string; firstName: string; birthDate: string }) {
  await page.getByLabel('Civilité').selectOption({ label: 'Madame' });
  await page.getByLabel('Nom de naissance').fill(fields.birthName);
  await page.getByLabel('Prénom').fill(fields.firstName);
  await page.getByLabel('Date de naissance').fill(fields.birthDate);
}

test('the assistant registers a worker with her PASS IAE and a diagnosis, and sees the PASS status', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Salariés' }).click();
  await expect(page.getByText('Aucun salarié.')).toBeVisible();
  await page.getByRole('link', { name: 'Ajouter un salarié' }).first().click();

  await fillNewWorker(page, { birthName: 'Dupont-Lefèvre', firstName: 'Hélène', birthDate: '12/03/1985' });
  await page.getByLabel('NIR (n° de sécurité sociale)').fill(NIR);
  await page.getByLabel('Statut').selectOption({ label: 'En parcours' });
  await page.getByLabel("Date d'entrée").fill('1/9/26');
  await page.getByLabel('Référent (CIP)').fill('Claire Martin');
  await page.getByLabel('Commune').fill('Lyon');
  await page.getByLabel('Ménage', { exact: true }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Salarié enregistré' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Madame DUPONT-LEFÈVRE Hélène' })).toBeVisible();
  await expect(page.getByText('Pas de PASS').first()).toBeVisible();

  // The PASS IAE started 18 months ago: valid, ending in about 6 months.
  const start = new Date();
  start.setMonth(start.getMonth() - 18);
  const startIso = start.toISOString().slice(0, 10);
  await page.getByRole('button', { name: 'Enregistrer le PASS IAE' }).click();
  await page.getByLabel('N° de PASS IAE').fill('9999 9261 2345');
  await page.getByLabel('Début du PASS').fill(isoToFr(startIso));
  await page.getByLabel('Début du PASS').press('Tab');
  await page.getByRole('button', { name: 'Enregistrer le PASS IAE' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'PASS IAE enregistré' })).toBeVisible();
  const pass = page.getByRole('region', { name: 'PASS IAE' });
  await expect(pass.getByText('99999 26 12345')).toBeVisible(); // grouped as the State platform shows it
  await expect(pass.getByText('PASS valide')).toBeVisible();
  // End date: start + 730 days − 1.
  const end = new Date(`${startIso}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 729);
  await expect(pass.getByText(isoToFr(end.toISOString().slice(0, 10)))).toBeVisible();

  // A diagnosis by the association with one level-2 criterion is not enough; two are.
  await page.getByRole('button', { name: 'Ajouter un diagnostic' }).click();
  const form = page.getByRole('form', { name: "Diagnostic d'éligibilité" });
  await form.getByLabel('Senior (50 ans et plus)').check();
  await expect(form.getByRole('status')).toContainText('Non éligible');
  await form.getByLabel('Résidant en QPV').check();
  await expect(form.getByRole('status')).toContainText('Éligible');
  await form.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
  const eligibility = page.getByRole('region', { name: 'Éligibilité' });
  await expect(eligibility.getByText('Éligible', { exact: true })).toBeVisible();

  // The list shows the PASS status too.
  await page.getByRole('navigation').getByRole('link', { name: 'Salariés' }).click();
  const row = page.getByRole('row', { name: /DUPONT-LEFÈVRE Hélène/ });
  await expect(row.getByText('PASS valide')).toBeVisible();
  await expect(page.getByText('1 salarié', { exact: true })).toBeVisible();
});

test('a bad NIR key, an invalid date and an empty name each show their French message and save nothing', async ({ page, host }) => {
  await page.goto(`${host.url}`);
  await page.goto(`${host.origin}/#/salaries/nouveau`);

  // Empty name.
  await page.getByLabel('Civilité').selectOption({ label: 'Monsieur' });
  await page.getByLabel('Prénom').fill('Karim');
  await page.getByLabel('Date de naissance').fill('05/06/1990');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('#f-birthName-error')).toHaveText('Ce champ est obligatoire.');
  await expect(page.getByLabel('Nom de naissance')).toBeFocused();

  // Invalid date.
  await page.getByLabel('Nom de naissance').fill('Benali');
  await page.getByLabel('Date de naissance').fill('31/02/1990');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('#f-birthDate-error')).toHaveText("Cette date n'existe pas.");
  await expect(page.locator('#f-birthName-error')).toHaveCount(0);

  // Bad NIR key.
  await page.getByLabel('Date de naissance').fill('05/06/1990');
  await page.getByLabel('NIR (n° de sécurité sociale)').fill('1 90 06 75 123 456 99');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('#f-nir-error')).toHaveText(
    'Ce NIR est faux : sa clé ne correspond pas aux 13 premiers caractères. Vérifiez la carte Vitale.',
  );
  // Everything typed is still there, and nothing was saved.
  await expect(page.getByLabel('Nom de naissance')).toHaveValue('Benali');
  expect(await countRows(host, 'workers.list')).toBe(0);
});

test('the back end refuses a bad NIR even when the page is bypassed', async ({ host }) => {
  const r = await api(host, 'workers.create', {
    worker: { civility: 'M.', birthName: 'Benali', firstName: 'Karim', birthDate: '1990-06-05', nir: '190067512345699' },
  });
  expect(r.ok).toBe(false);
  expect(r.error?.fields?.['worker.nir']).toMatch(/^Ce NIR est faux/);
  expect(await countRows(host, 'workers.list')).toBe(0);
});

test('search as you type finds accented names without accents, and a duplicate is flagged with a link', async ({ page, host }) => {
  for (const [birthName, firstName] of [
    ['Dupont-Lefèvre', 'Hélène'],
    ['Durand', 'Éloïse'],
    ['Martin', 'Paul'],
  ]) {
    const r = await api(host, 'workers.create', { worker: { civility: 'Mme', birthName, firstName, birthDate: '1980-01-01' } });
    expect(r.ok).toBe(true);
  }
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Salariés' }).click();
  await expect(page.getByText('3 salariés')).toBeVisible();
  const search = page.getByLabel('Rechercher un salarié');
  await expect(search).toBeFocused();
  // Sortable columns: by name, then the other way round.
  const table = page.getByRole('table', { name: 'Liste des salariés' });
  const firstRow = table.getByRole('rowgroup').nth(1).getByRole('row').first();
  await expect(firstRow).toContainText('DUPONT-LEFÈVRE Hélène');
  await table.getByRole('button', { name: 'Nom' }).click();
  await expect(table.getByRole('columnheader', { name: /Nom/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRow).toContainText('MARTIN Paul');
  await table.getByRole('button', { name: 'Nom' }).click();
  await search.fill('helene');
  await expect(page.getByText('1 salarié', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /DUPONT-LEFÈVRE Hélène/ })).toBeVisible();
  await search.fill('dupont lef');
  await expect(page.getByRole('row', { name: /DUPONT-LEFÈVRE Hélène/ })).toBeVisible();
  await search.fill('ELOISE');
  await expect(page.getByRole('row', { name: /DURAND Éloïse/ })).toBeVisible();
  await expect(page.getByText('1 salarié', { exact: true })).toBeVisible();
  // Keyboard: ↓ from the search box into the list, Entrée opens the record.
  await search.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Madame DURAND Éloïse' })).toBeVisible();

  // Same name and birth date as an existing worker: a warning that links to her.
  await page.goto(`${host.origin}/#/salaries/nouveau`);
  await fillNewWorker(page, { birthName: 'DURAND', firstName: 'Eloise', birthDate: '01/01/1980' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'doublon possible' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link', { name: 'Voir la fiche de DURAND Éloïse' })).toBeVisible();
  expect(await countRows(host, 'workers.list')).toBe(3);
  await warning.getByRole('button', { name: 'Créer quand même' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Salarié enregistré' })).toBeVisible();
  expect(await countRows(host, 'workers.list')).toBe(4);
});
