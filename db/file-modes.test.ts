import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBackend } from './backend';
import { dataPaths } from './paths';
import { MIGRATIONS_DIR } from './testing/backend';

// The data folder is its owner's only (issue 13): on Linux and macOS, 0700 for the folders and
// 0600 for the files, whether Passerelle creates them or finds them from an older install.
// Windows keeps the ACLs of the user's profile folder: nothing to check there.

const posix = process.platform !== 'win32';
const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

let parent: string;
let umaskBefore: number;
beforeAll(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-modes-'));
  // A usual session umask: anything tighter would be the environment's doing, not ours.
  umaskBefore = process.umask(0o022);
});
afterEach(() => {
  process.umask(0o022);
});
afterAll(() => {
  process.umask(umaskBefore);
  fs.rmSync(parent, { recursive: true, force: true });
});

async function startAndQuit(dataDir: string): Promise<void> {
  const backend = startBackend({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test', startupBackupDelayMs: 60_000 });
  await backend.ready;
  expect(backend.status().state).toBe('ready');
  // Quitting makes the quit backup: a file of the backups folder, made by Passerelle.
  await backend.shutdown();
}

/** Every folder and file under `dir`, with its mode. */
function modesUnder(dir: string): { path: string; dir: boolean; mode: number }[] {
  const out = [{ path: dir, dir: true, mode: modeOf(dir) }];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...modesUnder(p));
    else if (e.isFile()) out.push({ path: p, dir: false, mode: modeOf(p) });
  }
  return out;
}

describe.skipIf(!posix)('the data folder on Linux and macOS', () => {
  it('is created readable by its owner only: 0700 for its folders, 0600 for the database, the log and the backups', async () => {
    const dataDir = path.join(parent, 'neuf', 'Passerelle');
    await startAndQuit(dataDir);
    const paths = dataPaths(dataDir);
    const all = modesUnder(dataDir);
    expect(all.map((e) => e.path)).toEqual(expect.arrayContaining([paths.dbPath, paths.logFile, paths.backupsDir]));
    expect(fs.readdirSync(paths.backupsDir).length).toBeGreaterThan(0);
    for (const e of all) expect(e.mode.toString(8), e.path).toBe(e.dir ? '700' : '600');
  });

  it('tightens the folder and files of an older install, readable by everyone, at the next start', async () => {
    const dataDir = path.join(parent, 'ancien');
    await startAndQuit(dataDir);
    const paths = dataPaths(dataDir);
    for (const e of modesUnder(dataDir)) fs.chmodSync(e.path, e.dir ? 0o755 : 0o644);
    expect(modeOf(paths.dbPath)).toBe(0o644);
    await startAndQuit(dataDir);
    for (const e of modesUnder(dataDir)) expect(e.mode.toString(8), e.path).toBe(e.dir ? '700' : '600');
  });
});
