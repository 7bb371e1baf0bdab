import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StartupError } from './errors';
import { applyMigrations, checkVersion, loadMigrations, pendingMigrations } from './migrate';
import { backupFileName } from './backup/naming';

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
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function corrupt(dbPath: string, detail: string): StartupError {
  return new StartupError(
    "Le fichier de données de Passerelle est endommagé ou n'est pas une base Passerelle.",
    `Rien n'a été modifié. Restaurez la dernière sauvegarde du dossier des sauvegardes, ou contactez l'assistance. Fichier : ${dbPath}`,
    detail,
  );
}

function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === SQLITE_HEADER;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens (or creates) the database, checks it, backs it up before any migration and migrates it.
 * Every failure a person can meet here becomes a StartupError with a French explanation.
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const { dbPath, backupsDir } = options;
  const notices: string[] = [];
  try {
    fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  } catch (e) {
    throw new StartupError(
      'Passerelle ne peut pas créer son dossier de données.',
      `Vérifiez les droits sur ${path.dirname(dbPath)}, ou choisissez un autre dossier.`,
      (e as NodeJS.ErrnoException).code ?? 'mkdir',
    );
  }
  const existed = fs.existsSync(dbPath) && fs.statSync(dbPath).size > 0;
  if (existed) {
    try {
      if (!hasSqliteHeader(dbPath)) throw corrupt(dbPath, 'en-tête SQLite absent');
    } catch (e) {
      if (e instanceof StartupError) throw e;
      throw new StartupError(
        'Passerelle ne peut pas lire son fichier de données.',
        `Vérifiez que le fichier ${dbPath} est accessible (droits, disque, clé USB branchée).`,
        (e as NodeJS.ErrnoException).code ?? 'read',
      );
    }
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'open';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw corrupt(dbPath, code);
    throw new StartupError(
      'Passerelle ne peut pas ouvrir son fichier de données.',
      `Vérifiez que le fichier ${dbPath} est accessible et que le disque n'est pas plein.`,
      code,
    );
  }

  try {
    sqlite.pragma('busy_timeout = 5000');
    // WAL lets readers and the writer work together; it needs shared memory, which network
    // drives do not provide, hence the read-back and the fallback.
    let journalMode = String(sqlite.pragma('journal_mode = WAL', { simple: true })).toLowerCase();
    if (journalMode !== 'wal') {
      journalMode = String(sqlite.pragma('journal_mode = DELETE', { simple: true })).toLowerCase();
      notices.push(
        'Le mode WAL est indisponible sur ce disque (lecteur réseau ?) : Passerelle fonctionne en mode simple, un peu plus lent.',
      );
    }
    // FULL: each commit reaches the disk before Passerelle says "enregistré". Office writes are
    // human-paced, so durability against a power cut is worth the extra sync.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');

    if (existed) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw corrupt(dbPath, `quick_check: ${String(check).slice(0, 200)}`);
    }

    const migrations = loadMigrations(options.migrationsDir);
    checkVersion(sqlite, migrations);
    const pending = pendingMigrations(sqlite, migrations);
    if (pending.length > 0 && existed && pending.length < migrations.length) {
      fs.mkdirSync(backupsDir, { recursive: true });
      const target = path.join(backupsDir, backupFileName(new Date(), 'avant-mise-a-jour'));
      sqlite.prepare('VACUUM INTO ?').run(target);
      notices.push(`Base mise à jour ; une copie de l'ancienne a été faite : ${target}`);
    }
    applyMigrations(sqlite, migrations);
    return { sqlite, journalMode, notices };
  } catch (e) {
    sqlite.close();
    if (e instanceof StartupError) throw e;
    const code = (e as { code?: string }).code ?? (e as Error).name;
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw corrupt(dbPath, code);
    throw new StartupError(
      "Passerelle n'a pas pu préparer sa base de données.",
      "Rien n'a été modifié. Contactez l'assistance avec la référence ci-dessous.",
      `${code}: ${(e as Error).message}`.slice(0, 300),
    );
  }
}
