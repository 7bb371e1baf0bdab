import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { BACKUP_KINDS, type BackupCounts, type BackupKind } from '../contract/backup';

// What a backup says about itself: which Passerelle wrote it, for which schema, when, what it
// holds, and the SHA-256 of the snapshot, so that a damaged or altered copy is recognised before
// it is restored. Written beside each backup (`.json`) and inside each exported file.

export const MANIFEST_FORMAT = 'passerelle-sauvegarde';

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(0),
  createdAt: z.string().max(40),
  kind: z.enum(BACKUP_KINDS),
  counts: z.object({
    workers: z.number().int().min(0),
    clients: z.number().int().min(0),
    placements: z.number().int().min(0),
    hours: z.number().int().min(0),
    invoices: z.number().int().min(0),
  }),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** The table behind each count; a table that does not exist yet (invoices) counts 0. */
const COUNTED: Record<keyof BackupCounts, string> = {
  workers: 'workers',
  clients: 'clients',
  placements: 'placements',
  hours: 'hours',
  invoices: 'invoices',
};

export function countRows(db: Database.Database): BackupCounts {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  const out = {} as BackupCounts;
  for (const [key, table] of Object.entries(COUNTED) as [keyof BackupCounts, string][]) {
    out[key] = exists.get(table) ? Number((db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n) : 0;
  }
  return out;
}

export function sha256OfFile(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export function makeManifest(
  db: Database.Database,
  file: string,
  info: { appVersion: string; createdAt: Date; kind: BackupKind },
): BackupManifest {
  return {
    format: MANIFEST_FORMAT,
    formatVersion: 1,
    appVersion: info.appVersion,
    schemaVersion: Number(db.pragma('user_version', { simple: true })),
    createdAt: info.createdAt.toISOString(),
    kind: info.kind,
    counts: countRows(db),
    size: fs.statSync(file).size,
    sha256: sha256OfFile(file),
  };
}

/** A manifest read from text, or null when it is not one of ours. */
export function parseManifest(text: string): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readManifestFile(file: string): BackupManifest | null {
  try {
    return parseManifest(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
