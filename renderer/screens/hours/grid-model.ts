import type { GridRow } from '../../../db/contract/hours';
import { formatHoursInput, parseHours } from '../../../db/base/format';
import { labelOf, TASK_KINDS } from '../../../db/contract/reference';
import { frenchCollator as collator } from '../../../db/base/search';
import { isMonth } from '../../../db/base/months';

// The pure side of the hours grid: what a typed value becomes, how rows are ordered and
// labelled, what the month arrows do.

export type GroupBy = 'worker' | 'client';

/** A changed cell, not saved yet. `text` is what the cell shows. */
export interface CellEdit {
  text: string;
  /** null = cleared (or unreadable: see `invalid`). */
  minutes: number | null;
  invalid: boolean;
}

export const UNREADABLE = 'Durée illisible : tapez 3, 3,5, 3h30 ou 3:30';

/**
 * What a cell's typed text becomes, compared with the saved value: null when nothing changes
 * (same duration, or still empty). `0` means no hours, like an empty cell.
 */
export function cellEdit(text: string, saved: number | undefined): CellEdit | null {
  const t = text.trim();
  if (t === '') return saved === undefined ? null : { text: '', minutes: null, invalid: false };
  const minutes = parseHours(t);
  if (minutes === null) return { text, minutes: null, invalid: true };
  if (minutes === 0) return saved === undefined ? null : { text: '', minutes: null, invalid: false };
  if (minutes === saved) return null;
  return { text: formatHoursInput(minutes), minutes, invalid: false };
}

/** `2026-03-12` → `12/03`. */
export function shortDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}`;
}

export const WEEKDAY_INITIALS = ['L', 'M', 'M', 'J', 'V', 'S', 'D'];
export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

export { isMonth };

export function shiftMonth(month: string, delta: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + delta;
  const year = y + Math.floor(m / 12);
  const mo = ((m % 12) + 12) % 12;
  return `${year}-${String(mo + 1).padStart(2, '0')}`;
}

/** The month an address asks for (`#/heures?mois=2026-11`), when it is one. */
export function monthAsked(value: string | null | undefined): string | null {
  return isMonth(value) ? value : null;
}

export function taskLabel(row: GridRow): string {
  return labelOf(TASK_KINDS, row.taskKind);
}

/** The Mission column: the grouping's name first. */
export function missionLabel(row: GridRow, groupBy: GroupBy): string {
  const first = groupBy === 'worker' ? [row.workerName, row.clientName] : [row.clientName, row.workerName];
  return [...first, taskLabel(row)].join(' · ');
}

/** The cell's accessible name: `Hélène DUPONT · Mairie · 12/03`. */
export function cellLabel(row: GridRow, day: string): string {
  return `${row.workerName} · ${row.clientName} · ${shortDay(day)}`;
}


export function sortRows(rows: GridRow[], groupBy: GroupBy): GridRow[] {
  const byName = (a: GridRow, b: GridRow) =>
    groupBy === 'worker'
      ? collator.compare(a.workerName, b.workerName) || a.workerId - b.workerId || collator.compare(a.clientSortName, b.clientSortName)
      : collator.compare(a.clientSortName, b.clientSortName) || a.clientId - b.clientId || collator.compare(a.workerName, b.workerName);
  return [...rows].sort(
    (a, b) => byName(a, b) || collator.compare(taskLabel(a), taskLabel(b)) || a.startDate.localeCompare(b.startDate) || a.placementId - b.placementId,
  );
}

export function groupKey(row: GridRow, groupBy: GroupBy): number {
  return groupBy === 'worker' ? row.workerId : row.clientId;
}

export function groupName(row: GridRow, groupBy: GroupBy): string {
  return groupBy === 'worker' ? row.workerName : row.clientName;
}

/** Whether the cell takes hours: inside the placement's dates, or already holding some. */
export function cellOpen(row: GridRow, day: string): boolean {
  return (day >= row.startDate && day <= row.endDate) || row.entries[day] !== undefined;
}

/** `3 cellules modifiées, non enregistrées`. */
export function pendingText(count: number): string {
  if (count === 0) return 'Aucune modification en attente.';
  return count === 1 ? '1 cellule modifiée, non enregistrée' : `${count} cellules modifiées, non enregistrées`;
}
