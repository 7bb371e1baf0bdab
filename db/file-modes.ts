import fs from 'node:fs';
import path from 'node:path';
import type { DataPaths } from './paths';

// The data folder is its owner's only (issue 13): on Linux and macOS, 0700 for folders and 0600
// for files, so that another account of the same PC cannot read the database, its backups or
// the log. New files get it from the process's umask (set once, at start-up); files of an older
// install are tightened at each start. Windows keeps the ACLs of the user's profile folder
// (%APPDATA% is already the user's own).

const POSIX = process.platform !== 'win32';

/** From now on, everything this process creates is readable by its owner only. */
export function restrictNewFiles(): void {
  if (!POSIX) return;
  try {
    process.umask(0o077);
  } catch {
    // A worker thread cannot change the umask; the explicit modes below still apply.
  }
}

function tighten(target: string, mode: number): void {
  try {
    const stat = fs.lstatSync(target);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & 0o777) !== mode) fs.chmodSync(target, mode);
  } catch {
    // absent (not created yet) or not ours: nothing to tighten
  }
}

/** The data folder, the database and its companions, the log and the default backups folder. */
export function protectDataFiles(paths: DataPaths): void {
  if (!POSIX) return;
  restrictNewFiles();
  tighten(paths.dataDir, 0o700);
  for (const f of [paths.dbPath, `${paths.dbPath}-wal`, `${paths.dbPath}-shm`, `${paths.dbPath}-journal`]) tighten(f, 0o600);
  for (const dir of [path.dirname(paths.logFile), paths.backupsDir]) {
    tighten(dir, 0o700);
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) if (e.isFile()) tighten(path.join(dir, e.name), 0o600);
  }
  try {
    for (const e of fs.readdirSync(paths.dataDir, { withFileTypes: true })) {
      if (e.isFile()) tighten(path.join(paths.dataDir, e.name), 0o600);
      else if (e.isDirectory()) tighten(path.join(paths.dataDir, e.name), 0o700);
    }
  } catch {
    // the folder is created by the first open
  }
}
