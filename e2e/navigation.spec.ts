import { expect, test } from './fixtures';

const SECTIONS = [
  'Tableau de bord',
  'Salariés',
  'Utilisateurs',
  'Missions',
  'Heures',
  'Facturation',
  'Suivi',
  'Rapports',
  'Sauvegardes',
  'Paramètres',
];

test('the whole navigation is in place, in French, and unbuilt sections say so plainly', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page).toHaveTitle('Passerelle');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  for (const label of SECTIONS) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  // First launch: the dashboard asks for the organisation's identity, as a link.
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
  await page.getByRole('link', { name: /Renseigner l'identité de l'organisation/ }).click();
  await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible();

  await nav.getByRole('link', { name: 'Facturation' }).click();
  await expect(page.getByRole('heading', { name: 'Facturation' })).toBeVisible();
  await expect(page.getByText("Cette partie de Passerelle n'est pas encore disponible.")).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Facturation' })).toHaveAttribute('aria-current', 'page');
});
