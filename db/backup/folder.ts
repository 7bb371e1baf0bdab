import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../contract/backup';
import { readManifestFile } from './manifest';
import { manifestNameOf, parseBackupFileName } from './naming';
import { keptByRotation } from './rotation';
import { BackupFailure } from './snapshot';

// The backups folder: in the data folder by default, or one the office chose (a USB key, a
// network drive). Only files named like our backups are ever listed, rotated or deleted.

/**
 * Why `folder` cannot take backups now, in French, or null. The default folder is created when
 * missing; a chosen one is not (a missing USB key must not become a folder on the system disk).
 */
export function folderProblem(folder: string, isDefault: boolean): string | null {
  try {
    if (isDefault) fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!path.isAbsolute(folder)) return `Indiquez le chemin complet du dossier (par exemple E:\\Sauvegardes), pas « ${folder} ».`;
    const stat = fs.statSync(folder);
    if (!stat.isDirectory()) return `« ${folder} » est un fichier, pas un dossier. Choisissez un dossier.`;
    const probe = path.join(folder, `.passerelle-essai-${process.pid}`);
    fs.writeFileSync(probe, 'essai');
    fs.rmSync(probe, { force: true });
    return null;
  } catch (e) {
    return failureMessage(e, folder);
  }
}

/** A backup failure as the office reads it: what happened to which folder, and what to do. */
export function failureMessage(e: unknown, folder: string): string {
  if (e instanceof BackupFailure) return e.message;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return `Le dossier des sauvegardes est introuvable : ${folder}. Branchez la clé USB ou le disque, ou choisissez un autre dossier dans Sauvegardes.`;
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return `Passerelle ne peut pas écrire dans le dossier des sauvegardes (lecture seule ou droits insuffisants) : ${folder}. Choisissez un autre dossier.`;
  }
  if (code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_FULL')) {
    return `Le disque des sauvegardes est plein : ${folder}. Libérez de la place ou choisissez un autre dossier.`;
  }
  return `La sauvegarde a échoué${code ? ` (${code})` : ''}. Réessayez, ou choisissez un autre dossier des sauvegardes : ${folder}.`;
}

export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    let size: number;
    try {
      size = fs.statSync(path.join(folder, name)).size;
    } catch {
      continue;
    }
    const manifest = readManifestFile(path.join(folder, manifestNameOf(name)));
    entries.push({
      name,
      kind: parsed.kind,
      createdAt: manifest?.createdAt ?? parsed.at.toISOString(),
      size,
      counts: manifest?.counts ?? null,
      appVersion: manifest?.appVersion ?? null,
    });
  }
  return entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1));
}

/** Deletes the backups (and their manifests) that the rotation does not keep; returns their names. */
export function rotateFolder(folder: string): string[] {
  const dated = listBackups(folder).map((e) => ({ name: e.name, kind: e.kind, at: parseBackupFileName(e.name)!.at }));
  const kept = keptByRotation(dated);
  const removed: string[] = [];
  for (const e of dated) {
    if (kept.has(e.name)) continue;
    try {
      fs.rmSync(path.join(folder, e.name), { force: true });
      fs.rmSync(path.join(folder, manifestNameOf(e.name)), { force: true });
      removed.push(e.name);
    } catch {
      // a file that cannot be deleted now is tried again at the next backup
    }
  }
  return removed;
}
