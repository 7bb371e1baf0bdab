import fs from 'node:fs';
import Database from 'better-sqlite3';
import { versionProblem, type Migration } from './migrate';

// Looks at a database file without changing a byte of it: every check runs on a read-only
// connection (no journal mode switch, no checkpoint, no migration), so a file that is refused
// is left exactly as it was. Used at start-up on the live file and before a restore on the
// candidate.

/**
 * `PRAGMA application_id` of every Passerelle database: "PASS" in ASCII (0x50415353). It sits in
 * the file header (bytes 68-71), so `file` and other tools can tell a Passerelle file apart.
 */
export const PASSERELLE_APPLICATION_ID = 0x50415353;

const SQLITE_HEADER = 'SQLite format 3\u0000';

export type FileProblem =
  | 'missing'
  | 'empty'
  | 'unreadable'
  | 'not_sqlite'
  | 'foreign'
  | 'newer'
  | 'unknown_version'
  | 'damaged';

export type FileVerdict =
  | {
      ok: true;
      /** Applied migrations (`user_version`). */
      schemaVersion: number;
      /** A Passerelle database from before the application_id stamp: stamp it once writable. */
      needsStamp: boolean;
    }
  | { ok: false; problem: FileProblem; detail: string };

export interface CheckOptions {
  migrations: readonly Migration[];
  /**
   * `quick` (start-up: fast, catches most damage), `full` (`integrity_check`: a restore
   * candidate) or `header` (everything but the page check, which start-up then runs after the
   * first paint: see db/file-health.ts).
   */
  depth: 'header' | 'quick' | 'full';
  nativeBinding?: string;
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function sqliteCode(e: unknown): string {
  return (e as { code?: string }).code ?? 'erreur';
}

/** What is wrong with `file` as a Passerelle database, or its schema version when nothing is. */
export function checkDatabaseFile(file: string, options: CheckOptions): FileVerdict {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, problem: 'unreadable', detail: 'pas un fichier' };
    size = stat.size;
    if (size === 0) return { ok: false, problem: 'empty', detail: '0 octet' };
    if (readHeader(file).toString('latin1') !== SQLITE_HEADER) return { ok: false, problem: 'not_sqlite', detail: 'en-tête SQLite absent' };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'lecture';
    return { ok: false, problem: code === 'ENOENT' ? 'missing' : 'unreadable', detail: code };
  }
  try {
    return inspect(file, options);
  } catch (e) {
    const code = sqliteCode(e);
    // A rollback-journal database left with a hot journal by a crash cannot be read until
    // SQLite rolls the journal back, which a read-only connection may not do: let SQLite do
    // its own recovery (it restores the last committed state) and look again.
    if (code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_READONLY_RECOVERY') {
      try {
        const recover = new Database(file, { fileMustExist: true, ...binding(options) });
        try {
          recover.prepare('SELECT count(*) FROM sqlite_master').get();
        } finally {
          recover.close();
        }
        return inspect(file, options);
      } catch (again) {
        return { ok: false, problem: 'damaged', detail: sqliteCode(again) };
      }
    }
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return { ok: false, problem: 'damaged', detail: code };
    return { ok: false, problem: 'unreadable', detail: code };
  }
}

function binding(options: CheckOptions): { nativeBinding?: string } {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

function inspect(file: string, options: CheckOptions): FileVerdict {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...binding(options) });
  try {
    const appId = Number(db.pragma('application_id', { simple: true }));
    const tracked = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'").get() !== undefined;
    const ours = appId === PASSERELLE_APPLICATION_ID || (appId === 0 && tracked);
    if (!ours) {
      return { ok: false, problem: 'foreign', detail: `application_id 0x${appId.toString(16).padStart(8, '0')}` };
    }
    const version = versionProblem(db, options.migrations);
    if (version) return { ok: false, problem: version.kind === 'newer' ? 'newer' : 'unknown_version', detail: version.detail };
    if (options.depth !== 'header') {
      const check = db.pragma(options.depth === 'full' ? 'integrity_check' : 'quick_check', { simple: true });
      if (check !== 'ok') return { ok: false, problem: 'damaged', detail: options.depth === 'full' ? 'integrity_check' : 'quick_check' };
    }
    return { ok: true, schemaVersion: Number(db.pragma('user_version', { simple: true })), needsStamp: appId === 0 };
  } finally {
    db.close();
  }
}
