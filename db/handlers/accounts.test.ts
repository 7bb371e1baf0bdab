import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackend, type Backend } from '../backend';
import type { AuthState } from '../contract/accounts';
import type { Result } from '../contract/result';
import type { SessionSlot } from '../auth/sessions';
import { MIGRATIONS_DIR, asRole, tempBackend, unwrap } from '../testing/backend';

// Accounts through the real dispatcher on a real file: the first run, logging in, the lockout
// after 5 wrong passwords, the idle lock, and direction's management (disabled, never deleted).

const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A back end with no account at all: the wizard's case. */
function emptyBackend(): Backend {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-accounts-'));
  dirs.push(dir);
  const b = startBackend({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, version: 'test' });
  backends.push(b);
  return b;
}

function fresh() {
  const env = tempBackend();
  backends.push(env.raw);
  dirs.push(env.dataDir);
  return env;
}

const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

describe('the first run', () => {
  it('creates the organisation and a direction account, logged in; a second run is refused', async () => {
    const b = emptyBackend();
    const slot: SessionSlot = { token: null };
    expect(unwrap<AuthState>(await b.call('auth.state', {}, slot))).toMatchObject({ needsSetup: true, account: null });
    // Nothing else answers before.
    expect(code(await b.call('workers.list', {}, slot))).toBe('unauthenticated');
    const mismatch = await b.call('auth.setup', { organisationName: 'L’Échelier', name: 'Claire Martin', login: 'claire', password: 'un mot de passe', confirmation: 'autre chose' }, slot);
    expect(mismatch).toMatchObject({ ok: false, error: { fields: { confirmation: 'Les deux mots de passe ne sont pas identiques.' } } });
    const short = await b.call('auth.setup', { organisationName: 'X', name: 'C', login: 'c', password: 'court', confirmation: 'court' }, slot);
    expect(short).toMatchObject({ ok: false, error: { fields: { password: 'Le mot de passe compte au moins 10 caractères.' } } });
    const state = unwrap<AuthState>(
      await b.call('auth.setup', { organisationName: 'L’Échelier', name: 'Claire Martin', login: 'claire', password: 'un mot de passe', confirmation: 'un mot de passe' }, slot),
    );
    expect(state).toMatchObject({ needsSetup: false, locked: false, account: { name: 'Claire Martin', login: 'claire', role: 'direction' } });
    expect(unwrap<{ name: string }>(await b.call('settings.getOrganisation', {}, slot)).name).toBe('L’Échelier');
    // The password is stored hashed, never in clear.
    const stored = b.sqlite!.prepare('SELECT password_hash FROM accounts').pluck().get() as string;
    expect(stored).toMatch(/^scrypt\$\d+\$8\$\d\$/);
    expect(stored).not.toContain('un mot de passe');
    const again = await b.call('auth.setup', { organisationName: 'Autre', name: 'Intrus', login: 'intrus', password: 'un mot de passe', confirmation: 'un mot de passe' }, { token: null });
    expect(code(again)).toBe('forbidden');
    // The journal names the new account as the one who acted.
    const entries = b.sqlite!.prepare("SELECT actor, actor_id AS actorId, action, entity FROM audit_log ORDER BY id").all();
    expect(entries).toEqual([
      { actor: 'Claire Martin', actorId: 1, action: 'création', entity: 'compte' },
      { actor: 'Claire Martin', actorId: 1, action: 'création', entity: 'organisation' },
    ]);
  });
});

describe('logging in', () => {
  it('opens a session with the right password, whatever the login’s case, and closes it at logout', async () => {
    const { raw } = fresh();
    const slot: SessionSlot = { token: null };
    expect(await raw.call('auth.login', { login: 'TEST', password: 'faux mot de passe' }, slot)).toMatchObject({
      ok: false,
      error: { message: 'Identifiant ou mot de passe incorrect.' },
    });
    expect(slot.token).toBeNull();
    expect(unwrap<AuthState>(await raw.call('auth.login', { login: 'TEST', password: 'mot-de-passe-des-tests' }, slot)).account?.login).toBe('test');
    expect(code(await raw.call('workers.list', {}, slot))).toBe('ok');
    unwrap(await raw.call('auth.logout', {}, slot));
    expect(code(await raw.call('workers.list', {}, slot))).toBe('unauthenticated');
    // An unknown login gets the same answer as a wrong password.
    expect(await raw.call('auth.login', { login: 'personne', password: 'x' }, slot)).toMatchObject({ ok: false, error: { message: 'Identifiant ou mot de passe incorrect.' } });
  });

  it('locks the account for 5 minutes after 5 wrong passwords, even for the right one, then lets it in', async () => {
    const { raw } = fresh();
    // The back end's clock (ctx.now) is `new Date()`: only Date is faked, timers run.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T09:00:00Z'));
    try {
      const slot: SessionSlot = { token: null };
      for (let i = 1; i <= 4; i++) {
        const r = await raw.call('auth.login', { login: 'test', password: `faux ${i}` }, slot);
        expect(r).toMatchObject({ ok: false, error: { message: 'Identifiant ou mot de passe incorrect.' } });
      }
      const fifth = await raw.call('auth.login', { login: 'test', password: 'faux 5' }, slot);
      expect(fifth).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Ce compte est bloqué pendant 5 minutes après 5 essais manqués : réessayez après \d\d:05\.$/) } });
      const right = await raw.call('auth.login', { login: 'test', password: 'mot-de-passe-des-tests' }, slot);
      expect(right).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Ce compte est bloqué/) } });
      expect(slot.token).toBeNull();
      vi.setSystemTime(new Date('2026-11-20T09:05:01Z'));
      expect(code(await raw.call('auth.login', { login: 'test', password: 'mot-de-passe-des-tests' }, slot))).toBe('ok');
      const log = raw.sqlite!.prepare("SELECT action FROM audit_log WHERE entity = 'compte' ORDER BY id").pluck().all();
      expect(log).toEqual(['échec_connexion', 'échec_connexion', 'échec_connexion', 'échec_connexion', 'blocage', 'connexion']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('locks an idle session after the set minutes; only the password unlocks it, and what the page kept is the page’s', async () => {
    const { raw, backend } = fresh();
    unwrap(backend.dispatch('settings.saveSecurity', { idleLockMinutes: 1, anonymiseAfterYears: 2, version: 0 }));
    const slot: SessionSlot = { token: null };
    unwrap(await raw.call('auth.login', { login: 'test', password: 'mot-de-passe-des-tests' }, slot));
    // The page saw the person leave: it locks.
    expect(unwrap<AuthState>(await raw.call('auth.lock', {}, slot)).locked).toBe(true);
    expect(await raw.call('workers.list', {}, slot)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await raw.call('auth.unlock', { password: 'faux' }, slot)).toMatchObject({ ok: false, error: { message: 'Identifiant ou mot de passe incorrect.' } });
    expect(unwrap<AuthState>(await raw.call('auth.unlock', { password: 'mot-de-passe-des-tests' }, slot)).locked).toBe(false);
    expect(code(await raw.call('workers.list', {}, slot))).toBe('ok');
    // The back end locks by itself too, when no call came for the set minutes.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61_000);
    try {
      expect(await raw.call('workers.list', {}, slot)).toMatchObject({ ok: false, error: { code: 'locked' } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('direction manages the accounts', () => {
  it('creates an account that must choose its password, disables it (never deleted) and its session ends', async () => {
    const { raw, backend } = fresh();
    const created = unwrap<{ id: number }>(
      await backend.call('accounts.create', { name: 'Karim Benali', login: 'karim', role: 'conseiller', password: 'provisoire-123', confirmation: 'provisoire-123' }),
    );
    const taken = await backend.call('accounts.create', { name: 'Autre', login: 'KARIM', role: 'charge', password: 'provisoire-123', confirmation: 'provisoire-123' });
    expect(taken).toMatchObject({ ok: false, error: { fields: { login: expect.stringMatching(/^Cet identifiant est déjà pris/) } } });
    const slot: SessionSlot = { token: null };
    expect(unwrap<AuthState>(await raw.call('auth.login', { login: 'karim', password: 'provisoire-123' }, slot)).account?.mustChangePassword).toBe(true);
    expect(code(await raw.call('workers.list', {}, slot))).toBe('password_change');
    unwrap(await raw.call('auth.changePassword', { current: 'provisoire-123', password: 'mon-propre-mot', confirmation: 'mon-propre-mot' }, slot));
    expect(code(await raw.call('workers.list', {}, slot))).toBe('ok');

    unwrap(backend.dispatch('accounts.setDisabled', { id: created.id, disabled: true }));
    expect(code(await raw.call('workers.list', {}, slot))).toBe('unauthenticated');
    expect(await raw.call('auth.login', { login: 'karim', password: 'mon-propre-mot' }, slot)).toMatchObject({ ok: false });
    expect(raw.sqlite!.prepare('SELECT count(*) FROM accounts WHERE id = ?').pluck().get(created.id)).toBe(1);
    // Nobody disables themselves, and the last direction account stays.
    expect(code(backend.dispatch('accounts.setDisabled', { id: 1, disabled: true }))).toBe('rule');
    const conseiller = asRole(raw, 'conseiller', 'autre');
    expect(code(conseiller.backend.dispatch('accounts.setDisabled', { id: created.id, disabled: false }))).toBe('forbidden');
  });

  it('resets a password: the old one stops working, the new one asks to be changed', async () => {
    const { raw, backend } = fresh();
    const karim = asRole(raw, 'charge', 'karim');
    const id = raw.sqlite!.prepare("SELECT id FROM accounts WHERE login = 'karim'").pluck().get() as number;
    unwrap(await backend.call('accounts.resetPassword', { id, password: 'remise-a-zero', confirmation: 'remise-a-zero' }));
    expect(code(karim.backend.dispatch('clients.list', {}))).toBe('unauthenticated');
    const slot: SessionSlot = { token: null };
    expect(code(await raw.call('auth.login', { login: 'karim', password: karim.password }, slot))).not.toBe('ok');
    expect(unwrap<AuthState>(await raw.call('auth.login', { login: 'karim', password: 'remise-a-zero' }, slot)).account?.mustChangePassword).toBe(true);
  });

  it('links the workers whose referent was typed as text to the account of that name, once it exists', async () => {
    const { backend } = fresh();
    const w = unwrap<{ id: number }>(
      backend.dispatch('workers.create', { worker: { civility: 'M.', birthName: 'Petit', firstName: 'Luc', birthDate: '1990-02-02', referent: 'MARTIN Claire' } }),
    );
    unwrap(await backend.call('accounts.create', { name: 'Claire Martin', login: 'cmartin', role: 'conseiller', password: 'provisoire-123', confirmation: 'provisoire-123' }));
    const row = backend.sqlite!.prepare('SELECT referent, referent_account_id AS accountId FROM workers WHERE id = ?').get(w.id);
    expect(row).toEqual({ referent: 'Claire Martin', accountId: expect.any(Number) });
  });
});
