import { startBackend, type Backend, type BackendOptions } from '../backend';
import { cheapHashForTests } from '../auth/passwords';
import type { SessionSlot } from '../auth/sessions';
import type { SessionPort } from '../context';

// The tests' and tools' way in: a back end whose calls are made as a direction account.

/** The direction account every test back end starts with, logged in: login `test`, named « test ». */
export const TEST_ACCOUNT = { login: 'test', name: 'test', password: 'mot-de-passe-des-tests' };
const TEST_HASH = cheapHashForTests(TEST_ACCOUNT.password);

/**
 * The same back end, its calls made in `slot`'s session unless another is given. With `login`,
 * the session is opened at the first call (the database may still be migrating before).
 */
export function inSession(backend: Backend, slot: SessionSlot, login?: string): Backend {
  const ready = () => {
    if (login && !slot.token) backend.openSession(slot, login);
  };
  return Object.assign(Object.create(backend) as Backend, {
    dispatch: (name: string, input: unknown, s: SessionSlot = slot) => {
      ready();
      return backend.dispatch(name, input, s);
    },
    call: (name: string, input: unknown, s: SessionSlot = slot) => {
      ready();
      return backend.call(name, input, s);
    },
  });
}

/** startBackend with the test account, its calls made as that account (for tests that start their own). */
export function startLoggedIn(options: Omit<BackendOptions, 'firstAccount'>): Backend {
  const raw = startBackend({ ...options, firstAccount: { login: TEST_ACCOUNT.login, name: TEST_ACCOUNT.name, passwordHash: TEST_HASH } });
  return inSession(raw, { token: null }, TEST_ACCOUNT.login);
}


/** Logs in over HTTP (a host's origin and launch secret); the session token its cookie carries. */
export async function loginOverHttp(host: { origin: string; secret: string }, login: string, password: string): Promise<string> {
  const res = await fetch(`${host.origin}/api/auth.login`, {
    method: 'POST',
    headers: { 'x-passerelle-secret': host.secret, 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('passerelle-session='));
  if (!cookie) throw new Error(`connexion refusée : ${await res.text()}`);
  return cookie.split(';')[0]!.slice('passerelle-session='.length);
}

/** For a handler context built by hand (benchmarks): no session to open or close. */
export const NO_SESSION: SessionPort = {
  locked: false,
  open: () => undefined,
  close: () => undefined,
  setLocked: () => undefined,
  closeAccount: () => undefined,
};
