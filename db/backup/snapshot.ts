import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupKind } from '../contract/backup';
import { makeManifest, type BackupManifest } from './manifest';

// One verified snapshot of the live database. SQLite's online backup copies it page by page
// through the open connection (writes made meanwhile by the same connection reach the copy
// too), never a file copy, which could catch the main file and its -wal out of step. The copy
// is switched to a plain rollback journal so that it is one self-contained file, then checked
// with `integrity_check`; only a copy that passes gets its final name. A bad copy is deleted.

export class BackupFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFailure';
  }
}

export interface SnapshotInfo {
  appVersion: string;
  kind: BackupKind;
  createdAt: Date;
  nativeBinding?: string;
  /** 0 to 1, as pages are copied. */
  onProgress?: (fraction: number) => void;
}

const MMAP_BYTES = 512 * 1024 * 1024;

function removeQuietly(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // best effort: a leftover .partiel file is never mistaken for a backup
    }
  }
}

/**
 * Writes a checked copy of `source` at `target` and returns its manifest. The copy is built
 * beside the target as `.partiel` and renamed only once it passed `integrity_check`.
 */
export async function writeSnapshot(source: Database.Database, target: string, info: SnapshotInfo): Promise<BackupManifest> {
  const partial = `${target}.partiel`;
  removeQuietly(partial);
  try {
    // better-sqlite3's first step copies nothing and reports the size; the next one copies every
    // page at once (a few hundred ms for the bench's 140 MB file) instead of 100 pages per turn
    // of the event loop. It is still SQLite's online backup: a write made meanwhile by this
    // connection reaches the copy, and pages added since the first step are copied by another.
    info.onProgress?.(0);
    await source.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
    info.onProgress?.(1);
    const copy = new Database(partial, info.nativeBinding ? { nativeBinding: info.nativeBinding } : {});
    let manifest: BackupManifest;
    try {
      copy.pragma('journal_mode = DELETE');
      // Read through a memory map: the check visits every index entry, and on a 100 MB file
      // SQLite's own page cache would make it several times slower.
      copy.pragma(`mmap_size = ${MMAP_BYTES}`);
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') {
        throw new BackupFailure(
          "La copie de sauvegarde n'a pas passé le contrôle d'intégrité : elle a été supprimée. Réessayez ; si cela se répète, le disque des sauvegardes est peut-être défectueux.",
        );
      }
      manifest = makeManifest(copy, partial, info);
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
    return manifest;
  } catch (e) {
    removeQuietly(partial);
    throw e;
  }
}
