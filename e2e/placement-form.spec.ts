import { expect, test } from './fixtures';
import { api } from './api';
import { daysFromToday, fr } from './dates';

test('a new placement for a chosen worker: the rate follows the client, Ctrl+S asks to confirm the warnings, then saves', async ({ page, host }) => {
  expect((await api(host, 'settings.saveOrganisation', { name: "L'Échelier", defaultBilledRateCents: 2200, defaultWageRateCents: 1202, etpAnnualMinutes: 96420, version: 0 })).ok).toBe(true);
  const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName: 'Moreau', firstName: 'Jeanne', birthDate: '1984-06-02' } });
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: daysFromToday(-30) })).ok).toBe(true);
  // No membership this year: a warning to confirm, not a refusal.
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'collectivite', name: 'Mairie de Bron', hourlyRateCents: 2450 } });
  expect(c.ok, JSON.stringify(c.error)).toBe(true);

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/missions/nouvelle?salarie=${w.value.id}`);
  await expect(page.getByRole('combobox', { name: 'Salarié', exact: true })).toHaveValue(String(w.value.id));
  await expect(page.getByText(/PASS IAE valide, fin le/)).toBeVisible();
  // The worker is chosen: the keyboard starts on the client.
  await expect(page.getByRole('combobox', { name: 'Utilisateur', exact: true })).toBeFocused();
  await expect(page.getByLabel('Salaire horaire')).toHaveValue('12,02');

  await page.getByRole('combobox', { name: 'Utilisateur', exact: true }).selectOption(String(c.value.id));
  await expect(page.getByLabel('Taux horaire facturé')).toHaveValue('24,50');
  await page.getByRole('combobox', { name: 'Tâche', exact: true }).selectOption({ label: 'Ménage' });
  await page.getByRole('textbox', { name: 'Début', exact: true }).fill(fr(daysFromToday(1)));
  await page.getByRole('textbox', { name: 'Fin', exact: true }).fill(fr(daysFromToday(30)));
  await expect(page.locator('.placement-issues')).toContainText('Avertissement');

  await page.getByLabel('Notes').press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Confirmer la mission ?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Revenir' }).click();
  expect((await api<{ total: number }>(host, 'placements.list', {})).value.total).toBe(0);

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await dialog.getByRole('button', { name: 'Enregistrer malgré ces avertissements' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mission enregistrée' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mission : MOREAU Jeanne chez Mairie de Bron' })).toBeVisible();
  const list = await api<{ rows: { id: number }[] }>(host, 'placements.list', {});
  const saved = await api<{ billedRateCents: number; wageRateCents: number }>(host, 'placements.get', { id: list.value.rows[0]!.id });
  expect(saved.value).toMatchObject({ billedRateCents: 2450, wageRateCents: 1202 });
});
