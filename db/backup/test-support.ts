// Helpers for the backup tests: following a job to its end, fingerprints of files and of the
// whole database, to prove what changed and what did not.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { Backend } from '../backend';
import type { BackupJob } from '../contract/backup';
import { unwrap } from '../testing/backend';

export function sha256(file: string): string | null {
  return fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;
}

/** The live database file and its -wal, fingerprinted: « rien n'a été modifié » is these being equal. */
export function fingerprint(dbPath: string): { db: string | null; wal: string | null } {
  return { db: sha256(dbPath), wal: sha256(`${dbPath}-wal`) };
}

export { unwrap } from '../testing/backend';

/** Follows a job through `backup.job` until it ends. */
export async function finished(backend: Backend, job: BackupJob, timeoutMs = 30_000): Promise<BackupJob> {
  const until = Date.now() + timeoutMs;
  let current = job;
  while (current.state === 'running') {
    if (Date.now() > until) throw new Error(`tâche ${job.task} toujours en cours`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    current = unwrap<BackupJob>(backend.dispatch('backup.job', { id: job.id }));
  }
  return current;
}

/** Every table's rows, in a stable order: two databases with equal dumps hold the same data. */
export function dumpTables(db: Database.Database, except: readonly string[] = []): Record<string, unknown[]> {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !except.includes(t));
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    // A one-column table (forbidden_work_exceptions) has no second column to order by.
    const columns = db.prepare('SELECT count(*) FROM pragma_table_info(?)').pluck().get(t) as number;
    out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY ${columns > 1 ? '1, 2' : '1'}`).all();
  }
  return out;
}
