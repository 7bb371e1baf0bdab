import { expect, startHost, test, useSession } from './fixtures';

// A valid SIRET (Luhn) and one with a wrong key.
const GOOD_SIRET = '73282932000074';
const BAD_SIRET = '73282932000075';

test('the office fills the organisation form, saves, reloads and sees its values', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible();

  await page.getByLabel("Nom de l'association").fill("L'Échelier");
  await page.getByLabel('SIRET').fill('732 829 320 00074');
  await page.getByLabel('Adresse', { exact: true }).fill('12 rue des Tanneurs');
  await page.getByLabel('Code postal').fill('69001');
  await page.getByLabel('Commune').fill('Lyon');
  await page.getByLabel('Téléphone').fill('04 72 00 00 00');
  await page.getByLabel('E-mail').fill('accueil@echelier.fr');
  await page.getByLabel('N° de convention / annexe financière').fill('AI-069-2026-01');
  await page.getByLabel('N° de déclaration services à la personne').fill('SAP123456789');
  await page.getByLabel('Taux horaire facturé par défaut').fill('22,5');
  await page.getByLabel('Salaire horaire par défaut').fill('12,02 €');
  await page.getByLabel("Heures annuelles d'un ETP").fill('1600');
  // Leaving a money field shows its normalised value.
  await page.getByLabel('Taux horaire facturé par défaut').press('Tab');
  await expect(page.getByLabel('Taux horaire facturé par défaut')).toHaveValue('22,50');

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toContainText('Paramètres de l’organisation enregistrés');
  // The sidebar shows the organisation's name.
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toContainText("L'Échelier");

  await page.reload();
  await expect(page.getByLabel("Nom de l'association")).toHaveValue("L'Échelier");
  await expect(page.getByLabel('SIRET')).toHaveValue(GOOD_SIRET);
  await expect(page.getByLabel('Commune')).toHaveValue('Lyon');
  await expect(page.getByLabel('Taux horaire facturé par défaut')).toHaveValue('22,50');
  await expect(page.getByLabel('Salaire horaire par défaut')).toHaveValue('12,02');
  await expect(page.getByLabel("Heures annuelles d'un ETP")).toHaveValue('1 600 h');

  // The values are in the database file: a new launch on the same folder shows them.
  await host.stop();
  const again = await startHost(host.dataDir);
  try {
    await useSession(page.context(), again, again.session!);
    await page.goto(again.url);
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await expect(page.getByLabel("Nom de l'association")).toHaveValue("L'Échelier");
    await expect(page.getByLabel('N° de convention / annexe financière')).toHaveValue('AI-069-2026-01');
  } finally {
    await again.stop();
  }
});

test('a bad SIRET shows a French message beside the field and saves nothing', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByLabel("Nom de l'association").fill('Association Test');
  await page.getByLabel('SIRET').fill(BAD_SIRET);
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  const siret = page.getByLabel('SIRET');
  await expect(siret).toHaveAttribute('aria-invalid', 'true');
  await expect(siret).toBeFocused();
  await expect(page.locator('#f-siret-error')).toHaveText(
    "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres.",
  );
  // What was typed is still there.
  await expect(page.getByLabel("Nom de l'association")).toHaveValue('Association Test');

  // Nothing saved: the back end still has no organisation.
  const res = await page.request.post(`${host.origin}/api/settings.getOrganisation`, {
    headers: host.headers,
    data: {},
  });
  const body = await res.json();
  expect(body.ok).toBe(true);
  expect(body.value.configured).toBe(false);
  expect(body.value.name).toBe('');
});

test('the back end refuses a bad SIRET on its own, with the same French message', async ({ request, host }) => {
  const res = await request.post(`${host.origin}/api/settings.saveOrganisation`, {
    headers: host.headers,
    data: { name: 'Test', siret: BAD_SIRET, defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, version: 0 },
  });
  const body = await res.json();
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('validation');
  expect(body.error.fields.siret).toBe("Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres.");
  const check = await request.post(`${host.origin}/api/settings.getOrganisation`, {
    headers: host.headers,
    data: {},
  });
  expect((await check.json()).value.configured).toBe(false);
});

test('the form works from the keyboard: Ctrl+S saves, Échap asks before abandoning', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Paramètres' }).click();
  const name = page.getByLabel("Nom de l'association");
  await expect(name).toBeFocused();
  await page.keyboard.type('Entraide Emploi');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toContainText('enregistrés');

  await name.fill('Autre nom');
  await name.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Abandonner les modifications ?' });
  await expect(dialog).toBeVisible();
  // The safe choice has the focus.
  await expect(dialog.getByRole('button', { name: 'Continuer la saisie' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Abandonner les modifications' }).click();
  await expect(name).toHaveValue('Entraide Emploi');
});

test('leaving the page with unsaved changes asks first', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByLabel("Nom de l'association").fill('Pas encore enregistré');
  await page.getByRole('link', { name: 'Salariés' }).click();
  const dialog = page.getByRole('dialog', { name: 'Abandonner les modifications ?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(page.getByLabel("Nom de l'association")).toHaveValue('Pas encore enregistré');
  await page.getByRole('link', { name: 'Salariés' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Abandonner les modifications' }).click();
  await expect(page.getByRole('heading', { name: 'Salariés' })).toBeVisible();
});
