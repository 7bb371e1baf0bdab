import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupJob, ExportDestination } from '../contract/backup';
import { fileChunks, writeZip, type ZipPart } from './archive';
import { EXPORT_MANIFEST, EXPORT_SNAPSHOT } from './candidate';
import { BackupFailure, writeSnapshot } from './snapshot';
import type { BackupCore } from './service';
import { tableParts } from './tables-csv';

// « Exporter une sauvegarde » (one zip: the snapshot and its manifest) and « Exporter toutes
// les données en CSV ». Both start from a fresh verified snapshot in the work folder, never
// from the live file. In Electron the zip goes where the save dialog said; in the web host it
// waits in the work folder for one download.

const p = (n: number) => String(n).padStart(2, '0');

function stamp(d: Date): string {
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

type Progress = (fraction: number) => void;

async function exportZip(
  core: BackupCore,
  source: Database.Database,
  destination: ExportDestination,
  fileName: string,
  progress: Progress,
  parts: (snapshot: string, manifestText: string) => { parts: ZipPart[]; total: number; close?: () => void },
): Promise<BackupJob['result']> {
  const snapshot = core.transfers.workFile('instantane', '.sqlite').file;
  const target = 'path' in destination ? destination.path : core.transfers.workFile('export', '.zip').file;
  try {
    const manifest = await writeSnapshot(source, snapshot, {
      appVersion: core.options.version,
      kind: 'manuelle',
      createdAt: core.now(),
      onProgress: (f) => progress(f * 0.4),
      ...(core.options.nativeBinding ? { nativeBinding: core.options.nativeBinding } : {}),
    });
    const zip = parts(snapshot, JSON.stringify(manifest, null, 2));
    try {
      await writeZip(target, zip.parts, (bytes) => progress(0.4 + (0.6 * bytes) / Math.max(1, zip.total)));
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new BackupFailure(
        `Le fichier n'a pas pu être enregistré dans ${path.dirname(target)}${code ? ` (${code})` : ''}. Vérifiez que le disque est branché et qu'il reste de la place, ou choisissez un autre endroit.`,
      );
    } finally {
      zip.close?.();
    }
  } finally {
    fs.rmSync(snapshot, { force: true });
  }
  if ('path' in destination) {
    core.options.log('info', `export : ${target}`);
    return { path: target, fileName: path.basename(target) };
  }
  return { download: core.transfers.offer(target, fileName), fileName };
}

/** One file holding the snapshot and its manifest. */
export function startExport(core: BackupCore, source: Database.Database, destination: ExportDestination): BackupJob {
  const fileName = `passerelle-sauvegarde-${stamp(core.now())}.zip`;
  return core.jobs.start('export', (progress) =>
    exportZip(core, source, destination, fileName, progress, (snapshot, manifestText) => ({
      parts: [
        { name: EXPORT_MANIFEST, chunks: [new TextEncoder().encode(manifestText)] },
        { name: EXPORT_SNAPSHOT, chunks: { [Symbol.iterator]: () => fileChunks(snapshot) } },
      ],
      total: fs.statSync(snapshot).size,
    })),
  );
}

/** Every table as CSV, in one zip. */
export function startTablesExport(core: BackupCore, source: Database.Database, destination: ExportDestination): BackupJob {
  const fileName = `passerelle-donnees-csv-${stamp(core.now())}.zip`;
  return core.jobs.start('export-tables', (progress) =>
    exportZip(core, source, destination, fileName, progress, (snapshot) => {
      const db = new Database(snapshot, { readonly: true, ...(core.options.nativeBinding ? { nativeBinding: core.options.nativeBinding } : {}) });
      // CSV text is about as large as the database's pages: a fair measure of progress.
      return { parts: tableParts(db), total: fs.statSync(snapshot).size, close: () => db.close() };
    }),
  );
}
