import { expect, test } from './fixtures';
import { api } from './api';

// The one route table: each address shows its screen, the query reaches the screen, and an
// address that matches no route says so.

test('an unknown address shows « Page introuvable », an unknown document « Document introuvable »', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
  for (const route of ['/nulle-part', '/salaries/abc', '/salaries/0/modifier', '/missions/12/supprimer']) {
    await page.goto(`${host.origin}/#${route}`);
    await expect(page.getByRole('heading', { name: 'Page introuvable' }), route).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Retour au tableau de bord' }).click();
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();

  await page.goto(`${host.origin}/#/print/inconnu`);
  await expect(page.getByRole('heading', { name: 'Document introuvable' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toHaveCount(0);
});

test('addresses reach their screen with their parameters, and the section is marked in the sidebar', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName: 'Moreau', firstName: 'Jeanne', birthDate: '1984-06-02' } });
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await page.goto(host.url);

  await page.goto(`${host.origin}/#/salaries/${w.value.id}/modifier`);
  await expect(page.getByLabel('Nom de naissance')).toHaveValue('Moreau');
  await expect(nav.getByRole('link', { name: 'Salariés' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Salariés · Passerelle');

  await page.goto(`${host.origin}/#/missions/nouvelle?salarie=${w.value.id}`);
  await expect(page.getByRole('heading', { name: 'Nouvelle mission' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Salarié', exact: true })).toHaveValue(String(w.value.id));
  await expect(nav.getByRole('link', { name: 'Missions' })).toHaveAttribute('aria-current', 'page');

  await page.goto(`${host.origin}/#/heures?mois=2026-11`);
  await expect(page.getByLabel('Mois', { exact: true })).toHaveValue('novembre 2026');

  await page.goto(`${host.origin}/#/parametres/regles`);
  await expect(page.getByRole('tab', { name: 'Règles des missions' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Règles des missions' }).press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Organisation' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText("Nom de l'association");
  expect(page.url()).toMatch(/#\/parametres$/);
});
