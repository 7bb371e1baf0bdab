import { expect, test } from './fixtures';
import { api } from './api';
import { daysFromToday, fr } from './dates';

test('creating a placement for a worker whose PASS IAE has expired is blocked with a French message', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Lefèvre', firstName: 'Hélène', birthDate: '1985-03-12', status: 'en_parcours', entryDate: daysFromToday(-800) },
  });
  // Started 800 days ago: expired 70 days ago.
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: daysFromToday(-800) })).ok).toBe(true);
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Martine', city: 'Lyon' } });
  expect(c.ok).toBe(true);

  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Missions' }).click();
  await page.getByRole('link', { name: 'Nouvelle mission' }).first().click();
  await page.getByRole('combobox', { name: 'Salarié', exact: true }).selectOption(String(w.value.id));
  await page.getByRole('combobox', { name: 'Utilisateur', exact: true }).selectOption(String(c.value.id));
  await page.getByRole('combobox', { name: 'Tâche', exact: true }).selectOption({ label: 'Ménage' });
  await page.getByRole('textbox', { name: 'Début', exact: true }).fill(fr(daysFromToday(1)));
  await page.getByRole('textbox', { name: 'Fin', exact: true }).fill(fr(daysFromToday(60)));
  await page.getByLabel('Salaire horaire').fill('12,02');

  // The rules answer as the form is filled…
  const blocking = page.getByRole('alert').filter({ hasText: 'Enregistrement impossible' });
  await expect(blocking).toContainText(`Le PASS IAE a expiré le ${fr(daysFromToday(-800 + 729))}`);
  // …and the save is refused: nothing is created.
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(blocking).toBeVisible();
  const list = await api<{ total: number }>(host, 'placements.list', {});
  expect(list.value.total).toBe(0);
});
