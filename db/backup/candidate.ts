import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupKind, RestoreCandidate } from '../contract/backup';
import { AppError } from '../errors';
import { checkDatabaseFile, type FileProblem } from '../file-check';
import type { Migration } from '../migrate';
import { isZipFile, readZip } from './archive';
import { countRows, parseManifest, readManifestFile, sha256OfFile, type BackupManifest } from './manifest';
import { parseBackupFileName } from './naming';

// A file someone wants to restore, checked before anything changes: it is copied (or unzipped)
// into the data folder's work folder, and that copy is what gets verified and, once confirmed,
// restored. The chosen file itself is only read. Refusals say why in French and that nothing
// was modified.

/** Names inside an exported backup (`Exporter une sauvegarde`). */
export const EXPORT_SNAPSHOT = 'passerelle.sqlite';
export const EXPORT_MANIFEST = 'manifeste.json';

const UNCHANGED = "Rien n'a été modifié.";

export const REFUSAL = {
  notBackup: `Ce fichier n'est pas une sauvegarde de Passerelle. Choisissez un fichier fait par « Exporter une sauvegarde » (.zip) ou une sauvegarde du dossier des sauvegardes (.sqlite). ${UNCHANGED}`,
  damaged: (why: string) => `Cette sauvegarde est endommagée (${why}) : elle ne peut pas être restaurée. Choisissez-en une autre. ${UNCHANGED}`,
  newer: (version: string | null) =>
    `Cette sauvegarde a été faite par une version plus récente de Passerelle${version ? ` (${version})` : ''}. Installez la dernière version de Passerelle sur ce poste pour la restaurer. ${UNCHANGED}`,
  unknownVersion: `Cette sauvegarde ne correspond pas à cette version de Passerelle. Contactez l'assistance. ${UNCHANGED}`,
  missing: `Ce fichier est introuvable ou illisible. ${UNCHANGED}`,
};

function refuse(message: string): never {
  throw new AppError('rule', message);
}

function refusalOf(problem: FileProblem, manifest: BackupManifest | null): string {
  switch (problem) {
    case 'newer':
      return REFUSAL.newer(manifest?.appVersion ?? null);
    case 'unknown_version':
      return REFUSAL.unknownVersion;
    case 'damaged':
      return REFUSAL.damaged("contrôle d'intégrité");
    case 'missing':
    case 'unreadable':
      return REFUSAL.missing;
    default:
      return REFUSAL.notBackup;
  }
}

export interface CandidateSource {
  file: string;
  /** What to call it on screen. */
  label: string;
  /** A manifest beside it (a backup of the folder), if any. */
  sidecar: string | null;
}

export interface StageOptions {
  migrations: readonly Migration[];
  nativeBinding?: string;
}

/**
 * Copies `source` to `staged` and checks the copy: a Passerelle database or exported backup,
 * undamaged (SHA-256 of the manifest, `integrity_check`), not from a newer version. Returns
 * what it holds; throws a French AppError (and removes the copy) when it is refused.
 */
export function stageCandidate(source: CandidateSource, staged: string, options: StageOptions): Omit<RestoreCandidate, 'candidate'> {
  try {
    return stage(source, staged, options);
  } catch (e) {
    fs.rmSync(staged, { force: true });
    fs.rmSync(`${staged}-journal`, { force: true });
    throw e;
  }
}

function stage(source: CandidateSource, staged: string, options: StageOptions): Omit<RestoreCandidate, 'candidate'> {
  let isZip: boolean;
  try {
    if (!fs.statSync(source.file).isFile()) refuse(REFUSAL.missing);
    isZip = isZipFile(source.file);
  } catch (e) {
    if (e instanceof AppError) throw e;
    refuse(REFUSAL.missing);
  }
  let manifest: BackupManifest | null = null;
  if (isZip) {
    let texts: Record<string, string>;
    try {
      texts = readZip(source.file, { [EXPORT_SNAPSHOT]: staged }, [EXPORT_MANIFEST]);
    } catch {
      refuse(REFUSAL.damaged('archive illisible'));
    }
    const manifestText = texts[EXPORT_MANIFEST];
    if (manifestText === undefined || !fs.existsSync(staged)) refuse(REFUSAL.notBackup);
    manifest = parseManifest(manifestText);
    if (!manifest) refuse(REFUSAL.notBackup);
  } else {
    fs.copyFileSync(source.file, staged);
    manifest = source.sidecar ? readManifestFile(source.sidecar) : null;
  }
  if (manifest) {
    if (manifest.schemaVersion > options.migrations.length) refuse(REFUSAL.newer(manifest.appVersion));
    if (sha256OfFile(staged) !== manifest.sha256) refuse(REFUSAL.damaged("l'empreinte SHA-256 ne correspond pas"));
  }
  const verdict = checkDatabaseFile(staged, { migrations: options.migrations, depth: 'full', ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  if (!verdict.ok) refuse(refusalOf(verdict.problem, manifest));

  const db = new Database(staged, { readonly: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  let counts;
  try {
    counts = countRows(db);
  } finally {
    db.close();
  }
  const named = parseBackupFileName(source.label);
  const kind: BackupKind | null = manifest?.kind ?? named?.kind ?? null;
  return {
    label: source.label,
    createdAt: manifest?.createdAt ?? named?.at.toISOString() ?? null,
    kind,
    appVersion: manifest?.appVersion ?? null,
    schemaVersion: verdict.schemaVersion,
    size: fs.statSync(staged).size,
    counts,
  };
}
