import { z } from 'zod';
import { call } from './define';

// Sauvegardes: the list of backups, « Sauvegarder maintenant », export to a file, restore, the
// folder setting, and the export of every table for leaving the software. A backup, an export
// and a restore take a moment on a large file: they start a job and answer at once; the screen
// follows the job with `backup.job` (progress, then its result or a French message).

export const BACKUP_KINDS = ['automatique', 'manuelle', 'avant-mise-a-jour', 'avant-restauration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  automatique: 'automatique',
  manuelle: 'manuelle',
  'avant-mise-a-jour': 'avant mise à jour',
  'avant-restauration': 'avant restauration',
};

export interface BackupCounts {
  workers: number;
  clients: number;
  placements: number;
  /** Hour entries (one per placement and day). */
  hours: number;
  /** 0 while the database has no invoices table. */
  invoices: number;
}

export interface BackupEntry {
  /** The file name in the backups folder (`passerelle-2026-11-26-093000-automatique.sqlite`). */
  name: string;
  kind: BackupKind;
  /** ISO date-time of the snapshot. */
  createdAt: string;
  size: number;
  /** From the backup's manifest; null for a copy made before manifests existed. */
  counts: BackupCounts | null;
  appVersion: string | null;
}

export interface BackupHealth {
  /** The last backup that failed, while no backup has succeeded since: the home page says so. */
  failure: { at: string; message: string } | null;
  lastSuccessAt: string | null;
}

export interface BackupOverview extends BackupHealth {
  folder: string;
  defaultFolder: string;
  /** Why the folder cannot be used right now (unplugged key, read-only…), or null. */
  folderProblem: string | null;
  entries: BackupEntry[];
  /** A backup, export or restore still running (started elsewhere or before a reload). */
  running: BackupJob | null;
}

export type BackupTask = 'sauvegarde' | 'export' | 'export-tables' | 'restauration';

export interface BackupJob {
  id: string;
  task: BackupTask;
  state: 'running' | 'done' | 'failed';
  /** 0 to 1. */
  progress: number;
  /** A French message when the job failed. */
  message: string | null;
  /** Where an export was written (Electron), or the address to download it from (web host). */
  result: { path?: string; download?: string; fileName?: string } | null;
}

/** What a restore would bring back, shown before the person confirms. */
export interface RestoreCandidate {
  /** Token for `backup.restore`. */
  candidate: string;
  /** A name to show: the backup's file name or the chosen file's name. */
  label: string;
  createdAt: string | null;
  kind: BackupKind | null;
  appVersion: string | null;
  schemaVersion: number;
  size: number;
  counts: BackupCounts;
}

const folderPath = z
  .string({ error: 'Indiquez un dossier.' })
  .trim()
  .min(1, { error: 'Indiquez un dossier.' })
  .max(1000, { error: 'Chemin trop long.' });

/** A file or folder chosen in a system dialog (Electron): an absolute path. */
const chosenPath = z.string().min(1).max(4000);

/** Where an export goes: a path picked in Electron's save dialog, or a download (web host). */
export const exportDestination = z.union([z.object({ path: chosenPath }).strict(), z.object({ download: z.literal(true) }).strict()]);
export type ExportDestination = z.infer<typeof exportDestination>;

/** What to restore: a backup of the list, a file picked in Electron, or a file uploaded to the web host. */
export const restoreSource = z.union([
  z.object({ entry: z.string().min(1).max(255) }).strict(),
  z.object({ path: chosenPath }).strict(),
  z.object({ upload: z.string().regex(/^[a-f0-9]{32}$/), name: z.string().max(255).optional() }).strict(),
]);
export type RestoreSource = z.infer<typeof restoreSource>;

const token = z.string().regex(/^[a-f0-9]{32}$/);

export const backupContract = {
  'backup.overview': call<BackupOverview>()(z.object({}).strict(), { write: false, permission: 'backup.manage' }),
  'backup.health': call<BackupHealth>()(z.object({}).strict(), { write: false, permission: 'account' }),
  /** null: back to the default folder in the data folder. */
  'backup.setFolder': call<BackupOverview>()(z.object({ folder: folderPath.nullable() }).strict(), { write: false, permission: 'backup.manage' }),
  'backup.start': call<BackupJob>()(z.object({}).strict(), { write: false, permission: 'backup.manage' }),
  'backup.export': call<BackupJob>()(z.object({ destination: exportDestination }).strict(), { write: false, permission: 'backup.manage' }),
  'backup.exportTables': call<BackupJob>()(z.object({ destination: exportDestination }).strict(), { write: false, permission: 'backup.manage' }),
  'backup.inspect': call<RestoreCandidate>()(z.object({ source: restoreSource }).strict(), { write: false, permission: 'backup.manage' }),
  'backup.restore': call<BackupJob>()(z.object({ candidate: token }).strict(), { write: false, permission: 'backup.manage' }),
  'backup.job': call<BackupJob>()(z.object({ id: token }).strict(), { write: false, permission: 'backup.manage' }),
};
