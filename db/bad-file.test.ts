import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startLoggedIn } from './testing/session';
import type { AppStatus } from './contract/app';
import { PASSERELLE_APPLICATION_ID } from './file-check';
import { fingerprint } from './backup/test-support';
import { MIGRATIONS_DIR } from './testing/backend';

// No harm from a bad file: every file Passerelle must not open is refused at start-up with a
// French explanation and the way out (a backup, and where the backups are), and is left byte
// for byte as it was: the SHA-256 of the file, and of its -wal when there is one, is the same
// before and after.

const dirs: string[] = [];
function dataDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-mauvais-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function start(dir: string) {
  return startLoggedIn({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, version: 'test', startupBackupDelayMs: 60_000 });
}

/** A real Passerelle database (made by the app), closed. */
function passerelleDb(dir: string): string {
  const backend = start(dir);
  backend.dispatch('settings.saveOrganisation', { name: 'AI du Val', defaultBilledRateCents: 2250, etpAnnualMinutes: 96420, version: 0 });
  backend.close();
  return path.join(dir, 'passerelle.sqlite');
}

/** Starts on `dir` and checks the refusal: French title, the way out, the file untouched. */
function expectRefused(dir: string, title: string): AppStatus {
  const dbPath = path.join(dir, 'passerelle.sqlite');
  const before = fingerprint(dbPath);
  const backend = start(dir);
  const status = backend.status();
  backend.close();
  expect(status.state).toBe('error');
  expect(status.problem?.title).toBe(title);
  expect(fingerprint(dbPath)).toEqual(before);
  // No SQLite English on screen: the detail is a short reference.
  expect(`${status.problem?.title} ${status.problem?.advice} ${status.problem?.detail}`).not.toMatch(/database|malformed|file is|disk image|not a/i);
  expect(backend.dispatch('workers.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  return status;
}

const WAY_OUT = /Rien n'a été modifié\. Pour repartir de la dernière sauvegarde : fermez Passerelle, copiez la sauvegarde la plus récente du dossier des sauvegardes \(.*sauvegardes\)/;

describe('at start-up, Passerelle refuses and leaves byte for byte unchanged', () => {
  it('a damaged database in rollback-journal mode (its header is not rewritten to WAL)', () => {
    const dir = dataDir();
    const dbPath = passerelleDb(dir);
    const db = new Database(dbPath);
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE remplissage (v text)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) db.prepare('INSERT INTO remplissage VALUES (?)').run('x'.repeat(200));
    })();
    db.close();
    const fd = fs.openSync(dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 4, 0xab), 0, 4096 * 4, 4096 * 20);
    fs.closeSync(fd);
    const header = fs.readFileSync(dbPath).subarray(18, 20);
    expect([...header]).toEqual([1, 1]); // rollback journal
    const status = expectRefused(dir, 'Le fichier de données de Passerelle est endommagé.');
    expect(status.problem?.advice).toMatch(WAY_OUT);
    expect([...fs.readFileSync(dbPath).subarray(18, 20)]).toEqual([1, 1]);
  });

  it('a database written by a newer version, in rollback-journal mode', () => {
    const dir = dataDir();
    const dbPath = passerelleDb(dir);
    const db = new Database(dbPath);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 99');
    db.close();
    expectRefused(dir, 'Cette base de données a été enregistrée par une version plus récente de Passerelle.');
  });

  it('a database written by a newer version with a pending -wal (not checkpointed into the file)', () => {
    const dir = dataDir();
    const dbPath = passerelleDb(dir);
    // A newer Passerelle stopped abruptly: its last writes are still in the -wal.
    const elsewhere = path.join(dataDir(), 'copie.sqlite');
    const db = new Database(dbPath);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('user_version = 99');
    db.prepare("UPDATE organisation SET name = 'Écrit par la version 99'").run();
    fs.copyFileSync(dbPath, elsewhere);
    fs.copyFileSync(`${dbPath}-wal`, `${elsewhere}-wal`);
    db.close();
    fs.copyFileSync(elsewhere, dbPath);
    fs.copyFileSync(`${elsewhere}-wal`, `${dbPath}-wal`);
    fs.rmSync(`${dbPath}-shm`, { force: true });
    expect(fs.statSync(`${dbPath}-wal`).size).toBeGreaterThan(0);
    expectRefused(dir, 'Cette base de données a été enregistrée par une version plus récente de Passerelle.');
    expect(fs.statSync(`${dbPath}-wal`).size).toBeGreaterThan(0);
  });

  it("another application's SQLite file (not migrated, not opened as Passerelle's)", () => {
    const dir = dataDir();
    const dbPath = path.join(dir, 'passerelle.sqlite');
    const db = new Database(dbPath);
    db.exec("CREATE TABLE photos (id integer PRIMARY KEY, chemin text); INSERT INTO photos (chemin) VALUES ('vacances.jpg')");
    db.close();
    const status = expectRefused(dir, "Ce fichier est la base de données d'un autre logiciel, pas celle de Passerelle : Passerelle ne l'ouvre pas.");
    expect(status.problem?.advice).toMatch(WAY_OUT);
    // Nor one that carries another program's application_id (Fossil's).
    const other = new Database(dbPath);
    other.pragma('application_id = 252006673');
    other.close();
    expectRefused(dir, "Ce fichier est la base de données d'un autre logiciel, pas celle de Passerelle : Passerelle ne l'ouvre pas.");
  });

  it('a zero-byte file (not turned into an empty database)', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, 'passerelle.sqlite'), '');
    const status = expectRefused(dir, 'Le fichier de données de Passerelle est vide (0 octet) : il ne contient plus aucune donnée.');
    expect(status.problem?.advice).toMatch(WAY_OUT);
    expect(fs.statSync(path.join(dir, 'passerelle.sqlite')).size).toBe(0);
  });

  it('a file that is not a database at all', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, 'passerelle.sqlite'), 'Ceci est un tableur, pas une base de données.\n'.repeat(200));
    expectRefused(
      dir,
      "Le fichier de données de Passerelle n'est pas une base de données : il a sans doute été remplacé ou écrasé par un autre fichier.",
    );
  });
});

describe('Passerelle databases', () => {
  it('are stamped with the application_id, including one made before the stamp existed', () => {
    const dir = dataDir();
    const dbPath = passerelleDb(dir);
    const check = (expected: number) => {
      const db = new Database(dbPath, { readonly: true });
      expect(db.pragma('application_id', { simple: true })).toBe(expected);
      db.close();
    };
    check(PASSERELLE_APPLICATION_ID);
    const db = new Database(dbPath);
    db.pragma('application_id = 0');
    db.close();
    check(0);
    const backend = start(dir);
    expect(backend.status().state).toBe('ready');
    expect(backend.dispatch('settings.getOrganisation', {})).toMatchObject({ ok: true, value: { name: 'AI du Val' } });
    backend.close();
    check(PASSERELLE_APPLICATION_ID);
  });

  it('are created whole: a new data folder never holds a half-made file', () => {
    const dir = dataDir();
    start(dir).close();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('passerelle.sqlite'))).toEqual(['passerelle.sqlite']);
  });
});

// A read-only file system refuses writes to root too (file permissions do not): the test mounts
// a small tmpfs and remounts it read-only, where this machine allows it.
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-montage-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}

describe.skipIf(!canMount())('read-only data (read-only mounts; skipped where mount is not allowed)', () => {
  it('a read-only file opens for reading, says so at start-up, and refuses writes in French', () => {
    const dir = dataDir();
    const dbPath = passerelleDb(dir);
    execFileSync('mount', ['--bind', dbPath, dbPath]);
    try {
      execFileSync('mount', ['-o', 'remount,ro,bind', dbPath]);
      const backend = start(dir);
      const status = backend.status();
      expect(status.problem).toBeNull();
      expect(status.notices.join(' ')).toMatch(/^Le fichier de données ou son dossier est en lecture seule : vous pouvez consulter les données, mais rien ne pourra être enregistré/);
      expect(backend.dispatch('settings.getOrganisation', {})).toMatchObject({ ok: true, value: { name: 'AI du Val' } });
      const write = backend.dispatch('settings.saveOrganisation', { name: 'Autre', defaultBilledRateCents: 2250, etpAnnualMinutes: 96420, version: 1 });
      expect(write).toMatchObject({ ok: false, error: { code: 'read_only' } });
      backend.close();
    } finally {
      execFileSync('umount', [dbPath]);
    }
  });

  it('a read-only folder is explained in French, and nothing is modified', () => {
    const dir = dataDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir]);
    try {
      passerelleDb(dir);
      execFileSync('mount', ['-o', 'remount,ro', dir]);
      expectRefused(dir, 'Le dossier de données de Passerelle est en lecture seule : Passerelle ne peut pas y ouvrir ses données.');
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});

// The page check (quick_check) reads the whole file: after a clean close it runs just after the
// first paint (db/file-health.ts), and its verdict reaches the home page; after a crash (a -wal
// or -journal left beside the file) it runs before anything opens, as above.
describe('the page check of the data file', () => {
  /** A Passerelle file, closed cleanly in WAL mode, whose last pages (a table's rows) are then scrambled. */
  function damagedAfterCleanClose(dir: string): string {
    const dbPath = passerelleDb(dir);
    const db = new Database(dbPath);
    db.exec('CREATE TABLE remplissage (v text)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) db.prepare('INSERT INTO remplissage VALUES (?)').run('x'.repeat(200));
    })();
    db.close();
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
    const size = fs.statSync(dbPath).size;
    const fd = fs.openSync(dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 4, 0xab), 0, 4096 * 4, size - 4096 * 6);
    fs.closeSync(fd);
    expect([...fs.readFileSync(dbPath).subarray(18, 20)]).toEqual([2, 2]); // WAL
    return dbPath;
  }
  const startChecking = (dir: string) =>
    startLoggedIn({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, version: 'test', startupBackupDelayMs: 60_000, pageCheckDelayMs: 0 });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('after a clean close, runs once the app is open and says the file is damaged', async () => {
    const dir = dataDir();
    damagedAfterCleanClose(dir);
    const backend = startChecking(dir);
    await backend.ready;
    expect(backend.status()).toMatchObject({ state: 'ready', fileCheck: 'pending' });
    await settle();
    expect(backend.status().fileCheck).toBe('damaged');
    backend.close();
  });

  it('after a clean close of a sound file, says it is sound', async () => {
    const dir = dataDir();
    passerelleDb(dir);
    const backend = startChecking(dir);
    await backend.ready;
    await settle();
    expect(backend.status()).toMatchObject({ state: 'ready', fileCheck: 'ok' });
    backend.close();
  });

  it('after a crash (a -wal left beside the file), runs before opening and refuses the damaged file', () => {
    const dir = dataDir();
    const dbPath = damagedAfterCleanClose(dir);
    fs.writeFileSync(`${dbPath}-wal`, '');
    expectRefused(dir, 'Le fichier de données de Passerelle est endommagé.');
  });
});
