import fs from 'node:fs';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type Database from 'better-sqlite3';
import type { AppStatus, StartupProblem } from './contract/app';
import { contract } from './contract';
import type { Result } from './contract/result';
import { createHandlers } from './api';
import { createDispatcher } from './dispatch';
import { AppError, classifyError, StartupError } from './errors';
import { fileLogger } from './log';
import { migrateOpened, openDatabase, type OpenedDatabase } from './open';
import { schedulePageCheck } from './file-health';
import type { Migration } from './migrate';
import { dataPaths } from './paths';
import * as schema from './schema';
import { BackupCore } from './backup/service';
import { Restorer } from './backup/restore';
import type { TransferStore } from './backup/transfers';
import { SessionStore, type SessionSlot } from './auth/sessions';
import { seedFirstAccount, type FirstAccount } from './auth/first-account';
import { protectDataFiles } from './file-modes';
import { accountOfSession } from './records/accounts';
import { allows, type Permission } from './contract/roles';

export interface BackendOptions {
  dataDir: string;
  migrationsDir: string;
  version: string;
  nativeBinding?: string;
  /**
   * A direction account created at start-up when none exists yet (what the first-run wizard
   * does otherwise): the test host and the tests log in with it. Its password comes hashed.
   */
  firstAccount?: FirstAccount;
  logToConsole?: boolean;
  /** How long after start-up the automatic backup is considered (default 5 s: after the first paint). */
  startupBackupDelayMs?: number;
  /** After opening a cleanly closed file, when its page check runs (ms; the first paint comes first). */
  pageCheckDelayMs?: number;
}

export interface Backend {
  /**
   * A call answered at once (every call but an export and those that hash a password): what the
   * tests and tools use. `slot` is the caller's session (db/auth/sessions.ts); without it, only
   * the public calls answer.
   */
  dispatch(name: string, input: unknown, slot?: SessionSlot): Result<unknown>;
  /** Any call, answered when done (an export writes its file after reading): what the transports use. */
  call(name: string, input: unknown, slot?: SessionSlot): Promise<Result<unknown>>;
  /**
   * Tests and tools only (no transport reaches it): a session for an existing account, without
   * its password. False when no active account has this login.
   */
  openSession(slot: SessionSlot, login: string): boolean;
  /** Whether the session in `slot` is an active, unlocked account that holds this permission (the web host's file routes). */
  permits(slot: SessionSlot, permission: Permission): boolean;
  status(): AppStatus;
  /**
   * Resolves once the database is open and migrated, or start-up failed (see status). At once,
   * except when a migration waits for the backup made before it: transports wait for it.
   */
  readonly ready: Promise<void>;
  /** Closes the database now (tests, tools). */
  close(): void;
  /** Quitting the app: the quit backup, then close. */
  shutdown(): Promise<void>;
  /** Backup files in and out of the web host. */
  readonly transfers: TransferStore;
  /** Only for tests and tools that need SQL access (benchmarks); null when start-up failed. */
  readonly sqlite: Database.Database | null;
}

function problemOf(e: unknown): StartupProblem {
  return e instanceof StartupError
    ? { title: e.title, advice: e.advice, detail: e.detail }
    : {
        title: "Passerelle n'a pas pu démarrer.",
        advice: "Rien n'a été modifié. Contactez l'assistance avec la référence ci-dessous.",
        detail: (e as { code?: string }).code ?? (e as Error).name ?? 'erreur',
      };
}

/**
 * Starts the back end that both transports (Electron IPC, HTTP host) serve. A start-up failure
 * does not throw: the back end stays up in an error state, so the window can show what
 * happened and where the data and backups are. A restore closes the database and opens the
 * restored one in its place; calls made meanwhile are answered « indisponible ».
 */
export function startBackend(options: BackendOptions): Backend {
  const paths = dataPaths(options.dataDir);
  const log = fileLogger(paths.logFile, options.logToConsole);
  const sessions = new SessionStore();
  protectDataFiles(paths);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const core = new BackupCore({ dataDir: paths.dataDir, version: options.version, log, ...binding });
  core.transfers.clean();

  // Until the database is open (only a migration's backup makes this last): transports wait for `ready`.
  let status: AppStatus = {
    version: options.version,
    dbPath: paths.dbPath,
    dataDir: paths.dataDir,
    backupsDir: '',
    state: 'error',
    notices: [],
    fileCheck: 'pending',
    problem: { title: 'Passerelle prépare ses données…', advice: 'Un instant, puis rechargez la page.', detail: 'démarrage' },
  };
  let live: { sqlite: Database.Database; dispatch: ReturnType<typeof createDispatcher> } | null = null;
  let migrations: readonly Migration[] = [];
  let restoring = false;
  let cancelPageCheck = (): void => undefined;
  const currentStatus = (): AppStatus => ({ ...status, backupsDir: core.folder().folder });
  const base = () => ({ version: options.version, dbPath: paths.dbPath, dataDir: paths.dataDir, backupsDir: core.folder().folder });

  const restorer = new Restorer({ core, migrations: () => migrations, connection: () => live?.sqlite ?? null, replaceDatabase });
  const handlers = createHandlers(currentStatus, { core, restorer });

  function fail(e: unknown): void {
    const problem = problemOf(e);
    // A StartupError is expected and fully described; anything else keeps its stack in the log.
    log('error', `démarrage impossible: ${problem.title} (${problem.detail})`, e instanceof StartupError ? undefined : e);
    status = { ...base(), state: 'error', notices: [], fileCheck: 'pending', problem };
  }

  /** Opens the database file; before a migration, backs it up (the only wait). */
  async function open(): Promise<void> {
    let opened: OpenedDatabase;
    try {
      opened = openDatabase({ dbPath: paths.dbPath, backupsDir: core.folder().folder, migrationsDir: options.migrationsDir, ...binding });
    } catch (e) {
      fail(e);
      return;
    }
    migrations = opened.migrations;
    if (opened.pending.length > 0) {
      try {
        const copy = await core.safetyBackup(opened.sqlite, 'avant-mise-a-jour');
        opened.notices.push(`Base mise à jour ; une copie de l'ancienne a été faite dans le dossier des sauvegardes : ${copy.name}`);
      } catch (e) {
        opened.sqlite.close();
        fail(
          new StartupError(
            "La base de données doit être mise à jour, mais la sauvegarde qui doit précéder la mise à jour n'a pas pu être faite.",
            `${(e as Error).message} Rien n'a été modifié.`,
            'sauvegarde avant mise à jour',
          ),
        );
        return;
      }
      try {
        migrateOpened(opened);
      } catch (e) {
        fail(e);
        return;
      }
    }
    const sqlite = opened.sqlite;
    protectDataFiles(paths);
    if (options.firstAccount) seedFirstAccount(sqlite, options.firstAccount, new Date());
    const ctx = { db: drizzle(sqlite, { schema }), sqlite, now: () => new Date() };
    live = { sqlite, dispatch: createDispatcher(handlers, ctx, log, sessions) };
    status = { ...base(), state: 'ready', notices: opened.notices, fileCheck: opened.pageCheckDeferred ? 'pending' : 'ok', problem: null };
    for (const n of opened.notices) log('info', n);
    if (opened.pageCheckDeferred) {
      cancelPageCheck();
      cancelPageCheck = schedulePageCheck(() => (live?.sqlite === sqlite ? sqlite : null), options.pageCheckDelayMs ?? 2000, (verdict, detail) => {
        status = { ...status, fileCheck: verdict };
        if (verdict === 'damaged') log('error', `contrôle du fichier de données après l'ouverture : ${detail}`);
      });
    }
  }

  /** The restore's swap: the old file stays aside until the restored one has opened. */
  async function replaceDatabase(staged: string): Promise<void> {
    const old = live;
    if (!old) throw new AppError('unavailable', 'Passerelle est indisponible.');
    restoring = true;
    live = null;
    const aside = `${paths.dbPath}.avant-restauration`;
    try {
      old.sqlite.close();
      const wal = `${paths.dbPath}-wal`;
      if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
        // Still in use by another process: swapping the file under it would harm both.
        await open();
        throw new AppError('rule', "Passerelle est ouvert dans une autre fenêtre ou sur un autre poste : fermez-le, puis recommencez la restauration. Rien n'a été modifié.");
      }
      fs.rmSync(`${paths.dbPath}-shm`, { force: true });
      fs.rmSync(wal, { force: true });
      fs.rmSync(aside, { force: true });
      fs.renameSync(paths.dbPath, aside);
      fs.renameSync(staged, paths.dbPath);
      await open();
      if (!live) {
        const why = status.problem?.title ?? '';
        fs.rmSync(paths.dbPath, { force: true });
        fs.renameSync(aside, paths.dbPath);
        await open();
        throw new AppError('rule', `La sauvegarde n'a pas pu être ouverte (${why}) : la base d'avant a été remise en place.`);
      }
      fs.rmSync(aside, { force: true });
    } finally {
      restoring = false;
    }
  }

  const ready = open().then(() => {
    if (live) core.scheduleStartupBackup(() => live?.sqlite ?? null, options.startupBackupDelayMs ?? 5000);
  });

  function offline(name: string, input: unknown): Result<unknown> {
    if (name === 'app.status') return { ok: true, value: currentStatus() };
    if (name === 'backup.job') {
      // A restore reopens the database: its progress is still followed meanwhile.
      const parsed = contract['backup.job'].input.safeParse(input ?? {});
      if (parsed.success) {
        try {
          return { ok: true, value: core.jobs.get(parsed.data.id) };
        } catch (e) {
          return { ok: false, error: classifyError(e, 'job') };
        }
      }
    }
    const message = restoring ? 'Restauration en cours : Passerelle rouvre les données, un instant…' : (status.problem?.title ?? 'Passerelle est indisponible.');
    return { ok: false, error: { code: 'unavailable', message } };
  }

  function close(): void {
    core.cancelTimers();
    cancelPageCheck();
    if (live?.sqlite.open) live.sqlite.close();
  }

  return {
    dispatch(name, input, slot) {
      const result = live ? live.dispatch(name, input, slot) : offline(name, input);
      if (result instanceof Promise) throw new Error(`${name} répond plus tard : appelez-le par backend.call`);
      return result;
    },
    call: async (name, input, slot) => (live ? live.dispatch(name, input, slot) : offline(name, input)),
    permits(slot, permission) {
      const session = sessions.get(slot);
      const account = session && live && !session.locked ? accountOfSession(live.sqlite, session.accountId) : null;
      return account !== null && account.login === session?.login && allows(permission, account.role);
    },
    openSession(slot, login) {
      const row = live?.sqlite.prepare('SELECT id, login FROM accounts WHERE lower(login) = lower(?) AND disabled_at IS NULL').get(login) as
        | { id: number; login: string }
        | undefined;
      if (row === undefined) return false;
      sessions.open(slot, row, Date.now());
      return true;
    },
    status: currentStatus,
    ready,
    close,
    async shutdown() {
      await ready;
      core.cancelTimers();
      await core.jobs.settled();
      if (live) await core.quitBackup(live.sqlite);
      close();
    },
    transfers: core.transfers,
    get sqlite() {
      return live?.sqlite ?? null;
    },
  };
}
