import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StartupError } from './errors';
import { checkDatabaseFile, PASSERELLE_APPLICATION_ID, type FileVerdict } from './file-check';
import { canDeferPageCheck } from './file-health';
import { applyMigrations, loadMigrations, pendingMigrations, type Migration } from './migrate';

export interface OpenOptions {
  dbPath: string;
  backupsDir: string;
  migrationsDir: string;
  /** Path of a better_sqlite3.node built for this runtime (Electron's ABI); Node uses the default. */
  nativeBinding?: string;
}

export interface OpenedDatabase {
  sqlite: Database.Database;
  journalMode: string;
  notices: string[];
  migrations: Migration[];
  /** Migrations still to apply: the caller backs the database up first (migrateOpened). */
  pending: Migration[];
  /** The page check (quick_check) was left until after the first paint (db/file-health.ts). */
  pageCheckDeferred: boolean;
}

function binding(options: OpenOptions): { nativeBinding?: string } {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

/** How to start again from a backup, with where the backups are. */
function wayOut(options: OpenOptions): string {
  return `Rien n'a été modifié. Pour repartir de la dernière sauvegarde : fermez Passerelle, copiez la sauvegarde la plus récente du dossier des sauvegardes (${options.backupsDir}) à la place de ce fichier en la renommant « ${path.basename(options.dbPath)} », puis relancez Passerelle. Fichier : ${options.dbPath}`;
}

/** The French refusal of a file that did not pass the checks. */
function refusal(verdict: Extract<FileVerdict, { ok: false }>, options: OpenOptions): StartupError {
  const { problem, detail } = verdict;
  switch (problem) {
    case 'empty':
      return new StartupError('Le fichier de données de Passerelle est vide (0 octet) : il ne contient plus aucune donnée.', wayOut(options), detail);
    case 'not_sqlite':
      return new StartupError(
        "Le fichier de données de Passerelle n'est pas une base de données : il a sans doute été remplacé ou écrasé par un autre fichier.",
        wayOut(options),
        detail,
      );
    case 'foreign':
      return new StartupError("Ce fichier est la base de données d'un autre logiciel, pas celle de Passerelle : Passerelle ne l'ouvre pas.", wayOut(options), detail);
    case 'damaged':
      return new StartupError('Le fichier de données de Passerelle est endommagé.', wayOut(options), detail);
    case 'newer':
      return new StartupError(
        'Cette base de données a été enregistrée par une version plus récente de Passerelle.',
        "Installez la dernière version de Passerelle sur ce poste. Par sécurité, cette version ne l'ouvre pas, pour ne rien abîmer ; rien n'a été modifié.",
        detail,
      );
    case 'unknown_version':
      return new StartupError(
        'Cette base de données ne correspond pas à cette version de Passerelle.',
        "Installez la dernière version de Passerelle, ou contactez l'assistance avec la référence ci-dessous. Rien n'a été modifié.",
        detail,
      );
    default:
      return new StartupError(
        'Passerelle ne peut pas lire son fichier de données.',
        `Vérifiez que le fichier ${options.dbPath} est accessible (droits, disque ou clé USB branchés). Rien n'a été modifié.`,
        detail,
      );
  }
}

function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A new database is built beside its final name and renamed once migrated and stamped: a crash
 * on the first start never leaves an empty or half-made `passerelle.sqlite` behind.
 */
function createDatabase(options: OpenOptions, migrations: readonly Migration[]): void {
  const building = `${options.dbPath}.nouvelle`;
  for (const f of [building, `${building}-journal`]) fs.rmSync(f, { force: true });
  const db = new Database(building, binding(options));
  try {
    db.pragma(`application_id = ${PASSERELLE_APPLICATION_ID}`);
    applyMigrations(db, migrations);
  } finally {
    db.close();
  }
  fs.renameSync(building, options.dbPath);
}

function sqliteCode(e: unknown): string {
  return (e as { code?: string }).code ?? (e as Error).name ?? 'erreur';
}

/**
 * Opens (or creates) the database. Every check (header, application_id, version, quick_check)
 * runs on a read-only connection before anything writes, so a refused file is left exactly as it
 * was. Migrations are not applied here: the caller backs the database up, then calls
 * migrateOpened. Every failure a person can meet becomes a StartupError in French.
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const { dbPath } = options;
  const dir = path.dirname(dbPath);
  const notices: string[] = [];
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new StartupError(
      'Passerelle ne peut pas créer son dossier de données.',
      `Vérifiez les droits sur ${dir}, ou choisissez un autre dossier.`,
      (e as NodeJS.ErrnoException).code ?? 'mkdir',
    );
  }
  const migrations = loadMigrations(options.migrationsDir);
  if (!fs.existsSync(dbPath)) {
    try {
      createDatabase(options, migrations);
    } catch (e) {
      throw new StartupError(
        'Passerelle ne peut pas créer son fichier de données.',
        `Vérifiez les droits sur ${dir} et qu'il reste de la place sur le disque.`,
        sqliteCode(e),
      );
    }
  }

  const readOnly = !writable(dbPath) || !writable(dir);
  const deferred = canDeferPageCheck(dbPath);
  let verdict = checkDatabaseFile(dbPath, { migrations, depth: deferred ? 'header' : 'quick', ...binding(options) });
  // A migration is always preceded by the page check (it would rewrite damaged pages).
  const migrating = verdict.ok && verdict.schemaVersion < migrations.length;
  if (deferred && migrating) verdict = checkDatabaseFile(dbPath, { migrations, depth: 'quick', ...binding(options) });
  if (!verdict.ok && verdict.problem === 'unreadable' && !writable(dir)) {
    // A WAL database needs its -shm beside it, even to be read.
    throw new StartupError(
      'Le dossier de données de Passerelle est en lecture seule : Passerelle ne peut pas y ouvrir ses données.',
      `Rendez le dossier ${dir} modifiable (droits, clé USB ou partage protégés en écriture), puis relancez Passerelle. Rien n'a été modifié.`,
      verdict.detail,
    );
  }
  if (!verdict.ok) throw refusal(verdict, options);
  if (readOnly) {
    notices.push(
      `Le fichier de données ou son dossier est en lecture seule : vous pouvez consulter les données, mais rien ne pourra être enregistré. Vérifiez les droits (ou la case « Lecture seule ») de ${dbPath} et de son dossier.`,
    );
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(dbPath, { fileMustExist: true, readonly: readOnly, ...binding(options) });
  } catch (e) {
    throw new StartupError(
      'Passerelle ne peut pas ouvrir son fichier de données.',
      `Vérifiez que le fichier ${dbPath} est accessible et que le disque n'est pas plein. Rien n'a été modifié.`,
      sqliteCode(e),
    );
  }

  try {
    sqlite.pragma('busy_timeout = 5000');
    let journalMode = String(sqlite.pragma('journal_mode', { simple: true })).toLowerCase();
    if (!readOnly) {
      // WAL lets readers and the writer work together; it needs shared memory, which network
      // drives do not provide, hence the read-back and the fallback.
      journalMode = String(sqlite.pragma('journal_mode = WAL', { simple: true })).toLowerCase();
      if (journalMode !== 'wal') {
        journalMode = String(sqlite.pragma('journal_mode = DELETE', { simple: true })).toLowerCase();
        notices.push(
          'Le mode WAL est indisponible sur ce disque (lecteur réseau ?) : Passerelle fonctionne en mode simple, un peu plus lent.',
        );
      }
      // FULL: each commit reaches the disk before Passerelle says "enregistré". Office writes are
      // human-paced, so durability against a power cut is worth the extra sync.
      sqlite.pragma('synchronous = FULL');
      // A Passerelle database from before the stamp: stamped once, now that it is known to be ours.
      if (verdict.needsStamp) sqlite.pragma(`application_id = ${PASSERELLE_APPLICATION_ID}`);
    }
    sqlite.pragma('foreign_keys = ON');
    const pending = pendingMigrations(sqlite, migrations);
    if (pending.length > 0 && readOnly) {
      throw new StartupError(
        'Cette base de données doit être mise à jour, mais elle est en lecture seule.',
        `Rendez le fichier ${dbPath} et son dossier modifiables, puis relancez Passerelle. Rien n'a été modifié.`,
        'lecture seule',
      );
    }
    return { sqlite, journalMode, notices, migrations, pending, pageCheckDeferred: deferred && !migrating };
  } catch (e) {
    sqlite.close();
    if (e instanceof StartupError) throw e;
    throw new StartupError(
      "Passerelle n'a pas pu préparer sa base de données.",
      "Contactez l'assistance avec la référence ci-dessous.",
      sqliteCode(e),
    );
  }
}

/** Applies the pending migrations (after the caller's backup); a failure closes the database. */
export function migrateOpened(opened: OpenedDatabase): void {
  try {
    applyMigrations(opened.sqlite, opened.migrations);
  } catch (e) {
    opened.sqlite.close();
    if (e instanceof StartupError) throw e;
    throw new StartupError(
      "Passerelle n'a pas pu mettre à jour sa base de données.",
      "La mise à jour a été interrompue sans rien abîmer, et une sauvegarde avait été faite juste avant. Contactez l'assistance avec la référence ci-dessous.",
      sqliteCode(e),
    );
  }
}
