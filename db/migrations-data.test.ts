import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from './migrate';

// The shipped migrations on a real SQLite file holding what an older Passerelle wrote: the file
// is migrated up to just before a migration, filled as the office left it, then brought up to date.

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
const migrations = loadMigrations(MIGRATIONS_DIR);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A database file migrated up to (not including) the migration whose tag ends with `tag`. */
function databaseBefore(tag: string): Database.Database {
  const index = migrations.findIndex((m) => m.tag.endsWith(tag));
  if (index < 0) throw new Error(`migration ${tag} inconnue`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-migrations-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, 'passerelle.sqlite'));
  db.pragma('foreign_keys = ON');
  applyMigrations(db, migrations.slice(0, index));
  return db;
}

describe('the journal of changes', () => {
  it('names every entity in French once migrated (worker, client, placement were English)', () => {
    const db = databaseBefore('audit_one_language');
    const add = db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('2026-01-01T00:00:00Z', 'test', 'création', ?, '1')");
    for (const entity of ['worker', 'client', 'placement', 'heures', 'pass_iae']) add.run(entity);
    applyMigrations(db, migrations);
    expect(db.prepare('SELECT entity FROM audit_log ORDER BY id').pluck().all()).toEqual(['salarie', 'utilisateur', 'mission', 'heures', 'pass_iae']);
    db.close();
  });
});
