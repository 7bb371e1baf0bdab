import { expect, test } from './fixtures';
import { api } from './api';

// No silent overwrite (issue 9): two pages on the same record. The first saves; the second's
// save is refused with the fields changed since, what was typed stays, and the user takes in the
// other changes (or keeps theirs) before saving again.

test('two pages edit the same worker: the second save is refused naming the phone, keeps what was typed, then takes in the change', async ({ page, context, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Moreau', firstName: 'Jeanne', birthDate: '1984-06-02', phone: '06 11 11 11 11', city: 'Lyon' },
  });
  const edit = `${host.url}#/salaries/${w.value.id}/modifier`;
  const other = await context.newPage();
  await page.goto(edit);
  await other.goto(edit);
  await expect(page.getByLabel('Téléphone')).toHaveValue('06 11 11 11 11');
  await expect(other.getByLabel('Téléphone')).toHaveValue('06 11 11 11 11');

  // Page 1 changes the phone and saves.
  await page.getByLabel('Téléphone').fill('06 22 22 22 22');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fiche du salarié enregistrée' })).toBeVisible();

  // Page 2, read before, changes the town: refused, the town it typed still there.
  await other.getByLabel('Commune').fill('Villeurbanne');
  await other.getByRole('button', { name: 'Enregistrer' }).click();
  const notice = other.getByRole('alert').filter({ hasText: 'Enregistrement refusé' });
  await expect(notice).toContainText(/Ce salarié a été modifié entre-temps par .+ : téléphone\. Vos saisies sont conservées : vérifiez puis enregistrez à nouveau\./);
  await expect(other.getByLabel('Commune')).toHaveValue('Villeurbanne');
  await expect(other.getByLabel('Téléphone')).toHaveValue('06 11 11 11 11');
  expect((await api<{ city: string; phone: string }>(host, 'workers.get', { id: w.value.id })).value).toMatchObject({ city: 'Lyon', phone: '06 22 22 22 22' });

  // Taking in what was saved meanwhile: the phone follows, the town typed stays.
  await notice.getByRole('button', { name: 'Reprendre les modifications enregistrées' }).click();
  await expect(notice).toHaveCount(0);
  await expect(other.getByLabel('Téléphone')).toHaveValue('06 22 22 22 22');
  await expect(other.getByLabel('Commune')).toHaveValue('Villeurbanne');
  await other.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Fiche du salarié enregistrée' })).toBeVisible();
  expect((await api<{ city: string; phone: string; version: number }>(host, 'workers.get', { id: w.value.id })).value).toMatchObject({
    city: 'Villeurbanne',
    phone: '06 22 22 22 22',
    version: 3,
  });
});

test('two pages on the organisation settings: the second is refused, keeps its values, and saves them once the user keeps them', async ({ page, context, host }) => {
  expect((await api(host, 'settings.saveOrganisation', { name: "L'Échelier", defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, version: 0 })).ok).toBe(true);
  const other = await context.newPage();
  await page.goto(`${host.url}#/parametres`);
  await other.goto(`${host.url}#/parametres`);
  await expect(other.getByLabel("Nom de l'association")).toHaveValue("L'Échelier");

  await page.getByLabel('Commune').fill('Lyon');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paramètres de l’organisation enregistrés' })).toBeVisible();

  await other.getByLabel('Téléphone').fill('04 78 00 00 00');
  await other.keyboard.press('Control+s');
  const notice = other.getByRole('alert').filter({ hasText: 'Enregistrement refusé' });
  await expect(notice).toContainText(/Les paramètres de l'organisation ont été modifiés entre-temps par .+ : commune\./);
  await expect(other.getByLabel('Téléphone')).toHaveValue('04 78 00 00 00');

  await notice.getByRole('button', { name: 'Garder mes saisies' }).click();
  await other.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Paramètres de l’organisation enregistrés' })).toBeVisible();
  // Kept as typed: the town the other page saved is replaced, by choice.
  expect((await api<{ phone: string; city: string | null }>(host, 'settings.getOrganisation', {})).value).toMatchObject({ phone: '04 78 00 00 00', city: null });
});
