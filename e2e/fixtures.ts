import { test as base, expect, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

// Each test gets its own data folder and its own web host process, started exactly as
// `npm start -- --web` does (dist/electron/launch.cjs, built from electron/launcher/launch.ts,
// which runs the web host entry electron/server/web-host.ts), so the tests go through the real
// launcher, the real HTTP transport and a real SQLite file.

/** The built launcher: what `npm start` runs. */
export const LAUNCHER = path.join('dist', 'electron', 'launch.cjs');
/**
 * Never try to download Electron from a test; hash the tests' passwords at a cheap cost (the
 * cost is stored with each hash, so verification is the real one).
 */
export const LAUNCHER_ENV = { ...process.env, PASSERELLE_NO_ELECTRON_DOWNLOAD: '1', PASSERELLE_TEST_FAST_HASH: '1' };

/** The direction account each test host starts with (PASSERELLE_FIRST_ACCOUNT), logged in. */
export const E2E_ACCOUNT = { login: 'direction', name: 'Claire Direction', password: 'mot-de-passe-e2e' };

export interface HostInfo {
  url: string;
  origin: string;
  secret: string;
  dataDir: string;
}

export interface RunningHost extends HostInfo {
  process: ChildProcess;
  /** The session of E2E_ACCOUNT (null for a host started without an account: the wizard). */
  session: string | null;
  /** The launch secret and the session, for the API calls a test makes itself. */
  headers: Record<string, string>;
  stop(): Promise<void>;
}

/** Logs in over HTTP; the session token the host set in its HttpOnly cookie. */
export async function login(origin: string, secret: string, who: { login: string; password: string }): Promise<string> {
  const res = await fetch(`${origin}/api/auth.login`, {
    method: 'POST',
    headers: { 'x-passerelle-secret': secret, 'content-type': 'application/json' },
    body: JSON.stringify({ login: who.login, password: who.password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('passerelle-session='));
  if (!cookie) throw new Error(`connexion refusée : ${await res.text()}`);
  return cookie.split(';')[0]!.slice('passerelle-session='.length);
}

/** The browser carries this session (the cookie the login screen would have set). */
export async function useSession(context: BrowserContext, host: HostInfo, session: string): Promise<void> {
  await context.addCookies([{ name: 'passerelle-session', value: session, url: host.origin, httpOnly: true, sameSite: 'Strict' }]);
}

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-e2e-'));
}

/** A host on `dataDir`; with `account` (the default), E2E_ACCOUNT exists and is logged in. */
export async function startHost(dataDir: string, options: { account?: boolean } = {}): Promise<RunningHost> {
  const withAccount = options.account ?? true;
  const env = withAccount ? { ...LAUNCHER_ENV, PASSERELLE_FIRST_ACCOUNT: JSON.stringify(E2E_ACCOUNT) } : LAUNCHER_ENV;
  const child = spawn(process.execPath, [LAUNCHER, '--web', '--json', `--data-dir=${dataDir}`], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const info = await new Promise<HostInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('le serveur local ne répond pas')), 30_000);
    child.once('exit', (code) => reject(new Error(`le serveur local s'est arrêté (code ${code})`)));
    lines.on('line', (line) => {
      if (line.startsWith('{')) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as HostInfo);
      }
    });
  });
  const session = withAccount ? await login(info.origin, info.secret, E2E_ACCOUNT) : null;
  return {
    ...info,
    session,
    headers: { 'x-passerelle-secret': info.secret, ...(session ? { 'x-passerelle-session': session } : {}) },
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * `host`: a test's own host, whose direction account is logged in, in the API headers and in
 * the browser (the session cookie): the app opens as it would after the login screen.
 * `freshHost`: a host with no account yet, on which the app opens the first-run wizard.
 */
export const test = base.extend<{ host: RunningHost; freshHost: RunningHost }>({
  host: async ({ context }, use) => {
    const dataDir = newDataDir();
    const host = await startHost(dataDir);
    await useSession(context, host, host.session!);
    await use(host);
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  freshHost: async ({}, use) => {
    const dataDir = newDataDir();
    const host = await startHost(dataDir, { account: false });
    await use(host);
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
