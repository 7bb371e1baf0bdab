import type { Page } from '@playwright/test';
import { expect, test, type RunningHost } from './fixtures';
import { api } from './api';
import { daysFromToday, fr } from './dates';

// The placement rules that let the wrong thing through (issue 8), in the real form: the worker's
// eligibility, the economic layoff's post chosen among the tasks, and the confirmation kept.

async function worker(host: RunningHost, birthName: string, diagnosis: { authorKind: string; criteria: string[] } | null) {
  const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName, firstName: 'Jeanne', birthDate: '1984-06-02' } });
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: `${birthName.slice(0, 4).toUpperCase()}11112222`, startDate: daysFromToday(-30) })).ok).toBe(true);
  if (diagnosis) expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: daysFromToday(-30), ...diagnosis })).ok).toBe(true);
  return w.value.id;
}

async function fillPlacement(page: Page, workerId: number, clientId: number, task: string) {
  await page.goto(`${page.url().split('#')[0]}#/missions/nouvelle?salarie=${workerId}`);
  await page.getByRole('combobox', { name: 'Utilisateur', exact: true }).selectOption(String(clientId));
  await page.getByRole('combobox', { name: 'Tâche', exact: true }).selectOption({ label: task });
  await page.getByLabel('Précision sur la tâche').fill('Chargement des camions');
  await page.getByRole('textbox', { name: 'Début', exact: true }).fill(fr(daysFromToday(1)));
  await page.getByRole('textbox', { name: 'Fin', exact: true }).fill(fr(daysFromToday(30)));
  await page.getByLabel('Salaire horaire').fill('12,02');
}

test('a worker whose diagnosis by the association does not meet the rule is refused; no diagnosis asks to confirm', async ({ page, host }) => {
  const notEligible = await worker(host, 'Moreau', { authorKind: 'structure', criteria: ['jeune'] });
  const undiagnosed = await worker(host, 'Durand', null);
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'collectivite', name: 'Mairie de Bron', hourlyRateCents: 2450 } });
  await api(host, 'clients.addMembership', { clientId: c.value.id, year: Number(daysFromToday(1).slice(0, 4)), amountCents: 2000, paidOn: daysFromToday(-1), means: 'cheque' });
  await api(host, 'clients.addMembership', { clientId: c.value.id, year: Number(daysFromToday(30).slice(0, 4)), amountCents: 2000, paidOn: daysFromToday(-1), means: 'cheque' });

  await page.goto(host.url);
  await fillPlacement(page, notEligible, c.value.id, 'Ménage');
  const blocking = page.getByRole('alert').filter({ hasText: 'Enregistrement impossible' });
  await expect(blocking).toContainText("Le dernier diagnostic d'éligibilité");
  await expect(blocking).toContainText("par l'association) ne permet pas la mise à disposition : Il faut 1 critère de niveau 1 ou 2 critères de niveau 2");
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Mission non enregistrée' })).toBeVisible();
  expect((await api<{ total: number }>(host, 'placements.list', {})).value.total).toBe(0);

  // Another worker, with no diagnosis at all: a warning to confirm.
  await page.getByRole('combobox', { name: 'Salarié', exact: true }).selectOption(String(undiagnosed));
  await expect(page.locator('.placement-issues')).toContainText("Aucun diagnostic d'éligibilité n'est enregistré pour ce salarié. Vérifiez qu'il remplit la règle");
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirmer la mission ?' });
  await expect(dialog).toContainText("Aucun diagnostic d'éligibilité");
  await dialog.getByRole('button', { name: 'Enregistrer malgré ces avertissements' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mission enregistrée' })).toBeVisible();
});

test('the layoff post is a task: the same task is refused, another is confirmed once, recorded and shown as confirmed', async ({ page, host }) => {
  const w = await worker(host, 'Lefevre', { authorKind: 'prescripteur', criteria: [] });
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'entreprise', name: 'Transports Rhône', hourlyRateCents: 2450 } });
  for (const d of [1, 30]) {
    await api(host, 'clients.addMembership', { clientId: c.value.id, year: Number(daysFromToday(d).slice(0, 4)), amountCents: 2000, paidOn: daysFromToday(-1), means: 'cheque' });
  }

  // The office records the layoff on the client's form, the post chosen among the tasks.
  await page.goto(`${host.url}#/utilisateurs/${c.value.id}/modifier`);
  await page.getByLabel('Dernier licenciement économique').fill(fr(daysFromToday(-60)));
  const post = page.getByRole('combobox', { name: 'Poste concerné' });
  await post.selectOption({ label: 'Manutention' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(`le ${fr(daysFromToday(-60))}, poste : Manutention`)).toBeVisible();

  // A placement on the same task: refused, as the form says before saving.
  await fillPlacement(page, w, c.value.id, 'Manutention');
  const blocking = page.getByRole('alert').filter({ hasText: 'Enregistrement impossible' });
  await expect(blocking).toContainText(`Licenciement économique le ${fr(daysFromToday(-60))} sur le poste « Manutention » : pas de mise à disposition sur ce poste`);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  expect((await api<{ total: number }>(host, 'placements.list', {})).value.total).toBe(0);

  // Another task: a warning, confirmed once.
  await page.getByRole('combobox', { name: 'Tâche', exact: true }).selectOption({ label: 'Ménage' });
  await expect(page.locator('.placement-issues')).toContainText('Confirmez que le poste est différent', { ignoreCase: true });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('dialog', { name: 'Confirmer la mission ?' }).getByRole('button', { name: 'Enregistrer malgré ces avertissements' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mission enregistrée' })).toBeVisible();

  // The placement's page shows who confirmed and when, and asks nothing any more.
  const confirmed = page.getByRole('status', { name: 'Avertissements confirmés' });
  await expect(confirmed).toContainText('sur le poste « Manutention » ; la mission porte sur « Ménage ».');
  await expect(confirmed).toContainText(/confirmé par .+ le \d\d\/\d\d\/\d{4}/);
  await expect(page.getByText(/confirmez que le poste est différent/i)).toHaveCount(0);
  const list = await api<{ rows: { id: number }[] }>(host, 'placements.list', {});
  const audit = await api<{ issues: { confirmation?: { by: string } }[] }>(host, 'placements.get', { id: list.value.rows[0]!.id });
  expect(audit.value.issues[0]!.confirmation?.by).toBeTruthy();

  // Edited and saved again: not asked again.
  await page.getByRole('link', { name: 'Modifier' }).click();
  await page.getByLabel('Notes').fill('Clés à l’accueil');
  await expect(page.getByRole('status', { name: 'Avertissements confirmés' })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mission enregistrée' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Confirmer la mission ?' })).toHaveCount(0);
});
