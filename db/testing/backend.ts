import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Backend } from '../backend';
import type { Result } from '../contract/result';
import type { Role } from '../contract/roles';
import { cheapHashForTests } from '../auth/passwords';
import type { SessionSlot } from '../auth/sessions';
import { inSession, startLoggedIn } from './session';

export { inSession, startLoggedIn, TEST_ACCOUNT } from './session';

export const MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

/**
 * A back end on a real SQLite file in a fresh temporary folder, its calls made as the direction
 * account `test` (the `backend` given); `raw` answers public calls only unless given a session.
 * `cleanup` removes both.
 */
export function tempBackend(): { backend: Backend; raw: Backend; dataDir: string; cleanup(): void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-test-'));
  const backend = startLoggedIn({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test' });
  const raw = Object.getPrototypeOf(backend) as Backend;
  return {
    backend,
    raw,
    dataDir,
    cleanup() {
      raw.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * An account of this role, created straight in the database (a cheap hash), and a session for
 * it: the back end as that person. `password` is the account's.
 */
export function asRole(backend: Backend, role: Role, login: string = role): { backend: Backend; slot: SessionSlot; password: string } {
  const password = `mot-de-passe-${login}`;
  const at = new Date().toISOString();
  backend.sqlite!
    .prepare('INSERT INTO accounts (login, name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(login, `Compte ${login}`, role, cheapHashForTests(password), at, at);
  const slot: SessionSlot = { token: null };
  if (!backend.openSession(slot, login)) throw new Error(`compte ${login} introuvable`);
  return { backend: inSession(backend, slot), slot, password };
}

/**
 * For a test file: a fresh back end before each test (handed to `use`, which keeps what it
 * needs), removed after it.
 */
export function onFreshBackend(use: (backend: Backend, dataDir: string) => void): void {
  let env: ReturnType<typeof tempBackend> | null = null;
  beforeEach(() => {
    env = tempBackend();
    use(env.backend, env.dataDir);
  });
  afterEach(() => env?.cleanup());
}

/** The value of an answer that must be a success (the test fails with the refusal otherwise). */
export function unwrap<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`Appel refusé : ${JSON.stringify(r.error)}`);
  return r.value as T;
}
