import { BACKUP_KINDS, type BackupKind } from '../contract/backup';

// A backup's file name says when and why it was made, so that the folder reads well in the
// Explorer and sorts by date: `passerelle-2026-11-26-093000-automatique.sqlite` (local time,
// no colons for Windows), its manifest beside it with the same name in `.json`.

const p = (n: number) => String(n).padStart(2, '0');

export function backupFileName(at: Date, kind: BackupKind, attempt = 0): string {
  const stamp = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `passerelle-${stamp}-${kind}${attempt > 0 ? `-${attempt + 1}` : ''}.sqlite`;
}

const NAME = new RegExp(`^passerelle-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(${BACKUP_KINDS.join('|')})(?:-(\\d{1,3}))?\\.sqlite$`);

/** The date and kind written in a backup's name; null for any other file (never touched). */
export function parseBackupFileName(name: string): { at: Date; kind: BackupKind } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(at.getTime()) || at.getMonth() !== mo - 1) return null;
  return { at, kind: m[7] as BackupKind };
}

/** The manifest beside a backup file. */
export function manifestNameOf(backupName: string): string {
  return backupName.replace(/\.sqlite$/, '.json');
}
