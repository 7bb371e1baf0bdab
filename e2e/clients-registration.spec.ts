import { expect, test } from './fixtures';
import { countRows } from './api';

test('a client with a bad SIRET is refused with a French message, a good one is saved with its membership', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Utilisateurs' }).click();
  await page.getByRole('link', { name: 'Ajouter un utilisateur' }).first().click();
  await page.getByLabel("Type d'utilisateur").selectOption({ label: 'Entreprise' });
  await page.getByLabel('Raison sociale').fill('Espaces Verts du Rhône');
  await page.getByLabel('SIRET').fill('732 829 320 00075');
  // An entreprise counts towards the 480 hours by default.
  await expect(page.getByLabel('Ses heures comptent dans les 480 h')).toBeChecked();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('#f-siret-error')).toHaveText("Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres.");
  expect(await countRows(host, 'clients.list')).toBe(0);

  await page.getByLabel('SIRET').fill('73282932000074');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Espaces Verts du Rhône' })).toBeVisible();
  await expect(page.getByText(/Adhésion \d{4} manquante/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Enregistrer une adhésion' }).click();
  await page.getByLabel('Montant').fill('20');
  await page.getByLabel('Moyen de paiement').selectOption({ label: 'Virement' });
  await page.getByRole('button', { name: "Enregistrer l'adhésion" }).click();
  await expect(page.getByText(/Adhésion \d{4} payée/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Adhésions' })).toContainText('20,00');

  // The list of clients whose membership is missing no longer shows it.
  await page.getByRole('navigation').getByRole('link', { name: 'Utilisateurs' }).click();
  await page.getByLabel(/Adhésion \d{4}/).selectOption({ label: 'Manquante' });
  await expect(page.getByText('Aucun utilisateur ne correspond à ces critères.')).toBeVisible();
  await page.getByLabel(/Adhésion \d{4}/).selectOption({ label: 'Payée' });
  await expect(page.getByRole('row', { name: /Espaces Verts du Rhône/ })).toBeVisible();
  await page.getByLabel('Rechercher un utilisateur').fill('rhone');
  await expect(page.getByText('1 utilisateur', { exact: true })).toBeVisible();
});
