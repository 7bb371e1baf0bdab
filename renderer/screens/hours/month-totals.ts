import type { GridRow } from '../../../db/contract/hours';
import { CLIENT_KINDS, type ClientKind } from '../../../db/contract/reference';
import type { DayColumn, Edits, RowEdits } from './month-model';

// The totals under and beside the grid, as shown: the changes not saved yet included.

/** The minutes a cell holds on screen: what was typed, else what is saved. */
function shownMinutes(row: GridRow, day: string, rowEdits: RowEdits | undefined): number {
  const e = rowEdits?.[day];
  return e ? (e.minutes ?? 0) : (row.entries[day] ?? 0);
}

/** A row's total for the month. */
export function rowTotal(row: GridRow, days: DayColumn[], rowEdits: RowEdits | undefined): number {
  return days.reduce((sum, d) => sum + shownMinutes(row, d.date, rowEdits), 0);
}

/** Each day's total and the month's. */
export function totals(rows: GridRow[], days: DayColumn[], edits: Edits): { dayTotals: number[]; grandTotal: number } {
  const dayTotals = days.map((d) => rows.reduce((sum, row) => sum + shownMinutes(row, d.date, edits[row.placementId]), 0));
  return { dayTotals, grandTotal: dayTotals.reduce((a, b) => a + b, 0) };
}

export interface KindTotal {
  kind: ClientKind;
  label: string;
  minutes: number;
}

/** The month's hours by kind of client, in the order of the kinds, for the kinds the month has. */
export function totalsByKind(rows: GridRow[], days: DayColumn[], edits: Edits): KindTotal[] {
  const sums = new Map<ClientKind, number>();
  for (const row of rows) sums.set(row.clientKind, (sums.get(row.clientKind) ?? 0) + rowTotal(row, days, edits[row.placementId]));
  return CLIENT_KINDS.filter((k) => sums.has(k.code)).map((k) => ({ kind: k.code, label: k.label, minutes: sums.get(k.code)! }));
}
