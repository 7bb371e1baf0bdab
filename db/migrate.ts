import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { StartupError } from './errors';
import { DATA_STEPS, type DataStep } from './migration-steps';

// Migrations are drizzle-kit's output (db/migrations: a journal and one SQL file each), applied
// here rather than by drizzle's own migrator, to avoid its two known traps:
// - it decides what is pending by comparing journal timestamps with the last applied one, so a
//   migration whose timestamp is older is silently skipped: here the journal must be an ordered
//   list (idx 0, 1, 2… with growing timestamps) and what is applied is tracked by index;
// - it runs everything in one transaction, where drizzle-kit's `PRAGMA foreign_keys=OFF` for a
//   table rebuild is a no-op, so DROP TABLE cascades and deletes child rows: here foreign keys
//   are switched off outside the transaction and `foreign_key_check` must pass before commit.
// `PRAGMA user_version` holds the number of applied migrations; a database with more than this
// build knows was written by a newer Passerelle and is refused.
// A migration may have a data step in TypeScript (db/migration-steps.ts), for what SQL cannot
// write: it runs after the migration's SQL, in the same transaction, before the foreign key check.

export interface Migration {
  idx: number;
  tag: string;
  when: number;
  statements: string[];
  hash: string;
  step?: DataStep;
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export class MigrationListError extends Error {}

export function loadMigrations(dir: string, steps: Readonly<Record<string, DataStep>> = DATA_STEPS): Migration[] {
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: JournalEntry[] };
  checkJournal(journal.entries);
  checkSteps(journal.entries, steps);
  return journal.entries.map((e) => {
    const sql = fs.readFileSync(path.join(dir, `${e.tag}.sql`), 'utf8');
    return {
      idx: e.idx,
      tag: e.tag,
      when: e.when,
      statements: sql
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      hash: crypto.createHash('sha256').update(sql).digest('hex'),
      ...(steps[e.tag] ? { step: steps[e.tag] } : {}),
    };
  });
}

/**
 * A data step is keyed by its migration's tag (`0005_client_person_names`): the journal's
 * migration of that index must carry that tag, else a renamed migration would lose its step
 * unnoticed. (A journal that stops before that index, an older build's, is fine.)
 */
export function checkSteps(entries: readonly JournalEntry[], steps: Readonly<Record<string, DataStep>>): void {
  for (const tag of Object.keys(steps)) {
    const entry = entries[Number.parseInt(tag, 10)];
    if (!/^\d{4}_/.test(tag) || (entry && entry.tag !== tag)) {
      throw new MigrationListError(`étape de données pour une migration inconnue : ${tag}`);
    }
  }
}

/** The journal must be an ordered list: indexes 0, 1, 2… and strictly growing timestamps. */
export function checkJournal(entries: readonly JournalEntry[]): void {
  entries.forEach((e, i) => {
    if (e.idx !== i) throw new MigrationListError(`migration ${e.tag}: index ${e.idx}, attendu ${i}`);
    const prev = entries[i - 1];
    if (prev && !(e.when > prev.when)) {
      throw new MigrationListError(`migration ${e.tag}: horodatage ${e.when} non postérieur à ${prev.tag} (${prev.when})`);
    }
  });
}

const TRACK_TABLE = `CREATE TABLE IF NOT EXISTS _migrations (
  idx INTEGER PRIMARY KEY,
  tag TEXT NOT NULL,
  hash TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

export function appliedCount(sqlite: Database.Database): number {
  return Number(sqlite.pragma('user_version', { simple: true }));
}

/** Why this build cannot read the database, or null: written by a newer build, or by a build this one does not know. */
export function versionProblem(
  sqlite: Database.Database,
  migrations: readonly Migration[],
): { kind: 'newer' | 'unknown'; detail: string } | null {
  const version = appliedCount(sqlite);
  if (version > migrations.length) return { kind: 'newer', detail: `user_version ${version} > ${migrations.length}` };
  const hasTrack = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='_migrations'").get();
  if (!hasTrack) return null;
  const rows = sqlite.prepare('SELECT idx, tag FROM _migrations ORDER BY idx').all() as { idx: number; tag: string }[];
  for (const row of rows) {
    const known = migrations[row.idx];
    if (!known || known.tag !== row.tag) return { kind: 'unknown', detail: `migration ${row.idx} ${row.tag} inconnue` };
  }
  return null;
}

/** Refuses a database that this build does not know how to read. */
export function checkVersion(sqlite: Database.Database, migrations: readonly Migration[]): void {
  const problem = versionProblem(sqlite, migrations);
  if (problem?.kind === 'newer') {
    throw new StartupError(
      'Cette base de données a été enregistrée par une version plus récente de Passerelle.',
      "Installez la dernière version de Passerelle sur ce poste. Par sécurité, cette version ne l'ouvre pas, pour ne rien abîmer.",
      problem.detail,
    );
  }
  if (problem) {
    throw new StartupError(
      'Cette base de données ne correspond pas à cette version de Passerelle.',
      'Installez la dernière version de Passerelle, ou contactez l’assistance avec la référence ci-dessous.',
      problem.detail,
    );
  }
}

export function pendingMigrations(sqlite: Database.Database, migrations: readonly Migration[]): Migration[] {
  return migrations.slice(appliedCount(sqlite));
}

const FK_PRAGMA = /^PRAGMA\s+foreign_keys\s*=\s*(ON|OFF)\s*;?$/i;

export function applyMigrations(sqlite: Database.Database, migrations: readonly Migration[]): string[] {
  checkVersion(sqlite, migrations);
  const pending = pendingMigrations(sqlite, migrations);
  if (pending.length === 0) return [];
  const fkWasOn = Number(sqlite.pragma('foreign_keys', { simple: true })) === 1;
  sqlite.pragma('foreign_keys = OFF');
  const applied: string[] = [];
  try {
    for (const m of pending) {
      const run = sqlite.transaction(() => {
        sqlite.exec(TRACK_TABLE);
        for (const statement of m.statements) {
          if (FK_PRAGMA.test(statement)) continue; // handled around the transaction
          sqlite.exec(statement);
        }
        m.step?.(sqlite);
        const broken = sqlite.prepare('PRAGMA foreign_key_check').all();
        if (broken.length > 0) {
          throw new Error(`migration ${m.tag}: ${broken.length} référence(s) cassée(s)`);
        }
        sqlite
          .prepare('INSERT INTO _migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)')
          .run(m.idx, m.tag, m.hash, new Date().toISOString());
        sqlite.pragma(`user_version = ${m.idx + 1}`);
      });
      run.immediate();
      applied.push(m.tag);
    }
  } finally {
    if (fkWasOn) sqlite.pragma('foreign_keys = ON');
  }
  return applied;
}
