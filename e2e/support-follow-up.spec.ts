import { expect, test, type RunningHost } from './fixtures';
import { api } from './api';
import { daysFromToday, fr } from './dates';

// Suivi (issue 12): a worker's path with its interviews and exit, the référent's view, the
// timeline, all through the screens.

async function worker(host: RunningHost, birthName: string, referent: string, entryDays = -90): Promise<number> {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName, firstName: 'Hélène', birthDate: '1985-03-12', status: 'en_parcours', entryDate: daysFromToday(entryDays), referent },
  });
  expect(w.ok).toBe(true);
  return w.value.id;
}

/** A worker who may be placed: a valid PASS and a prescriber's diagnosis. */
async function placeableWorker(host: RunningHost, birthName: string, referent: string): Promise<number> {
  const id = await worker(host, birthName, referent);
  expect((await api(host, 'workers.savePass', { workerId: id, number: `${birthName.normalize('NFD').replace(/[^A-Za-z]/g, '').slice(0, 4).toUpperCase()}11112222`, startDate: daysFromToday(-90) })).ok).toBe(true);
  expect((await api(host, 'workers.addDiagnosis', { workerId: id, date: daysFromToday(-90), authorKind: 'prescripteur', criteria: [] })).ok).toBe(true);
  return id;
}

async function client(host: RunningHost, name: string): Promise<number> {
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'association', name, city: 'Lyon', postalCode: '69001', addressLine1: '1 rue de la Paix' } });
  expect(c.ok).toBe(true);
  const year = Number(daysFromToday(0).slice(0, 4));
  for (const y of [year, year + 1]) {
    expect((await api(host, 'clients.addMembership', { clientId: c.value.id, year: y, amountCents: '20', paidOn: daysFromToday(-30), means: 'cheque' })).ok).toBe(true);
  }
  return c.value.id;
}

async function placement(host: RunningHost, workerId: number, clientId: number, startDays: number, endDays: number, status: 'en_cours' | 'prevue'): Promise<number> {
  const input = {
    workerId,
    clientId,
    taskKind: 'menage',
    startDate: daysFromToday(startDays),
    endDate: daysFromToday(endDays),
    billedRateCents: '22,50',
    wageRateCents: '12,50',
    status,
  };
  // The warnings (territory…) are confirmed as the form would.
  const issues = await api<{ code: string; severity: string }[]>(host, 'placements.check', { placement: input });
  const confirmed = issues.value.filter((i) => i.severity === 'warning').map((i) => i.code);
  const p = await api<{ id: number }>(host, 'placements.create', { placement: input, confirmed });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);
  return p.value.id;
}

async function openPath(host: RunningHost, workerId: number, startDays = -90): Promise<number> {
  const r = await api<{ path: { id: number } }>(host, 'support.openPath', { workerId, startDate: daysFromToday(startDays) });
  expect(r.ok).toBe(true);
  return r.value.path.id;
}

test('record interviews and an exit that ends the placements listed in its confirmation, then see them on the timeline', async ({ page, host }, testInfo) => {
  const w = await placeableWorker(host, 'Lefèvre', 'Claire Martin');
  const c = await client(host, 'Jardins partagés');
  const running = await placement(host, w, c, -60, 60, 'en_cours');
  const planned = await placement(host, w, c, 30, 90, 'prevue');

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${host.url}#/salaries/${w}`);
  await page.getByRole('link', { name: 'Ouvrir le suivi' }).click();
  await expect(page.getByRole('heading', { name: 'Suivi : LEFÈVRE Hélène' })).toBeVisible();
  await expect(page.getByLabel("Date d'entrée en parcours")).toHaveValue(fr(daysFromToday(-90)));
  await page.getByRole('button', { name: 'Commencer le parcours' }).click();
  await expect(page.getByRole('heading', { name: `Parcours n° 1 : depuis le ${fr(daysFromToday(-90))}` })).toBeVisible();

  // An interview of welcome, then a tripartite one with the client, planning the next.
  await page.getByRole('button', { name: 'Ajouter un entretien' }).click();
  await page.getByLabel("Date de l'entretien").fill(fr(daysFromToday(-80)));
  await page.getByLabel("Type d'entretien").selectOption({ label: 'Accueil' });
  await page.getByLabel('Notes').fill('Premier accueil, projet : aide à domicile.');
  await page.getByRole('button', { name: "Enregistrer l'entretien" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entretien enregistré' })).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter un entretien' }).click();
  await page.getByLabel("Date de l'entretien").fill(fr(daysFromToday(-5)));
  await page.getByLabel("Type d'entretien").selectOption({ label: 'Tripartite avec un utilisateur' });
  await page.getByRole('button', { name: "Enregistrer l'entretien" }).click();
  await expect(page.getByText("Choisissez l'utilisateur présent à l'entretien tripartite.")).toBeVisible();
  await page.getByLabel('Utilisateur').selectOption({ label: 'Jardins partagés' });
  await page.getByRole('textbox', { name: 'Prochain entretien' }).fill(fr(daysFromToday(20)));
  await page.getByRole('button', { name: "Enregistrer l'entretien" }).click();
  const interviews = page.getByRole('table', { name: 'Entretiens' });
  await expect(interviews.getByRole('row')).toHaveCount(3);
  await expect(interviews.getByRole('row').nth(1)).toContainText(`${fr(daysFromToday(-5))}Tripartite avec un utilisateur · Jardins partagés`);
  await expect(page.getByRole('region', { name: 'Objectifs et prochain entretien' })).toContainText(fr(daysFromToday(20)));
  await page.screenshot({ path: testInfo.outputPath('suivi-1366.png'), fullPage: true });

  // The exit: its category shows with the reason; the confirmation lists the two placements.
  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  await page.getByLabel('Date de sortie').fill(fr(daysFromToday(0)));
  await page.getByLabel('Motif de sortie').selectOption({ label: 'CDI' });
  await expect(page.getByText('Catégorie : emploi durable.')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer la sortie ?' });
  await expect(dialog).toContainText(`Mission n° ${running} chez Jardins partagés (ménage, du ${fr(daysFromToday(-60))} au ${fr(daysFromToday(60))}) : terminée le ${fr(daysFromToday(0))}`);
  await expect(dialog).toContainText(`Mission n° ${planned} chez Jardins partagés (ménage, du ${fr(daysFromToday(30))} au ${fr(daysFromToday(90))}) : annulée`);
  await expect(dialog.getByRole('button', { name: 'Revenir au formulaire' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sortie enregistrée' })).toBeVisible();
  const exit = page.getByRole('region', { name: 'Sortie', exact: true });
  await expect(exit).toContainText('CDI');
  await expect(exit).toContainText('Emploi durable');
  await expect(page.getByText("Ce parcours est terminé : il se consulte, et seules ses dates d'entrée et de sortie se corrigent.")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter un entretien' })).toHaveCount(0);

  const ended = await api<{ status: string; endDate: string }>(host, 'placements.get', { id: running });
  expect(ended.value).toMatchObject({ status: 'terminee', endDate: daysFromToday(0) });
  expect((await api<{ status: string }>(host, 'placements.get', { id: planned })).value.status).toBe('annulee');
  expect((await api<{ status: string; exitDate: string }>(host, 'workers.get', { id: w })).value).toMatchObject({ status: 'sorti', exitDate: daysFromToday(0) });

  // The timeline tells it, newest first.
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  const items = page.getByRole('list', { name: 'Chronologie' }).getByRole('listitem');
  await expect(items.nth(0)).toContainText('Sortie : CDI (emploi durable)');
  await expect(items.filter({ hasText: 'Entretien : tripartite avec un utilisateur (Jardins partagés)' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'Entretien : accueil' })).toContainText('Premier accueil, projet : aide à domicile.');
  await expect(items.filter({ hasText: `Mission n° ${running} chez Jardins partagés` })).toContainText('terminée');

});

test('a person who comes back starts a new path; the old one stays readable', async ({ page, host }) => {
  const w = await worker(host, 'Roux', 'Claire Martin');
  const pathId = await openPath(host, w, -200);
  expect((await api(host, 'support.saveInterview', { pathId, interview: { date: daysFromToday(-150), kind: 'bilan', notes: 'Bilan avant la sortie' } })).ok).toBe(true);
  const exit = await api(host, 'support.recordExit', { pathId, version: 1, exit: { exitDate: daysFromToday(-100), exitReason: 'cdd_moins_6_mois' } });
  expect(exit.ok).toBe(true);

  await page.goto(`${host.url}#/suivi/${w}`);
  await expect(page.getByText("Ce parcours est terminé : il se consulte, et seules ses dates d'entrée et de sortie se corrigent.")).toBeVisible();
  const exitRegion = page.getByRole('region', { name: 'Sortie', exact: true });
  await expect(exitRegion).toContainText('Emploi de transition');
  // A wrong reason is corrected; the day stays.
  await exitRegion.getByRole('button', { name: 'Corriger la sortie' }).click();
  await page.getByRole('combobox', { name: 'Motif de sortie' }).selectOption({ label: 'Formation qualifiante' });
  await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
  const correction = page.getByRole('dialog', { name: 'Corriger la sortie ?' });
  await expect(correction).toContainText(`La date de sortie reste le ${fr(daysFromToday(-100))}.`);
  await correction.getByRole('button', { name: 'Corriger la sortie' }).click();
  await expect(exitRegion).toContainText('Formation qualifiante');
  await expect(exitRegion).toContainText('Sortie positive');
  await expect(exitRegion).toContainText(fr(daysFromToday(-100)));
  await page.getByLabel("Date d'entrée en parcours").fill(fr(daysFromToday(-100)));
  await page.getByRole('button', { name: 'Commencer un nouveau parcours' }).click();
  await expect(page.getByText(`Le nouveau parcours commence après la sortie du précédent (${fr(daysFromToday(-100))}).`)).toBeVisible();
  await page.getByLabel("Date d'entrée en parcours").fill(fr(daysFromToday(-10)));
  await page.getByRole('button', { name: 'Commencer un nouveau parcours' }).click();
  await expect(page.getByRole('heading', { name: `Parcours n° 2 : depuis le ${fr(daysFromToday(-10))}` })).toBeVisible();
  await expect(page.getByText('Aucun entretien enregistré dans ce parcours.')).toBeVisible();
  expect((await api<{ status: string; entryDate: string }>(host, 'workers.get', { id: w })).value).toMatchObject({ status: 'en_parcours', entryDate: daysFromToday(-10) });

  await page.getByLabel('Parcours', { exact: true }).selectOption({ label: `Parcours n° 1 : du ${fr(daysFromToday(-200))} au ${fr(daysFromToday(-100))}` });
  await expect(page.getByRole('table', { name: 'Entretiens' })).toContainText('Bilan avant la sortie');
  await expect(page.getByRole('button', { name: 'Ajouter un entretien' })).toHaveCount(0);
});

test("the référent's view: the people they follow, interviews due or overdue, people not seen for more than N days", async ({ page, host }, testInfo) => {
  const late = await worker(host, 'Arnaud', 'Claire Martin');
  const seen = await worker(host, 'Bernard', 'Claire Martin');
  const away = await worker(host, 'Chevalier', 'Claire Martin');
  const other = await worker(host, 'Dumas', 'Paul Roche');
  const interview = async (workerId: number, days: number, next: number | null) => {
    const pathId = await openPath(host, workerId);
    const r = await api(host, 'support.saveInterview', {
      pathId,
      interview: { date: daysFromToday(days), kind: 'suivi' },
      ...(next !== null ? { nextInterviewDate: daysFromToday(next) } : {}),
    });
    expect(r.ok).toBe(true);
  };
  await interview(late, -20, -3);
  await interview(seen, -4, 40);
  await interview(away, -50, null);
  await openPath(host, other);

  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Suivi' }).click();
  await expect(page.getByRole('heading', { name: 'Suivi des personnes' })).toBeVisible();
  await page.getByLabel('Référent').selectOption('Claire Martin');
  const rows = page.getByRole('table', { name: 'Personnes suivies' }).locator('.datatable-body .datatable-row');
  await expect(page.getByRole('radio', { name: 'Toutes les personnes suivies (3)' })).toBeChecked();
  await expect(rows).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('suivi-referent-1024.png'), fullPage: true });

  await page.getByRole('radio', { name: 'Entretiens à faire ou en retard (1)' }).check();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('ARNAUD Hélène');
  await expect(rows.nth(0)).toContainText(`${fr(daysFromToday(-3))} En retard`);

  await page.getByRole('radio', { name: /Pas vues depuis plus de 30 jours \(1\)/ }).check();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('CHEVALIER Hélène');
  await page.getByRole('textbox', { name: 'Pas vues depuis plus de jours' }).fill('10');
  await expect(page.getByRole('radio', { name: 'Pas vues depuis plus de 10 jours (2)' })).toBeChecked();
  await expect(rows).toHaveCount(2);

  // Watching the next 60 days brings the planned interview in.
  await page.getByRole('textbox', { name: 'Entretiens dans les jours' }).fill('60');
  await page.getByRole('radio', { name: 'Entretiens à faire ou en retard (2)' }).check();
  await expect(rows.nth(1)).toContainText('BERNARD Hélène');
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Suivi : BERNARD Hélène' })).toBeVisible();
});

test('the timeline mixes every kind of event, newest first, and keeps one kind when filtered', async ({ page, host }, testInfo) => {
  const w = await placeableWorker(host, 'Moreau', 'Claire Martin');
  const c = await client(host, 'Résidence Les Tilleuls');
  const p = await placement(host, w, c, -60, 60, 'en_cours');
  const day = daysFromToday(-10);
  expect((await api(host, 'hours.saveMonth', { month: day.slice(0, 7), entries: [{ placementId: p, day, minutes: 210 }] })).ok).toBe(true);
  const pathId = await openPath(host, w);
  expect((await api(host, 'support.saveInterview', { pathId, interview: { date: daysFromToday(-30), kind: 'diagnostic', notes: 'Freins : mobilité' } })).ok).toBe(true);
  expect((await api(host, 'support.saveTraining', { pathId, training: { title: 'Gestes et postures', organisme: 'AFPA', startDate: daysFromToday(-15), minutes: '14', qualifying: false } })).ok).toBe(true);

  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`${host.url}#/suivi/${w}/chronologie`);
  const items = page.getByRole('list', { name: 'Chronologie' }).getByRole('listitem');
  await expect(page.getByText('6 événements')).toBeVisible();
  const titles = await items.allInnerTexts();
  expect(titles.map((t) => t.split('\n')[0])).toEqual([
    fr(daysFromToday(-10)),
    fr(daysFromToday(-15)),
    fr(daysFromToday(-30)),
    fr(daysFromToday(-60)),
    fr(daysFromToday(-90)),
    fr(daysFromToday(-90)),
  ]);
  await expect(items.nth(0)).toContainText('3 h 30');
  await expect(items.nth(1)).toContainText('Action ou formation : Gestes et postures (AFPA)');
  await page.screenshot({ path: testInfo.outputPath('chronologie-1024.png'), fullPage: true });

  await page.getByLabel('Afficher').selectOption({ label: 'Entretiens' });
  await expect(page).toHaveURL(/#\/suivi\/\d+\/chronologie\?type=entretien$/);
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText('Entretien : diagnostic');
  await expect(items.nth(0)).toContainText('Freins : mobilité');
  await page.getByLabel('Afficher').selectOption({ label: 'PASS IAE' });
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText('PASS IAE n° MORE11112222');
  await page.getByLabel('Afficher').selectOption({ label: 'Tout' });
  await expect(items).toHaveCount(6);
});
