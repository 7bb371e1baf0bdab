import { BACKUP_KIND_LABELS, type BackupCounts, type BackupKind } from '../../../db/contract/backup';
import { formatNumber } from '../../../db/base/format';

// How a backup reads on screen: its contents in words, its size in Mo.

function count(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n > 1 ? many : one}`;
}

/** `12 salariés · 8 utilisateurs · 5 missions · 300 saisies d’heures · 0 facture` (one entry: a placement's day) */
export function describeCounts(c: BackupCounts): string {
  return [
    count(c.workers, 'salarié', 'salariés'),
    count(c.clients, 'utilisateur', 'utilisateurs'),
    count(c.placements, 'mission', 'missions'),
    count(c.hours, 'saisie d’heures', 'saisies d’heures'),
    count(c.invoices, 'facture', 'factures'),
  ].join(' · ');
}

/** 12 345 678 → `11,8 Mo`; under 1 Mo, in ko. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${formatNumber(mb, 1)} Mo` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} ko`;
}

export function kindLabel(kind: BackupKind | null): string {
  return kind ? BACKUP_KIND_LABELS[kind] : 'fichier';
}
