import os from 'node:os';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type Database from 'better-sqlite3';
import type { AppStatus } from './contract/app';
import type { Result } from './contract/result';
import type { Actor } from './context';
import { createHandlers } from './api';
import { createDispatcher } from './dispatch';
import { StartupError } from './errors';
import { fileLogger } from './log';
import { openDatabase } from './open';
import { dataPaths } from './paths';
import * as schema from './schema';

export interface BackendOptions {
  dataDir: string;
  migrationsDir: string;
  version: string;
  nativeBinding?: string;
  actor?: Actor;
  logToConsole?: boolean;
}

export interface Backend {
  dispatch(name: string, input: unknown): Result<unknown>;
  status(): AppStatus;
  close(): void;
  /** Only for tests and tools that need SQL access (benchmarks); null when start-up failed. */
  readonly sqlite: Database.Database | null;
}

function defaultActor(): Actor {
  let name = 'poste';
  try {
    name = os.userInfo().username || name;
  } catch {
    // some sandboxes have no passwd entry
  }
  return { id: null, name };
}

/**
 * Starts the back end that both transports (Electron IPC, HTTP host) serve. A start-up failure
 * does not throw: the back end stays up in an error state, so the window can show what
 * happened and where the data and backups are.
 */
export function startBackend(options: BackendOptions): Backend {
  const paths = dataPaths(options.dataDir);
  const log = fileLogger(paths.logFile, options.logToConsole);
  const base = {
    version: options.version,
    dbPath: paths.dbPath,
    dataDir: paths.dataDir,
    backupsDir: paths.backupsDir,
  };
  let status: AppStatus;
  let sqlite: Database.Database | null = null;
  try {
    const opened = openDatabase({
      dbPath: paths.dbPath,
      backupsDir: paths.backupsDir,
      migrationsDir: options.migrationsDir,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    sqlite = opened.sqlite;
    status = { ...base, state: 'ready', notices: opened.notices, problem: null };
    for (const n of opened.notices) log('info', n);
  } catch (e) {
    const problem =
      e instanceof StartupError
        ? { title: e.title, advice: e.advice, detail: e.detail }
        : {
            title: "Passerelle n'a pas pu démarrer.",
            advice: "Rien n'a été modifié. Contactez l'assistance avec la référence ci-dessous.",
            detail: (e as Error).message?.slice(0, 300) ?? String(e),
          };
    // A StartupError is expected and fully described; anything else keeps its stack in the log.
    log('error', `démarrage impossible: ${problem.title} (${problem.detail})`, e instanceof StartupError ? undefined : e);
    status = { ...base, state: 'error', notices: [], problem };
  }

  const handlers = createHandlers(() => status);
  if (!sqlite) {
    return {
      dispatch(name) {
        if (name === 'app.status') return { ok: true, value: status };
        return {
          ok: false,
          error: { code: 'unavailable', message: status.problem?.title ?? 'Passerelle est indisponible.' },
        };
      },
      status: () => status,
      close() {},
      sqlite: null,
    };
  }
  const db = drizzle(sqlite, { schema });
  const open = sqlite;
  const dispatch = createDispatcher(
    handlers,
    { db, sqlite: open, actor: options.actor ?? defaultActor(), now: () => new Date() },
    log,
  );
  return {
    dispatch,
    status: () => status,
    close() {
      if (open.open) open.close();
    },
    sqlite: open,
  };
}
