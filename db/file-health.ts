import fs from 'node:fs';
import type Database from 'better-sqlite3';

// The page check of the data file (`quick_check`) reads every page: 0.4 s on a ten-year file,
// paid before the first screen if it ran at start-up. It only needs to run before the first
// screen when something may have gone wrong since the last clean close; otherwise start-up
// checks the header, the stamp and the version, and the page check runs just after the first
// paint, its verdict shown on the home page.

/** SQLite's header says WAL (bytes 18-19 are 2 and 2); rollback-journal files are checked at once. */
function isWalFile(dbPath: string): boolean {
  const fd = fs.openSync(dbPath, 'r');
  try {
    const buf = Buffer.alloc(2);
    return fs.readSync(fd, buf, 0, 2, 18) === 2 && buf[0] === 2 && buf[1] === 2;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Whether start-up may leave the page check until after the first paint: the file is in WAL
 * mode (as Passerelle leaves it) and was closed cleanly, which removes its `-wal`. A `-wal` or
 * `-journal` left beside it means a crash, a power cut or another process: check first.
 */
export function canDeferPageCheck(dbPath: string): boolean {
  try {
    return isWalFile(dbPath) && !fs.existsSync(`${dbPath}-wal`) && !fs.existsSync(`${dbPath}-journal`);
  } catch {
    return false;
  }
}

/**
 * Runs `quick_check` on the open connection after `delayMs` (the first paint happens meanwhile),
 * then reports; returns what cancels it. A check that cannot run (the file closed or replaced
 * by a restore meanwhile) reports nothing.
 */
export function schedulePageCheck(
  source: () => Database.Database | null,
  delayMs: number,
  report: (verdict: 'ok' | 'damaged', detail: string) => void,
): () => void {
  const timer = setTimeout(() => {
    const db = source();
    if (!db?.open) return;
    let result: string;
    try {
      result = String(db.pragma('quick_check', { simple: true }));
    } catch (e) {
      result = (e as { code?: string }).code ?? 'erreur';
    }
    report(result === 'ok' ? 'ok' : 'damaged', result);
  }, delayMs);
  timer.unref();
  return () => clearTimeout(timer);
}
