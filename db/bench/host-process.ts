import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { loginOverHttp } from '../testing/session';

/** The direction account a bench host starts with (the bench file has none). */
export const BENCH_ACCOUNT = { login: 'banc', name: 'Banc de mesure', password: 'mot-de-passe-du-banc' };

// The local web host as a separate process, started exactly as `npm start -- --web` starts it
// (the built launcher, dist/electron/launch.cjs, with --json so that it prints its address as
// one line), on a working copy of the bench file: its start-up time (until the address is
// printed: Node, the modules, opening and checking the file) and its memory.

export interface HostProcess {
  origin: string;
  url: string;
  secret: string;
  /** The session of the bench's direction account (PASSERELLE_FIRST_ACCOUNT), logged in once started. */
  session: string;
  pid: number;
  startupMs: number;
  /** Resident memory now and at its peak, in MB (Linux /proc; null elsewhere). */
  memory(): { rssMb: number; peakMb: number } | null;
  /** Calls the host's API with its secret, as the renderer's client does. */
  call<T = unknown>(name: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Calls the API of a host (POST /api/<name> with the session secret, as the renderer's client
 * does) and returns the value, or throws the French error. A kept-alive connection that the
 * server closed meanwhile (its idle timeout, or a long synchronous task on its side) fails at
 * once: the call is sent again on a new connection, as a browser does.
 */
export async function postApi<T = unknown>(host: { origin: string; secret: string; session?: string }, name: string, input: unknown): Promise<T> {
  const send = () =>
    fetch(`${host.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'x-passerelle-secret': host.secret, ...(host.session ? { 'x-passerelle-session': host.session } : {}), 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  const res = await send().catch(send);
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name} a refusé : ${body.error?.message ?? res.status}`);
  return body.value;
}

export function launcherPath(projectDir: string): string {
  return path.join(projectDir, 'dist', 'electron', 'launch.cjs');
}

/** A process's resident memory now and at its peak, in MB, from /proc (Linux); null elsewhere. */
export function processMemory(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

export async function launchHost(projectDir: string, dataDir: string): Promise<HostProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [launcherPath(projectDir), '--web', '--json', `--data-dir=${dataDir}`], {
    cwd: projectDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PASSERELLE_NO_ELECTRON_DOWNLOAD: '1', PASSERELLE_TEST_FAST_HASH: '1', PASSERELLE_FIRST_ACCOUNT: JSON.stringify(BENCH_ACCOUNT) },
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const info = await new Promise<{ url: string; origin: string; secret: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('le serveur local ne répond pas (60 s)')), 60_000);
    child.once('exit', (code) => reject(new Error(`le serveur local s'est arrêté (code ${code})`)));
    lines.on('line', (line) => {
      if (line.startsWith('{')) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { url: string; origin: string; secret: string });
      }
    });
  });
  const startupMs = performance.now() - started;
  const session = await loginOverHttp(info, BENCH_ACCOUNT.login, BENCH_ACCOUNT.password);
  return {
    ...info,
    session,
    pid: child.pid!,
    startupMs,
    memory: () => processMemory(child.pid!),
    call: <T>(name: string, input: unknown) => postApi<T>({ ...info, session }, name, input),
    // Killed, not asked to quit: quitting makes a backup of the whole file (the app's quit
    // backup), which is not what is measured here and would fill the disk over 30 launches.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
