import path from 'node:path';
import { startBackend, type Backend } from '../../db/backend';
import { isLoopback, startHttpHost, type HttpHost } from '../../db/http-host';
import { flagValue } from '../../db/paths';
import { hashPassword } from '../../db/auth/passwords';
import type { FirstAccount } from '../../db/auth/first-account';
import { restrictNewFiles } from '../../db/file-modes';

// The web host's entry: opens the back end on a data folder, serves it and the built renderer
// over HTTP (db/http-host.ts), and prints where. The launcher runs it when Electron is absent or
// with --web; it is also where a later office-network mode will start.
//
// The bind address is an option, but only 127.0.0.1 is accepted: staff accounts now guard the
// API, but passwords and session cookies would cross the office network in clear without HTTPS.

export const LOOPBACK = '127.0.0.1';

export interface WebHostOptions {
  /** The project folder: db/migrations and dist/renderer are found there. */
  projectDir: string;
  dataDir: string;
  version: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1, the only address accepted today. */
  bind?: string;
  /** The per-launch secret; random by default. */
  secret?: string;
  /** Print one JSON line (address, secret, data folder) instead of the French sentence: for the tests. */
  json?: boolean;
  /** Where the address is printed, one line at a time. */
  say: (line: string) => void;
}

export interface WebHost {
  origin: string;
  /** The address to open once: it sets the session cookie. */
  openUrl: string;
  secret: string;
  port: number;
  dataDir: string;
  backend: Backend;
  close(): Promise<void>;
}

/** The web host's own flags: `--port N`, `--bind ADRESSE`. */
export function webHostFlags(argv: readonly string[]): Pick<WebHostOptions, 'port' | 'bind'> {
  const port = flagValue(argv, '--port');
  const bind = flagValue(argv, '--bind');
  return {
    ...(port !== undefined ? { port: /^\d+$/.test(port) ? Number(port) : Number.NaN } : {}),
    ...(bind !== undefined ? { bind } : {}),
  };
}

/** Why these options cannot be served, in French; null when they can. */
export function webHostOptionsProblem(options: Pick<WebHostOptions, 'port' | 'bind' | 'secret'>): string | null {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return 'Port invalide : donnez un nombre entier de 0 à 65535 (0 choisit un port libre).';
  }
  const bind = options.bind ?? LOOPBACK;
  if (bind !== LOOPBACK && bind !== 'localhost') {
    if (isLoopback(bind) || bind === '[::1]') {
      return `Adresse « ${bind} » non prise en charge : le serveur local écoute sur ${LOOPBACK}.`;
    }
    return (
      `Adresse « ${bind} » refusée : Passerelle n'est servi que sur ce poste (${LOOPBACK}). ` +
      "L'accès depuis les autres postes du bureau n'est pas encore ouvert : il demande, en plus des comptes du personnel, " +
      'une connexion chiffrée (HTTPS), qui viendra avec une prochaine version.'
    );
  }
  if (options.secret !== undefined && !/^[A-Za-z0-9_-]{32,200}$/.test(options.secret)) {
    return 'Clé de lancement invalide : au moins 32 caractères, lettres, chiffres, « - » ou « _ ».';
  }
  return null;
}

/**
 * PASSERELLE_FIRST_ACCOUNT (JSON: login, name, password): a direction account made at start-up
 * when the database has none, instead of the first-run wizard. The end-to-end tests start their
 * host with it and log in; it opens nothing the wizard does not (it only acts with no account).
 */
export async function firstAccountFromEnv(env: NodeJS.ProcessEnv): Promise<FirstAccount | undefined> {
  const raw = env.PASSERELLE_FIRST_ACCOUNT;
  if (!raw) return undefined;
  const parsed = JSON.parse(raw) as { login?: unknown; name?: unknown; password?: unknown };
  if (typeof parsed.login !== 'string' || typeof parsed.name !== 'string' || typeof parsed.password !== 'string') {
    throw new Error('PASSERELLE_FIRST_ACCOUNT : il faut un identifiant (login), un nom (name) et un mot de passe (password).');
  }
  return { login: parsed.login, name: parsed.name, passwordHash: await hashPassword(parsed.password) };
}

/** Opens the back end and serves it; throws a French Error, before touching the data, on bad options. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const problem = webHostOptionsProblem(options);
  if (problem) throw new Error(problem);
  restrictNewFiles();
  const firstAccount = await firstAccountFromEnv(process.env);
  const backend = startBackend({
    dataDir: options.dataDir,
    migrationsDir: path.join(options.projectDir, 'db', 'migrations'),
    version: options.version,
    logToConsole: true,
    ...(firstAccount ? { firstAccount } : {}),
  });
  // Only a migration waiting for its backup makes this last.
  await backend.ready;
  let host: HttpHost;
  try {
    host = await startHttpHost({
      backend,
      staticDir: path.join(options.projectDir, 'dist', 'renderer'),
      port: options.port ?? 0,
      ...(options.secret !== undefined ? { secret: options.secret } : {}),
    });
  } catch (e) {
    backend.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`Le port ${options.port} est déjà utilisé sur ce poste : choisissez-en un autre.`);
    throw e;
  }

  const { say, dataDir } = options;
  if (options.json) {
    say(JSON.stringify({ url: host.openUrl, origin: host.origin, secret: host.secret, dataDir }));
  } else {
    say(`Passerelle est servi sur ${host.origin} (données : ${dataDir}). Ctrl+C pour arrêter.`);
    const status = backend.status();
    if (status.state === 'error') say(`Attention : ${status.problem?.title}`);
  }
  return {
    origin: host.origin,
    openUrl: host.openUrl,
    secret: host.secret,
    port: host.port,
    dataDir,
    backend,
    async close() {
      await host.close();
      // The backup made when the app quits.
      await backend.shutdown();
    },
  };
}
