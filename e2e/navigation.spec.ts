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

test('the whole navigation is in place, in French, and every section opens its own screen', async ({ page, host }) => {
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

  // Every section is built now: none says « pas encore disponible » any more.
  for (const label of ['Facturation', 'Suivi', 'Rapports']) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { name: label, level: 1 })).toBeVisible();
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText("Cette partie de Passerelle n'est pas encore disponible.")).toHaveCount(0);
  }
});

test('Ctrl+K searches workers, clients and placements from anywhere, and Entrée opens the record', async ({ page, host }) => {
  const headers = host.headers;
  await page.request.post(`${host.origin}/api/workers.create`, {
    headers,
    data: { worker: { civility: 'Mme', birthName: 'Dupont-Lefèvre', firstName: 'Hélène', birthDate: '1985-03-12' } },
  });
  await page.request.post(`${host.origin}/api/clients.create`, { headers, data: { client: { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Hélène' } } });
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Rechercher partout (Ctrl+K)' });
  await expect(box).toBeFocused();
  await page.keyboard.type('helene');
  const results = page.getByRole('listbox', { name: 'Résultats de la recherche' });
  await expect(results.getByRole('option')).toHaveCount(2);
  await expect(results.getByRole('option').nth(0)).toContainText('DUPONT-LEFÈVRE Hélène');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mme Hélène ROUX' })).toBeVisible();
});
