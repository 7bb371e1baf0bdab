import { expect, test } from './fixtures';
import { api } from './api';
import { daysFromToday, fr } from './dates';

// « Travaux interdits » is the list of article D4154-1 of the Code du travail (works exposing to
// asbestos, some dangerous chemicals, hard-metal dust, ionising radiation…), not the
// association's everyday tasks; the placement form asks whether the work exposes the worker.

test('the setting offers the works article D4154-1 names, all ticked, and keeps what is unticked', async ({ page, host }) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/parametres/regles`);
  const list = page.getByRole('group', { name: 'Travaux auxquels une mission ne peut pas exposer le salarié' });
  const boxes = list.getByRole('checkbox');
  await expect(boxes).toHaveCount(27);
  for (const work of [/^Amiante : entretien ou maintenance sur des flocages ou calorifugeages/, /^Poussières de métaux durs/, /^Rayonnements ionisants/, /^Travaux de désinsectisation des bois/, /^Chlorure de vinyle/]) {
    await expect(list.getByRole('checkbox', { name: work })).toBeChecked();
  }
  // Not the association's everyday tasks.
  for (const task of ['Ménage', 'Déménagement', 'Manutention', 'Second œuvre du bâtiment']) await expect(list.getByText(task, { exact: true })).toHaveCount(0);
  await expect(page.getByText(/À vérifier : la liste de l'article D4154-1/)).toBeVisible();

  await list.getByRole('checkbox', { name: /^Poussières de métaux durs/ }).uncheck();
  await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Règles enregistrées' })).toBeVisible();
  const rules = await api<{ forbiddenWork: string[] }>(host, 'settings.getRules', {});
  expect(rules.value.forbiddenWork).toHaveLength(26);
  expect(rules.value.forbiddenWork).not.toContain('metaux_durs');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Poussières de métaux durs/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Amiante/ })).toBeChecked();
});

test('the placement form asks whether the work exposes the worker to one of them: yes is refused', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'M.', birthName: 'Arnaud', firstName: 'Éric', birthDate: '1985-03-12', status: 'en_parcours', entryDate: daysFromToday(-30) },
  });
  expect((await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: daysFromToday(-30) })).ok).toBe(true);
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: daysFromToday(-30), authorKind: 'prescripteur' })).ok).toBe(true);
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Martine', city: 'Lyon' } });
  await api(host, 'clients.addMembership', { clientId: c.value.id, year: String(new Date().getFullYear()), amountCents: '20,00', paidOn: fr(daysFromToday(-1)), means: 'cheque' });

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/missions/nouvelle?salarie=${w.value.id}`);
  await page.getByRole('combobox', { name: 'Utilisateur', exact: true }).selectOption(String(c.value.id));
  await page.getByRole('combobox', { name: 'Tâche', exact: true }).selectOption({ label: 'Bricolage' });
  await page.getByRole('textbox', { name: 'Début', exact: true }).fill(fr(daysFromToday(1)));
  await page.getByRole('textbox', { name: 'Fin', exact: true }).fill(fr(daysFromToday(20)));
  await page.getByLabel('Salaire horaire').fill('12,02');
  await expect(page.getByText("Règles vérifiées : rien ne s'oppose à cette mission.")).toBeVisible();

  const question = page.getByRole('checkbox', { name: /La mission expose le salarié à l'un des travaux interdits/ });
  await expect(question).not.toBeChecked();
  await page.getByText(/Voir la liste des 27 travaux interdits/).click();
  await expect(page.getByText(/^Poussières de métaux durs/)).toBeVisible();
  await question.check();
  const blocking = page.getByRole('alert').filter({ hasText: 'Enregistrement impossible' });
  await expect(blocking).toContainText('article D4154-1 du Code du travail');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(blocking).toBeVisible();
  expect((await api<{ total: number }>(host, 'placements.list', {})).value.total).toBe(0);

  await question.uncheck();
  await expect(page.getByText("Règles vérifiées : rien ne s'oppose à cette mission.")).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: /^Mission : ARNAUD Éric chez/ })).toBeVisible();
});
