import { expect, test } from './fixtures';
import { api } from './api';

// Record pages and settings: archive / unarchive / delete, edit pages, list filters,
// rules settings, reopen dialog, inline work address.

test('worker: archive, unarchive, delete; edit page; list filters', async ({ page, host }) => {
  const w = await api<{ id: number }>(host, 'workers.create', {
    worker: { civility: 'Mme', birthName: 'Martin', firstName: 'Zoé', birthDate: '1990-01-02', status: 'candidat', addressLine1: '3 rue Haute', postalCode: '69001', city: 'Lyon' },
  });
  await page.goto(`${host.url}#/salaries/${w.value.id}`);
  await expect(page.getByRole('heading', { name: 'Madame MARTIN Zoé' })).toBeVisible();
  await expect(page.getByText('3 rue Haute, 69001 Lyon')).toBeVisible();
  await page.getByRole('button', { name: 'Archiver' }).click();
  const dlg = page.getByRole('dialog', { name: 'Archiver cette fiche ?' });
  await expect(dlg).toContainText("MARTIN Zoé n'apparaîtra plus dans la liste des fiches actives. Rien n'est effacé : la fiche reste consultable dans les fiches archivées et peut être désarchivée.");
  await expect(dlg.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dlg).toHaveCount(0);
  await page.getByRole('button', { name: 'Archiver' }).click();
  await dlg.getByRole('button', { name: 'Archiver' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fiche archivée' })).toBeVisible();
  await expect(page.locator('.record-badges')).toContainText('Archivé');
  await page.getByRole('button', { name: 'Désarchiver' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fiche désarchivée' })).toBeVisible();
  await expect(page.locator('.record-badges')).not.toContainText('Archivé');

  // Edit page
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(page.getByRole('form', { name: 'Modifier : MARTIN Zoé' })).toBeVisible();
  await expect(page.getByLabel('Civilité')).toBeFocused();
  await page.getByLabel('Commune').fill('Bron');
  await expect(page.getByText('Modifications non enregistrées (Ctrl+S pour enregistrer).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Annuler' })).toHaveAttribute('href', `#/salaries/${w.value.id}`);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fiche du salarié enregistrée' })).toBeVisible();
  await expect(page.getByText('3 rue Haute, 69001 Bron')).toBeVisible();

  // Delete
  await page.getByRole('button', { name: 'Supprimer' }).click();
  const del = page.getByRole('dialog', { name: 'Supprimer définitivement cette fiche ?' });
  await expect(del).toContainText('La fiche de MARTIN Zoé sera effacée.');
  await del.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fiche supprimée' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Salariés' })).toBeVisible();

  // Filters
  await api(host, 'workers.create', { worker: { civility: 'M.', birthName: 'Alpha', firstName: 'Jean', birthDate: '1980-01-01', status: 'candidat', referent: 'Claire' } });
  await api(host, 'workers.create', { worker: { civility: 'M.', birthName: 'Beta', firstName: 'Paul', birthDate: '1981-01-01', status: 'candidat' } });
  await page.reload();
  await expect(page.getByLabel('Rechercher un salarié')).toBeFocused();
  await expect(page.getByText('2 salariés')).toBeVisible();
  await page.getByLabel('Statut').selectOption({ label: 'En parcours' });
  await expect(page.getByText('0 salarié', { exact: true })).toBeVisible();
  await page.getByLabel('Statut').selectOption({ label: 'Tous' });
  await page.getByLabel('Référent').selectOption({ label: 'Claire' });
  await expect(page.getByRole('row', { name: /ALPHA Jean/ })).toBeVisible();
  await page.getByLabel('Référent').selectOption({ label: 'Tous' });
  await page.getByLabel('PASS IAE').selectOption({ label: 'Sans PASS' });
  await expect(page.getByText('2 salariés')).toBeVisible();
  await page.getByLabel('PASS IAE').selectOption({ label: 'Valide' });
  await expect(page.getByText('Aucun salarié ne correspond à ces critères.')).toBeVisible();
  await page.getByLabel('PASS IAE').selectOption({ label: 'Tous' });
  await page.getByLabel('Afficher').selectOption({ label: 'Fiches archivées' });
  await expect(page.getByText('0 salarié', { exact: true })).toBeVisible();
  await page.getByLabel('Afficher').selectOption({ label: 'Toutes les fiches' });
  await expect(page.getByText('2 salariés')).toBeVisible();
  const labels = await page.locator('.filter-bar').innerText();
  expect(labels).toMatchSnapshot('workers-filter-bar.txt');
});

test('client: archive and delete, work address, filters, edit page', async ({ page, host }) => {
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Anne', addressLine1: '1 place Bellecour', postalCode: '69002', city: 'Lyon' } });
  await page.goto(`${host.url}#/utilisateurs/${c.value.id}`);
  await expect(page.getByRole('heading', { name: 'Mme Anne ROUX' })).toBeVisible();
  await page.getByRole('button', { name: 'Archiver' }).click();
  const dlg = page.getByRole('dialog', { name: 'Archiver cette fiche ?' });
  await expect(dlg).toContainText("Mme Anne ROUX n'apparaîtra plus dans la liste des fiches actives. Rien n'est effacé : la fiche reste consultable et peut être désarchivée.");
  await dlg.getByRole('button', { name: 'Archiver' }).click();
  await expect(page.locator('.record-badges')).toContainText('Archivé');
  await page.getByRole('button', { name: 'Désarchiver' }).click();
  await expect(page.locator('.record-badges')).not.toContainText('Archivé');

  await page.getByRole('button', { name: 'Ajouter un lieu de travail' }).click();
  const form = page.getByRole('form', { name: 'Nouveau lieu de travail' });
  await expect(form.getByLabel('Nom du lieu')).toBeFocused();
  await form.getByRole('button', { name: 'Enregistrer le lieu' }).click();
  await expect(form.locator('.field-error').first()).toBeVisible();
  await form.getByLabel('Nom du lieu').fill('Entrepôt');
  await form.getByRole('textbox', { name: 'Adresse', exact: true }).fill('5 rue Basse');
  await form.getByLabel('Code postal').fill('69100');
  await form.getByLabel('Commune').fill('Villeurbanne');
  await form.getByRole('button', { name: 'Enregistrer le lieu' }).click();
  await expect(page.getByText('Entrepôt : 5 rue Basse, 69100 Villeurbanne')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer une adhésion' }).click();
  await expect(page.getByLabel('Payée le')).toHaveValue(/^\d\d\/\d\d\/\d{4}$/);
  await page.getByRole('form', { name: 'Nouvelle adhésion' }).getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('form', { name: 'Nouvelle adhésion' })).toHaveCount(0);
  await expect(page.getByText('1 place Bellecour, 69002 Lyon')).toBeVisible();

  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(page.getByRole('form', { name: 'Modifier : Mme Anne ROUX' })).toBeVisible();
  await page.getByRole('link', { name: 'Annuler' }).click();
  await expect(page.getByRole('heading', { name: 'Mme Anne ROUX' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Supprimer' })).toHaveCount(0);
  const t = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'particulier', civility: 'M.', lastName: 'Temp', firstName: 'Test' } });
  await page.goto(`${host.url}#/utilisateurs/${t.value.id}`);
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('heading', { name: 'Utilisateurs' })).toBeVisible();
  await api(host, 'clients.create', { client: { kind: 'entreprise', name: 'Acme' } });
  await page.reload();
  await expect(page.getByLabel('Rechercher un utilisateur')).toBeFocused();
  await page.getByLabel('Type').selectOption({ label: 'Entreprise' });
  await expect(page.getByText('1 utilisateur', { exact: true })).toBeVisible();
  await page.getByLabel('Type').selectOption({ label: 'Collectivité' });
  await expect(page.getByText('Aucun utilisateur ne correspond à ces critères.')).toBeVisible();
  const labels = await page.locator('.filter-bar').innerText();
  expect(labels.replace(/\d{4}/, 'YYYY')).toMatchSnapshot('clients-filter-bar.txt');
});

test('rules settings, placement edit and list, reopen dialog', async ({ page, host }) => {
  await page.goto(`${host.url}#/parametres/regles`);
  await page.getByLabel('Communes du territoire').fill('69001 Lyon\nabc');
  await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
  await expect(page.getByText(/Ligne 2 :/)).toBeVisible();
  await page.getByLabel('Communes du territoire').fill('69001 Lyon');
  await expect(page.getByText('Modifications non enregistrées (Ctrl+S pour enregistrer).')).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter une dérogation' }).click();
  await page.getByLabel("Dérogation 1 : référence de l'arrêté").fill('Arrêté 12');
  await page.getByLabel('Dérogation 1 : début').fill('01/01/2026');
  await page.getByLabel('Dérogation 1 : fin').fill('31/12/2026');
  const mode480 = page.getByLabel('Décompte des 480 heures');
  await expect(mode480).toHaveValue('fenetre');
  await expect(page.getByText(/^À vérifier avec votre DDETS : la façon de compter les 24 mois/)).toBeVisible();
  await mode480.selectOption({ label: '24 mois glissants (plus strict)' });
  await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Règles enregistrées' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Dérogation 1 : référence de l'arrêté")).toHaveValue('Arrêté 12');
  await expect(page.getByLabel('Décompte des 480 heures')).toHaveValue('glissante');

  // Organisation hours field shows plain spaces
  await page.goto(`${host.url}#/parametres`);
  await expect(page.getByLabel("Heures annuelles d'un ETP")).toHaveValue('1 607 h');
  await expect(page.getByText('Pas encore enregistré.')).toBeVisible();

  const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName: 'Lefèvre', firstName: 'Hélène', birthDate: '1985-03-12', status: 'en_parcours', entryDate: '2026-01-05' } });
  await api(host, 'workers.savePass', { workerId: w.value.id, number: 'AAAA11112222', startDate: '2026-01-05' });
  // Eligible: diagnosed by an authorised prescriber.
  expect((await api(host, 'workers.addDiagnosis', { workerId: w.value.id, date: '2026-01-05', authorKind: 'prescripteur' })).ok).toBe(true);
  const c = await api<{ id: number }>(host, 'clients.create', { client: { kind: 'collectivite', name: 'Mairie' } });
  await api(host, 'clients.addMembership', { clientId: c.value.id, year: 2026, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' });
  const p = await api<{ id: number }>(host, 'placements.create', {
    placement: { workerId: w.value.id, clientId: c.value.id, taskKind: 'menage', taskDetail: 'Vitres', startDate: '2026-03-02', endDate: '2026-03-31', billedRateCents: 2200, wageRateCents: 1202, plannedMinutes: '10h30', status: 'en_cours' },
    confirmed: ['lieu_inconnu'],
  });
  expect(p.ok, JSON.stringify(p.error)).toBe(true);
  await page.goto(`${host.url}#/missions/${p.value.id}/modifier`);
  await expect(page.getByRole('form', { name: 'Modifier la mission : LEFÈVRE Hélène chez Mairie' })).toBeVisible();
  await expect(page.getByLabel('Heures prévues')).toHaveValue('10 h 30');
  await page.getByLabel('Notes').fill('x');
  // The warning confirmed at creation is shown as confirmed, and not asked again.
  await expect(page.getByRole('status', { name: 'Avertissements confirmés' })).toContainText("Le lieu de la mission n'est pas renseigné");
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mission enregistrée' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mission : LEFÈVRE Hélène chez Mairie' })).toBeVisible();
  await page.getByRole('button', { name: 'Marquer terminée' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Marquer terminée' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mission marquée terminée' })).toBeVisible();

  await page.goto(`${host.url}#/missions`);
  await expect(page.getByLabel('Rechercher une mission')).toBeFocused();
  await page.getByLabel('Statut').selectOption({ label: 'En cours' });
  await expect(page.getByText('Aucune mission ne correspond à ces critères.')).toBeVisible();
  await page.getByLabel('Statut').selectOption({ label: 'Terminée' });
  await expect(page.getByText('1 mission', { exact: true })).toBeVisible();
  await page.getByLabel('Rechercher une mission').press('ArrowDown');
  await expect(page.locator('.datatable-body')).toBeFocused();

  // Hours: close March, then the reopen dialog
  await page.goto(`${host.url}#/heures?mois=2026-03`);
  await expect(page.getByRole('heading', { name: /Heures/ }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Clôturer le mois' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clôturer le mois' }).click();
  await page.getByRole('button', { name: 'Rouvrir le mois' }).click();
  const re = page.getByRole('dialog', { name: 'Rouvrir le mois de mars 2026 ?' });
  await expect(re).toBeVisible();
  await expect(re.getByLabel('Motif de la réouverture')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(re).toHaveCount(0);
  await page.getByRole('button', { name: 'Rouvrir le mois' }).click();
  await re.getByRole('button', { name: 'Rouvrir le mois' }).click();
  await expect(re.getByText('Indiquez le motif de la réouverture.')).toBeVisible();
  await re.getByLabel('Motif de la réouverture').fill('Erreur de saisie');
  await re.getByRole('button', { name: 'Rouvrir le mois' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mois de mars 2026 rouvert' })).toBeVisible();

  // Worker page: months in words, diagnosis default date
  await page.goto(`${host.url}#/salaries/${w.value.id}`);
  await page.getByRole('button', { name: 'Ajouter un diagnostic' }).click();
  await expect(page.getByLabel('Date du diagnostic')).toHaveValue(/^\d\d\/\d\d\/\d{4}$/);
});
