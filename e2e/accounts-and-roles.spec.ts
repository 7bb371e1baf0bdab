import type { Page } from '@playwright/test';
import { E2E_ACCOUNT, expect, login, test, useSession, type RunningHost } from './fixtures';
import { api } from './api';

// Staff accounts through the real UI and the real web host: the first-run wizard, logging in
// and out, the lockout, the idle lock keeping a half-typed form, and a chargé·e de mission who
// neither sees nor opens what is not hers, the back end refusing it too.

async function loginWith(page: Page, loginName: string, password: string) {
  await page.getByLabel('Identifiant').fill(loginName);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test('the first run asks for the organisation and a direction account, then opens the app logged in', async ({ page, freshHost }) => {
  await page.goto(freshHost.url);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Passerelle' })).toBeVisible();
  await expect(page.getByLabel("Nom de l'association")).toBeFocused();
  await page.getByLabel("Nom de l'association").fill("L'Échelier");
  await page.getByLabel('Nom et prénom').fill('Claire Martin');
  await page.getByLabel('Identifiant').fill('claire');
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('le chat dort');
  await page.getByLabel('Mot de passe (à nouveau)').fill('le chien dort');
  await page.getByRole('button', { name: 'Créer mon compte et commencer' }).click();
  await expect(page.getByText('Les deux mots de passe ne sont pas identiques.')).toBeVisible();
  await page.getByLabel('Mot de passe (à nouveau)').fill('le chat dort');
  await page.getByRole('button', { name: 'Créer mon compte et commencer' }).click();

  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByText("L'Échelier")).toBeVisible();
  await expect(nav.getByText('Claire Martin')).toBeVisible();
  await expect(nav.getByText('Direction', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/first-run-done.png' });
  // The wizard does not come back: the next visitor logs in.
  await nav.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
});

test('logging out, a wrong password, then logging in; five wrong passwords lock the account', async ({ page, host }) => {
  await page.goto(host.url);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByText(E2E_ACCOUNT.name)).toBeVisible();
  await nav.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  // The API refuses the old session too.
  expect((await api(host, 'workers.list', {})).error?.code).toBe('unauthenticated');

  await loginWith(page, E2E_ACCOUNT.login, 'pas le bon');
  const refusal = page.getByRole('form', { name: 'Connexion' }).getByRole('alert');
  await expect(refusal).toHaveText('Identifiant ou mot de passe incorrect.');
  await expect(page.getByLabel('Identifiant')).toHaveValue(E2E_ACCOUNT.login);
  await loginWith(page, E2E_ACCOUNT.login, E2E_ACCOUNT.password);
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
  await nav.getByRole('button', { name: 'Se déconnecter' }).click();

  // The successful login reset the count: five wrong passwords in a row now.
  for (let i = 1; i <= 5; i++) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth.login'));
    await loginWith(page, E2E_ACCOUNT.login, `faux ${i}`);
    await answered;
  }
  await expect(refusal).toContainText('Ce compte est bloqué pendant 5 minutes après 5 essais manqués');
  await loginWith(page, E2E_ACCOUNT.login, E2E_ACCOUNT.password);
  await expect(refusal).toContainText('Ce compte est bloqué');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
});

test('the idle lock asks for the password over the app and keeps a half-typed form', async ({ page, host }) => {
  const security = await api<{ version: number }>(host, 'settings.getSecurity', {});
  await api(host, 'settings.saveSecurity', { idleLockMinutes: 1, anonymiseAfterYears: 2, version: security.value.version });
  await page.clock.install();
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/salaries/nouveau`);
  await page.getByLabel('Nom de naissance').fill('Benali');
  await page.getByLabel('Prénom').fill('Karim');

  await page.clock.fastForward('01:10');
  const dialog = page.getByRole('dialog', { name: 'Passerelle est verrouillé' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'test-results/idle-lock.png' });
  // Locked in the back end as well, not only on screen.
  expect((await api(host, 'workers.list', {})).error?.code).toBe('locked');
  await dialog.getByLabel('Mot de passe').fill('pas le bon');
  await dialog.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
  await dialog.getByLabel('Mot de passe').fill(E2E_ACCOUNT.password);
  await dialog.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Nom de naissance')).toHaveValue('Benali');
  await expect(page.getByLabel('Prénom')).toHaveValue('Karim');
});

/** A chargé·e de mission with her own password, logged in in this browser. */
async function asCharge(page: Page, host: RunningHost): Promise<string> {
  await api(host, 'accounts.create', { name: 'Sophie Charge', login: 'sophie', role: 'charge', password: 'provisoire-1', confirmation: 'provisoire-1' });
  const session = await login(host.origin, host.secret, { login: 'sophie', password: 'provisoire-1' });
  const headers = { 'x-passerelle-secret': host.secret, 'x-passerelle-session': session, 'content-type': 'application/json' };
  await fetch(`${host.origin}/api/auth.changePassword`, { method: 'POST', headers, body: JSON.stringify({ current: 'provisoire-1', password: 'le mien à moi', confirmation: 'le mien à moi' }) });
  await useSession(page.context(), host, session);
  return session;
}

test('a chargé·e de mission sees neither support, backups nor accounts, cannot open them by their address, and the back end refuses', async ({ page, host }) => {
  const worker = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName: 'Roux', firstName: 'Anne', birthDate: '1980-01-01' } });
  await api(host, 'workers.addDiagnosis', { workerId: worker.value.id, date: '2026-01-10', authorKind: 'structure', criteria: ['rqth', 'rsa'] });
  const session = await asCharge(page, host);
  await page.goto(host.url);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByText('Chargé·e de mission / assistant·e')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Utilisateurs' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Suivi' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Sauvegardes' })).toHaveCount(0);

  // A worker's support notes (#/suivi/<n°>) stay closed even when the address is typed.
  for (const address of ['/suivi', `/suivi/${worker.value.id}`, '/sauvegardes', '/parametres/comptes', '/parametres/journal']) {
    await page.goto(`${host.origin}/#${address}`);
    await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
  }
  // The worker's page: the RQTH criterion is not sent to this role.
  await page.goto(`${host.origin}/#/salaries/${worker.value.id}`);
  await expect(page.getByRole('heading', { name: /ROUX Anne/ })).toBeVisible();
  await expect(page.getByText(/RSA/).first()).toBeVisible();
  await expect(page.getByText(/RQTH/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ouvrir le suivi' })).toHaveCount(0);
  // Workers are not hers to change: no Modifier / Archiver on the page, no Ajouter / Importer on the list;
  // clients are, so their list offers both.
  await expect(page.getByRole('link', { name: 'Modifier' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Archiver' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Salariés' }).click();
  await expect(page.getByRole('heading', { name: 'Salariés' })).toBeVisible();
  await expect(page.getByRole('link', { name: /ajouter un salarié/i })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /importer un fichier/i })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Utilisateurs' }).click();
  const header = page.locator('.page-header');
  await expect(header.getByRole('link', { name: 'Ajouter un utilisateur' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Importer un fichier' })).toBeVisible();

  // Typing the call instead of the address changes nothing: the back end refuses.
  const headers = { 'x-passerelle-secret': host.secret, 'x-passerelle-session': session, 'content-type': 'application/json' };
  for (const name of ['support.get', 'accounts.list', 'audit.list', 'backup.overview', 'workers.addDiagnosis']) {
    const r = (await (await fetch(`${host.origin}/api/${name}`, { method: 'POST', headers, body: '{}' })).json()) as { ok: boolean; error: { code: string; message: string } };
    expect(r.error.code, name).toBe('forbidden');
    expect(r.error.message).toBe('Votre rôle (Chargé·e de mission / assistant·e) ne permet pas cette action.');
  }
});

test('a conseillère opens Suivi on the people she follows, and can see everyone', async ({ page, host }) => {
  await api(host, 'accounts.create', { name: 'Inès Conseil', login: 'ines', role: 'conseiller', password: 'provisoire-1', confirmation: 'provisoire-1' });
  for (const [birthName, referent] of [
    ['Ngoma', 'Inès Conseil'],
    ['Roux', 'Karim Benali'],
  ] as const) {
    const w = await api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', birthName, firstName: 'Awa', birthDate: '1980-01-01', status: 'en_parcours', entryDate: '2026-09-01', referent } });
    expect(w.ok, JSON.stringify(w.error)).toBe(true);
  }
  const session = await login(host.origin, host.secret, { login: 'ines', password: 'provisoire-1' });
  const headers = { 'x-passerelle-secret': host.secret, 'x-passerelle-session': session, 'content-type': 'application/json' };
  await fetch(`${host.origin}/api/auth.changePassword`, { method: 'POST', headers, body: JSON.stringify({ current: 'provisoire-1', password: 'le mien à moi', confirmation: 'le mien à moi' }) });
  await useSession(page.context(), host, session);

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/suivi`);
  await expect(page.getByLabel('Référent')).toHaveValue('Inès Conseil');
  await expect(page.getByRole('link', { name: /NGOMA Awa/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /ROUX Awa/ })).toHaveCount(0);
  await page.getByLabel('Référent').selectOption({ label: 'Tous les référents' });
  await expect(page.getByRole('link', { name: /ROUX Awa/ })).toBeVisible();
});
