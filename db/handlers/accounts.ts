import type { Ctx, Handler } from '../context';
import {
  ACCOUNT_LABELS,
  LOCKOUT_MINUTES,
  MAX_FAILED_ATTEMPTS,
  SECURITY_LABELS,
  type AuthState,
} from '../contract/accounts';
import { ROLES } from '../contract/roles';
import { formatDateTime } from '../base/format';
import { audit, diff } from '../audit';
import { AppError } from '../errors';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/passwords';
import { accountCount, accountOfSession, linkReferents, listAccounts, referentChoices, renameReferent, securitySettings } from '../records/accounts';
import { refuseStale } from '../records/versions';
import { nameOrganisation } from './settings';

// Logging in and out, the idle lock, the first run, and direction's management of accounts.
// The calls that hash a password (setup, login, unlock, new password, create, reset) are
// declared `write: false` and do their writes in their own immediate transaction once the hash,
// computed off the main thread, is known: a transaction cannot wait for it.

interface AccountSecret {
  id: number;
  name: string;
  login: string;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
  disabledAt: string | null;
}

function secretOf(ctx: Ctx, where: 'login' | 'id', value: string | number): AccountSecret | undefined {
  const clause = where === 'login' ? 'lower(login) = lower(?)' : 'id = ?';
  return ctx.sqlite
    .prepare(
      `SELECT id, name, login, password_hash AS passwordHash, failed_attempts AS failedAttempts, locked_until AS lockedUntil, disabled_at AS disabledAt
       FROM accounts WHERE ${clause}`,
    )
    .get(value) as AccountSecret | undefined;
}

function stateOf(ctx: Ctx): AuthState {
  const locked = ctx.session.locked;
  const accountId = ctx.account?.id ?? null;
  return {
    needsSetup: accountCount(ctx.sqlite) === 0,
    account: accountId === null ? null : accountOfSession(ctx.sqlite, accountId),
    locked,
    idleLockMinutes: securitySettings(ctx.sqlite).idleLockMinutes,
  };
}

/** The state after the session changed within this call (logged in, out). */
function stateAfter(ctx: Ctx, accountId: number | null): AuthState {
  const account = accountId === null ? null : accountOfSession(ctx.sqlite, accountId);
  return stateOf({ ...ctx, account });
}

function as(ctx: Ctx, account: { id: number; name: string }): Ctx {
  return { ...ctx, actor: { id: account.id, name: account.name } };
}

function inTransaction<T>(ctx: Ctx, run: () => T): T {
  return ctx.sqlite.transaction(run).immediate();
}

const WRONG = 'Identifiant ou mot de passe incorrect.';

function lockedMessage(until: string): string {
  return `Ce compte est bloqué pendant ${LOCKOUT_MINUTES} minutes après ${MAX_FAILED_ATTEMPTS} essais manqués : réessayez après ${formatDateTime(until).split(' ').at(-1)}.`;
}

/**
 * A wrong password: one more failed attempt; the fifth in a row blocks the login for five
 * minutes (and the count starts again). Written and logged before the refusal is answered.
 */
function failedAttempt(ctx: Ctx, account: AccountSecret): string {
  return inTransaction(ctx, () => {
    const failed = account.failedAttempts + 1;
    if (failed >= MAX_FAILED_ATTEMPTS) {
      const until = new Date(ctx.now().getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
      ctx.sqlite.prepare('UPDATE accounts SET failed_attempts = 0, locked_until = ? WHERE id = ?').run(until, account.id);
      audit(ctx, 'blocage', 'compte', account.id, { identifiant: account.login, jusqua: until });
      return lockedMessage(until);
    }
    ctx.sqlite.prepare('UPDATE accounts SET failed_attempts = ? WHERE id = ?').run(failed, account.id);
    audit(ctx, 'échec_connexion', 'compte', account.id, { identifiant: account.login, essai: failed });
    return WRONG;
  });
}

/** Checks the password of an account; throws the refusal (and counts it) when it is wrong or blocked. */
async function checkPassword(ctx: Ctx, account: AccountSecret | undefined, password: string): Promise<AccountSecret> {
  if (!account || account.disabledAt) {
    // The same work as for a real account: the time taken says nothing of which logins exist.
    await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    throw new AppError('rule', WRONG);
  }
  if (account.lockedUntil && account.lockedUntil > ctx.now().toISOString()) throw new AppError('rule', lockedMessage(account.lockedUntil));
  if (!(await verifyPassword(password, account.passwordHash))) throw new AppError('rule', failedAttempt(ctx, account));
  return account;
}

function succeeded(ctx: Ctx, account: AccountSecret): void {
  ctx.sqlite.prepare('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(account.id);
}

const state: Handler<'auth.state'> = (ctx) => stateOf(ctx);

const setup: Handler<'auth.setup'> = async (ctx, input) => {
  if (accountCount(ctx.sqlite) > 0) throw new AppError('forbidden', 'Passerelle a déjà ses comptes : connectez-vous.');
  const hash = await hashPassword(input.password);
  const id = inTransaction(ctx, () => {
    // Checked again: two wizards may have raced.
    if (accountCount(ctx.sqlite) > 0) throw new AppError('forbidden', 'Passerelle a déjà ses comptes : connectez-vous.');
    const at = ctx.now().toISOString();
    const newId = Number(
      ctx.sqlite
        .prepare("INSERT INTO accounts (login, name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'direction', ?, ?, ?)")
        .run(input.login, input.name, hash, at, at).lastInsertRowid,
    );
    const acting = as(ctx, { id: newId, name: input.name });
    audit(acting, 'création', 'compte', newId, { premierCompte: true }, { before: null, after: { login: input.login, name: input.name, role: 'direction' } });
    nameOrganisation(acting, input.organisationName);
    linkReferents(ctx.sqlite);
    return newId;
  });
  ctx.session.open(id);
  return stateAfter(ctx, id);
};

const login: Handler<'auth.login'> = async (ctx, input) => {
  const account = await checkPassword(ctx, secretOf(ctx, 'login', input.login), input.password);
  inTransaction(ctx, () => {
    succeeded(ctx, account);
    audit(as(ctx, account), 'connexion', 'compte', account.id);
  });
  ctx.session.open(account.id);
  return stateAfter(ctx, account.id);
};

const logout: Handler<'auth.logout'> = (ctx) => {
  if (ctx.account) audit(ctx, 'déconnexion', 'compte', ctx.account.id);
  ctx.session.close();
  return stateAfter(ctx, null);
};

const lock: Handler<'auth.lock'> = (ctx) => {
  ctx.session.setLocked(true);
  return stateOf(ctx);
};

const unlock: Handler<'auth.unlock'> = async (ctx, { password }) => {
  const self = ctx.account!;
  try {
    await checkPassword(ctx, secretOf(ctx, 'id', self.id), password);
  } catch (e) {
    // Blocked by the fifth wrong password: the session ends too.
    const row = secretOf(ctx, 'id', self.id);
    if (row?.lockedUntil && row.lockedUntil > ctx.now().toISOString()) ctx.session.close();
    throw e;
  }
  inTransaction(ctx, () => succeeded(ctx, secretOf(ctx, 'id', self.id)!));
  ctx.session.setLocked(false);
  return stateOf(ctx);
};

const changePassword: Handler<'auth.changePassword'> = async (ctx, input) => {
  const self = ctx.account!;
  const account = await checkPassword(ctx, secretOf(ctx, 'id', self.id), input.current).catch((e: unknown) => {
    if (e instanceof AppError && e.message === WRONG) throw new AppError('validation', 'Certains champs sont à corriger.', { current: 'Mot de passe actuel incorrect.' });
    throw e;
  });
  if (input.password === input.current) {
    throw new AppError('validation', 'Certains champs sont à corriger.', { password: 'Choisissez un mot de passe différent de l’actuel.' });
  }
  const hash = await hashPassword(input.password);
  inTransaction(ctx, () => {
    ctx.sqlite
      .prepare('UPDATE accounts SET password_hash = ?, must_change_password = 0, failed_attempts = 0, updated_at = ? WHERE id = ?')
      .run(hash, ctx.now().toISOString(), account.id);
    audit(ctx, 'mot_de_passe', 'compte', account.id);
  });
  return stateAfter(ctx, account.id);
};

// ------------------------------------------------------------------ direction: the accounts

function accountRecord(id: number) {
  return { entity: 'compte' as const, entityId: id, changed: 'Ce compte a été modifié', labels: ACCOUNT_LABELS };
}

function refuseTakenLogin(ctx: Ctx, login: string): void {
  if (secretOf(ctx, 'login', login)) {
    throw new AppError('validation', 'Certains champs sont à corriger.', { login: 'Cet identifiant est déjà pris (même désactivé, un compte garde le sien).' });
  }
}

/** At least one active direction account must remain, or nobody could manage the others. */
function keepOneDirection(ctx: Ctx, id: number): void {
  const others = ctx.sqlite
    .prepare("SELECT count(*) FROM accounts WHERE role = 'direction' AND disabled_at IS NULL AND id <> ?")
    .pluck()
    .get(id) as number;
  if (others === 0) throw new AppError('rule', 'Il doit rester au moins un compte de direction actif : créez-en un autre d’abord.');
}

function loadAccount(ctx: Ctx, id: number) {
  const row = ctx.sqlite.prepare('SELECT id, name, role, version, disabled_at AS disabledAt FROM accounts WHERE id = ?').get(id) as
    | { id: number; name: string; role: keyof typeof ROLES; version: number; disabledAt: string | null }
    | undefined;
  if (!row) throw new AppError('not_found', "Ce compte n'existe pas.");
  return row;
}

const list: Handler<'accounts.list'> = (ctx) => listAccounts(ctx.sqlite);

const create: Handler<'accounts.create'> = async (ctx, input) => {
  refuseTakenLogin(ctx, input.login);
  const hash = await hashPassword(input.password);
  return inTransaction(ctx, () => {
    refuseTakenLogin(ctx, input.login);
    const at = ctx.now().toISOString();
    // A new account chooses its own password at its first login.
    const id = Number(
      ctx.sqlite
        .prepare('INSERT INTO accounts (login, name, role, password_hash, must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)')
        .run(input.login, input.name, input.role, hash, at, at).lastInsertRowid,
    );
    audit(ctx, 'création', 'compte', id, undefined, { before: null, after: { login: input.login, name: input.name, role: input.role } });
    linkReferents(ctx.sqlite);
    return { id };
  });
};

const update: Handler<'accounts.update'> = (ctx, { id, version, name, role }) => {
  const before = loadAccount(ctx, id);
  refuseStale(ctx, accountRecord(id), before.version, version);
  if (before.role === 'direction' && role !== 'direction' && !before.disabledAt) keepOneDirection(ctx, id);
  const next = before.version + 1;
  ctx.sqlite.prepare('UPDATE accounts SET name = ?, role = ?, version = ?, updated_at = ? WHERE id = ?').run(name, role, next, ctx.now().toISOString(), id);
  const change = diff({ name: before.name, role: before.role }, { name, role });
  audit(ctx, 'modification', 'compte', id, { champs: change.champs, version: next }, change);
  renameReferent(ctx.sqlite, id, name);
  linkReferents(ctx.sqlite);
  return { id };
};

const setDisabled: Handler<'accounts.setDisabled'> = (ctx, { id, disabled }) => {
  const before = loadAccount(ctx, id);
  if (disabled === (before.disabledAt !== null)) return { id };
  if (disabled && id === ctx.account?.id) throw new AppError('rule', 'Vous ne pouvez pas désactiver votre propre compte.');
  if (disabled && before.role === 'direction') keepOneDirection(ctx, id);
  const at = disabled ? ctx.now().toISOString() : null;
  ctx.sqlite.prepare('UPDATE accounts SET disabled_at = ?, version = version + 1, updated_at = ? WHERE id = ?').run(at, ctx.now().toISOString(), id);
  audit(ctx, disabled ? 'désactivation' : 'réactivation', 'compte', id, { champs: ['disabledAt'], version: before.version + 1 }, {
    before: { disabledAt: before.disabledAt },
    after: { disabledAt: at },
  });
  if (disabled) ctx.session.closeAccount(id);
  return { id };
};

const resetPassword: Handler<'accounts.resetPassword'> = async (ctx, { id, password }) => {
  loadAccount(ctx, id);
  const hash = await hashPassword(password);
  inTransaction(ctx, () => {
    ctx.sqlite
      .prepare('UPDATE accounts SET password_hash = ?, must_change_password = 1, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?')
      .run(hash, ctx.now().toISOString(), id);
    audit(ctx, 'réinitialisation', 'compte', id);
  });
  // Whoever was logged in with the old password is out.
  if (id !== ctx.account?.id) ctx.session.closeAccount(id);
  return { id };
};

const referents: Handler<'accounts.referents'> = (ctx) => referentChoices(ctx.sqlite);

// ------------------------------------------------------------------ security settings

const getSecurity: Handler<'settings.getSecurity'> = (ctx) => securitySettings(ctx.sqlite);

const saveSecurity: Handler<'settings.saveSecurity'> = (ctx, { version, ...input }) => {
  const before = securitySettings(ctx.sqlite);
  refuseStale(ctx, { entity: 'securite', entityId: 1, changed: 'Les réglages de sécurité ont été modifiés', labels: SECURITY_LABELS }, before.version, version);
  const next = before.version + 1;
  ctx.sqlite
    .prepare(
      `INSERT INTO security_settings (id, idle_lock_minutes, anonymise_after_years, version) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET idle_lock_minutes = excluded.idle_lock_minutes, anonymise_after_years = excluded.anonymise_after_years, version = excluded.version`,
    )
    .run(input.idleLockMinutes, input.anonymiseAfterYears, next);
  const change = diff(before, input);
  audit(ctx, before.version === 0 ? 'création' : 'modification', 'securite', 1, { champs: change.champs, version: next }, change);
  return securitySettings(ctx.sqlite);
};

export const accountsHandlers = {
  'auth.state': state,
  'auth.setup': setup,
  'auth.login': login,
  'auth.logout': logout,
  'auth.lock': lock,
  'auth.unlock': unlock,
  'auth.changePassword': changePassword,
  'accounts.list': list,
  'accounts.create': create,
  'accounts.update': update,
  'accounts.setDisabled': setDisabled,
  'accounts.resetPassword': resetPassword,
  'accounts.referents': referents,
  'settings.getSecurity': getSecurity,
  'settings.saveSecurity': saveSecurity,
};
