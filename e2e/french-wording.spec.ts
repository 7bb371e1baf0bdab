import { expect, test } from './fixtures';
import { api } from './api';

// The screens read as an office user reads them: French elision where a sentence is built
// (« le mois d'octobre », « un tableau d'utilisateurs », « la fiche d'HAMIDI Inès »), each thing
// said once, and no text meant for developers.

test('built sentences elide « de » before a vowel: the month of October, a table of utilisateurs, the record of HAMIDI Inès', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'M.', birthName: 'Arnaud', firstName: 'Éric', birthDate: '1985-03-12', status: 'en_parcours', entryDate: '2026-09-01' },
  });
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: '2026-09-01' })).ok).toBe(true);
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-09-01', authorKind: 'prescripteur' })).ok).toBe(true);
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Martine', city: 'Lyon' } });
  const p = await api(host, 'placements.create', {
    placement: { workerId: w.value.id, clientId: c.value.id, taskKind: 'menage', startDate: '2026-10-01', endDate: '2026-10-31', billedRateCents: 2250, wageRateCents: 1202 },
    confirmed: ['adhesion_absente'],
  });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);
  const other = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Hamidi', firstName: 'Inès', birthDate: '1990-03-12', status: 'candidat' },
  });

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/heures?mois=2026-10`);
  await page.getByRole('button', { name: 'Clôturer le mois' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText("Clôturer le mois d'octobre 2026 ?");
  await expect(dialog).toContainText("Les heures d'octobre 2026 ne pourront plus être modifiées");
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  await page.goto(`${host.origin}/#/utilisateurs/import`);
  await expect(page.getByText(/Choisissez un tableau d'utilisateurs enregistré depuis Excel/)).toBeVisible();
  await page.goto(`${host.origin}/#/salaries/import`);
  await expect(page.getByText(/Choisissez un tableau de salariés enregistré depuis Excel/)).toBeVisible();

  await page.goto(`${host.origin}/#/salaries/${other.value.id}`);
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByRole('dialog')).toContainText("La fiche d'HAMIDI Inès sera effacée.");
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
});

test('an eligible diagnosis says « éligible » once, and the settings speak to the office, not to developers', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Moreau', firstName: 'Hélène', birthDate: '1968-07-21', status: 'candidat' },
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries/${w.value.id}`);
  await page.getByRole('button', { name: 'Ajouter un diagnostic' }).click();
  await page.getByRole('checkbox', { name: 'Senior (50 ans et plus)' }).check();
  await page.getByRole('checkbox', { name: 'Résidant en QPV' }).check();
  const verdict = page.getByRole('status').filter({ hasText: 'Éligible' });
  await expect(verdict).toHaveText('Éligible : 2 critères de niveau 2.');
  await page.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
  const diagnosis = page.locator('.diagnosis');
  await expect(diagnosis).toContainText('Éligible');
  await expect(diagnosis).toContainText('2 critères de niveau 2.');
  expect((await diagnosis.innerText()).match(/éligible/gi)).toHaveLength(1);

  await page.goto(`${host.origin}/#/parametres/regles`);
  await expect(page.getByText(/Décompte des 480 heures/).first()).toBeVisible();
  await expect(page.getByText(/source secondaire/)).toHaveCount(0);
  await expect(page.getByText(/À vérifier avec votre DDETS/).first()).toBeVisible();
});
