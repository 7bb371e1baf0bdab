import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, checkJournal, checkSteps, loadMigrations, MigrationListError, type Migration } from './migrate';
import { openDatabase } from './open';
import { StartupError } from './errors';
import { DATA_STEPS } from './migration-steps';
import { startBackend } from './backend';
import { PASSERELLE_APPLICATION_ID } from './file-check';

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-migrate-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function migration(idx: number, tag: string, sql: string): Migration {
  return {
    idx,
    tag,
    when: 1_700_000_000_000 + idx,
    statements: sql.split('--> statement-breakpoint').map((s) => s.trim()).filter(Boolean),
    hash: tag,
  };
}

describe('the migration journal', () => {
  it("shipped with this build is an ordered list whose timestamps only grow", () => {
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
      entries: { idx: number; when: number; tag: string }[];
    };
    expect(journal.entries.length).toBeGreaterThan(0);
    journal.entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      if (i > 0) expect(e.when).toBeGreaterThan(journal.entries[i - 1]!.when);
      expect(fs.existsSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`))).toBe(true);
    });
    expect(() => loadMigrations(MIGRATIONS_DIR)).not.toThrow();
  });

  it('is refused when a migration is older than the one before it (it would be skipped silently)', () => {
    expect(() =>
      checkJournal([
        { idx: 0, when: 2000, tag: '0000_a' },
        { idx: 1, when: 1000, tag: '0001_b' },
      ]),
    ).toThrow(MigrationListError);
    expect(() =>
      checkJournal([
        { idx: 0, when: 1000, tag: '0000_a' },
        { idx: 2, when: 2000, tag: '0002_b' },
      ]),
    ).toThrow(MigrationListError);
  });
});

describe('applying migrations', () => {
  it('keeps child rows through a drizzle-kit table rebuild of their parent', () => {
    const db = new Database(path.join(tmp(), 'rebuild.sqlite'));
    db.pragma('foreign_keys = ON');
    const first = migration(
      0,
      '0000_init',
      `CREATE TABLE parent (id integer PRIMARY KEY, name text NOT NULL);
--> statement-breakpoint
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES parent(id) ON DELETE CASCADE);`,
    );
    applyMigrations(db, [first]);
    db.prepare("INSERT INTO parent (id, name) VALUES (1, 'a'), (2, 'b')").run();
    db.prepare('INSERT INTO child (id, parent_id) VALUES (10, 1), (11, 1), (12, 2)').run();

    // What drizzle-kit writes to change a column on SQLite: a rebuild of the table.
    const rebuild = migration(
      1,
      '0001_rebuild_parent',
      `PRAGMA foreign_keys=OFF;
--> statement-breakpoint
CREATE TABLE __new_parent (id integer PRIMARY KEY, name text NOT NULL, note text);
--> statement-breakpoint
INSERT INTO __new_parent (id, name) SELECT id, name FROM parent;
--> statement-breakpoint
DROP TABLE parent;
--> statement-breakpoint
ALTER TABLE __new_parent RENAME TO parent;
--> statement-breakpoint
PRAGMA foreign_keys=ON;`,
    );
    expect(applyMigrations(db, [first, rebuild])).toEqual(['0001_rebuild_parent']);
    expect(db.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 3 });
    expect(db.prepare('SELECT name FROM parent ORDER BY id').all()).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('rolls back a migration that would leave broken references, and applies nothing of it', () => {
    const db = new Database(path.join(tmp(), 'broken.sqlite'));
    const first = migration(0, '0000_init', 'CREATE TABLE parent (id integer PRIMARY KEY);\n--> statement-breakpoint\nCREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent(id));');
    applyMigrations(db, [first]);
    db.prepare('INSERT INTO parent (id) VALUES (1)').run();
    db.prepare('INSERT INTO child (id, parent_id) VALUES (1, 1)').run();
    const bad = migration(1, '0001_bad', 'DELETE FROM parent;\n--> statement-breakpoint\nCREATE TABLE other (id integer);');
    expect(() => applyMigrations(db, [first, bad])).toThrow(/référence/);
    expect(db.prepare('SELECT count(*) AS n FROM parent').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'other'").get()).toBeUndefined();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it("runs a migration's data step after its SQL, in its transaction: a step that fails leaves nothing", () => {
    const db = new Database(':memory:');
    const first = migration(0, '0000_a', "CREATE TABLE person (id integer PRIMARY KEY, whole text, first text, last text);\n--> statement-breakpoint\nINSERT INTO person (id, whole) VALUES (1, 'Jeanne Moreau')");
    applyMigrations(db, [first]);
    const split = {
      ...migration(1, '0001_split', "ALTER TABLE person ADD note text"),
      step: (sqlite: Database.Database) => {
        const [f, l] = (sqlite.prepare('SELECT whole FROM person WHERE id = 1').pluck().get() as string).split(' ');
        sqlite.prepare('UPDATE person SET first = ?, last = ? WHERE id = 1').run(f, l);
      },
    };
    const failing = { ...split, step: () => { throw new Error('étape impossible'); } };
    expect(() => applyMigrations(db, [first, failing])).toThrow('étape impossible');
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('person') WHERE name = 'note'").get()).toEqual({ n: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(applyMigrations(db, [first, split])).toEqual(['0001_split']);
    expect(db.prepare('SELECT first, last FROM person').get()).toEqual({ first: 'Jeanne', last: 'Moreau' });
    db.close();
  });

  it('refuses a data step whose migration the journal names otherwise (renamed)', () => {
    const entries = [
      { idx: 0, when: 1, tag: '0000_a' },
      { idx: 1, when: 2, tag: '0001_b' },
    ];
    expect(() => checkSteps(entries, { '0001_b': () => undefined, '0007_later': () => undefined })).not.toThrow();
    expect(() => checkSteps(entries, { '0001_renamed': () => undefined })).toThrow(MigrationListError);
    expect(() => checkSteps(entries, { split: () => undefined })).toThrow(MigrationListError);
  });

  it('ships each data step with a migration of the journal', () => {
    const shipped = loadMigrations(MIGRATIONS_DIR);
    for (const tag of Object.keys(DATA_STEPS)) expect(shipped.find((m) => m.tag === tag)?.step).toBe(DATA_STEPS[tag]);
  });

  it('applies each migration once, tracked by index', () => {
    const db = new Database(':memory:');
    const list = [migration(0, '0000_a', 'CREATE TABLE a (id integer)'), migration(1, '0001_b', 'CREATE TABLE b (id integer)')];
    expect(applyMigrations(db, list.slice(0, 1))).toEqual(['0000_a']);
    expect(applyMigrations(db, list)).toEqual(['0001_b']);
    expect(applyMigrations(db, list)).toEqual([]);
    db.close();
  });
});

describe('opening the database', () => {
  it('opens in WAL with foreign keys and a busy timeout, and migrates a new file', () => {
    const dir = tmp();
    const { sqlite, journalMode } = openDatabase({
      dbPath: path.join(dir, 'passerelle.sqlite'),
      backupsDir: path.join(dir, 'sauvegardes'),
      migrationsDir: MIGRATIONS_DIR,
    });
    expect(journalMode).toBe('wal');
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(loadMigrations(MIGRATIONS_DIR).length);
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'organisation'").get()).toBeTruthy();
    sqlite.close();
  });

  it('backs the database up before migrating it', async () => {
    const dir = tmp();
    const migrationsDir = path.join(dir, 'migrations');
    fs.mkdirSync(path.join(migrationsDir, 'meta'), { recursive: true });
    const write = (entries: { idx: number; when: number; tag: string; sql: string }[]) => {
      fs.writeFileSync(
        path.join(migrationsDir, 'meta', '_journal.json'),
        JSON.stringify({ entries: entries.map(({ sql: _sql, ...e }) => e) }),
      );
      for (const e of entries) fs.writeFileSync(path.join(migrationsDir, `${e.tag}.sql`), e.sql);
    };
    const v1 = [{ idx: 0, when: 1, tag: '0000_a', sql: 'CREATE TABLE a (id integer)' }];
    write(v1);
    const dataDir = path.join(dir, 'donnees');
    const first = startBackend({ dataDir, migrationsDir, version: 'test', startupBackupDelayMs: 60_000 });
    first.sqlite!.prepare('INSERT INTO a (id) VALUES (42)').run();
    first.close();
    write([...v1, { idx: 1, when: 2, tag: '0001_b', sql: 'CREATE TABLE b (id integer)' }]);
    const second = startBackend({ dataDir, migrationsDir, version: 'test', startupBackupDelayMs: 60_000 });
    await second.ready;
    expect(second.status().notices.join(' ')).toMatch(/copie de l'ancienne/);
    expect(second.sqlite!.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeDefined();
    second.close();
    const backupsDir = path.join(dataDir, 'sauvegardes');
    const backups = fs.readdirSync(backupsDir).filter((f) => f.endsWith('.sqlite'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/-avant-mise-a-jour\.sqlite$/);
    const copy = new Database(path.join(backupsDir, backups[0]!), { readonly: true });
    expect(copy.prepare('SELECT id FROM a').all()).toEqual([{ id: 42 }]);
    expect(copy.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    copy.close();
    // Its manifest says which schema it holds.
    const manifest = JSON.parse(fs.readFileSync(path.join(backupsDir, backups[0]!.replace(/\.sqlite$/, '.json')), 'utf8'));
    expect(manifest).toMatchObject({ format: 'passerelle-sauvegarde', schemaVersion: 1, kind: 'avant-mise-a-jour' });
  });

  it('refuses a database written by a newer version, in French, and leaves it untouched', () => {
    const dir = tmp();
    const dbPath = path.join(dir, 'passerelle.sqlite');
    const raw = new Database(dbPath);
    raw.exec('CREATE TABLE future (id integer)');
    raw.pragma(`application_id = ${PASSERELLE_APPLICATION_ID}`);
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(dbPath);
    let error: unknown;
    try {
      openDatabase({ dbPath, backupsDir: path.join(dir, 'sauvegardes'), migrationsDir: MIGRATIONS_DIR });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).title).toBe('Cette base de données a été enregistrée par une version plus récente de Passerelle.');
    const check = new Database(dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    check.close();
    expect(before.length).toBeGreaterThan(0);
  });

  it('refuses a file that is not a SQLite database, and a damaged one', () => {
    const dir = tmp();
    const notDb = path.join(dir, 'texte.sqlite');
    fs.writeFileSync(notDb, 'nom;prénom\nDupont;Hélène\n');
    expect(() => openDatabase({ dbPath: notDb, backupsDir: dir, migrationsDir: MIGRATIONS_DIR })).toThrow(StartupError);
    expect(fs.readFileSync(notDb, 'utf8')).toBe('nom;prénom\nDupont;Hélène\n');

    // A real database whose pages are then overwritten in the middle.
    const damaged = path.join(dir, 'damaged.sqlite');
    const db = new Database(damaged);
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE t (id integer PRIMARY KEY, v text)');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('x'.repeat(100));
    })();
    db.close();
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, 4096 * 3);
    fs.closeSync(fd);
    expect(() => openDatabase({ dbPath: damaged, backupsDir: dir, migrationsDir: MIGRATIONS_DIR })).toThrow(StartupError);
  });
});
