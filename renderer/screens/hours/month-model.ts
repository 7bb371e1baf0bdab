import type { GridRow, MonthGrid } from '../../../db/contract/hours';
import type { RuleIssue } from '../../../db/contract/result';
import { formatMonth, parseHours } from '../../../db/base/format';
import type { Move, PastePlan } from './grid-keys';
import { cellEdit, cellLabel, mergeIssues, UNREADABLE, WEEKDAY_INITIALS, WEEKDAY_NAMES, type CellEdit } from './grid-model';

// The pure side of the month screen (useHoursMonth): the day columns, the totals, the
// problems shown in the cells and under the grid, what typed or pasted text does to the
// changes not saved yet, and what a save sends and leaves.

export type RowEdits = Record<string, CellEdit>;
/** The cells changed and not saved yet, by placement then day. */
export type Edits = Record<number, RowEdits>;

export interface DayColumn {
  date: string;
  /** Day number, weekday initial, full description (with the holiday's name). */
  num: string;
  initial: string;
  description: string;
  /** `hg-we`, `hg-hol`, `hg-today`. */
  cls: string;
}

export interface CellProblem {
  severity: 'blocking' | 'warning';
  /** The messages, one a line, for the cell's title. */
  title: string;
  /** Ids of the lines of the problems list that describe the cell. */
  ids: string[];
}

/** One line of the list under the grid; `placementId` and `day` when it is about a cell. */
export interface Problem {
  id: string;
  severity: 'blocking' | 'warning';
  placementId?: number;
  day?: string;
  text: string;
}

export interface CellRef {
  placementId: number;
  day: string;
}

/** What the cells ask of the screen. A stable object: its functions read the latest state. */
export interface GridApi {
  commit(placementId: number, col: number, text: string): void;
  move(placementId: number, col: number, move: Move): void;
  paste(placementId: number, col: number, matrix: string[][]): void;
  /** The focused cell tells how to commit what is typed in it (before a save). */
  focused(flush: (() => void) | null): void;
}

export const cellKey = (placementId: number, day: string) => `${placementId}|${day}`;

/** The id of a cell's input (the problems list and the keyboard focus it by this id). */
export function cellId(placementId: number, day: string): string {
  return `hc-${placementId}-${day}`;
}

/** The id of a problem's line in the list, for a cell whose text cannot be read. */
export function localProblemId(placementId: number, day: string): string {
  return `hp-l-${placementId}-${day}`;
}

/** The id of the line of the back end's `index`-th issue. */
const serverProblemId = (index: number) => `hp-s${index}`;

export function countEdits(edits: Edits): number {
  let n = 0;
  for (const r of Object.values(edits)) n += Object.keys(r).length;
  return n;
}

export function dayColumns(grid: MonthGrid | null, today: string): DayColumn[] {
  return (grid?.days ?? []).map((d) => {
    const n = Number(d.date.slice(8, 10));
    const cls = [d.weekend ? 'hg-we' : '', d.holiday ? 'hg-hol' : '', d.date === today ? 'hg-today' : ''].filter(Boolean).join(' ');
    let description = `${WEEKDAY_NAMES[d.weekday - 1] ?? ''} ${n} ${formatMonth(d.date.slice(0, 7))}`;
    if (d.holiday) description += `, férié : ${d.holiday}`;
    if (d.date === today) description += " (aujourd'hui)";
    return { date: d.date, num: String(n), initial: WEEKDAY_INITIALS[d.weekday - 1] ?? '', description, cls };
  });
}

/** The minutes a cell holds on screen: what was typed, else what is saved. */
function shownMinutes(row: GridRow, day: string, rowEdits: RowEdits | undefined): number {
  const e = rowEdits?.[day];
  return e ? (e.minutes ?? 0) : (row.entries[day] ?? 0);
}

/** A row's total for the month, as shown (changes not saved yet included). */
export function rowTotal(row: GridRow, days: DayColumn[], rowEdits: RowEdits | undefined): number {
  return days.reduce((sum, d) => sum + shownMinutes(row, d.date, rowEdits), 0);
}

/** Each day's total and the month's, as shown. */
export function totals(rows: GridRow[], days: DayColumn[], edits: Edits): { dayTotals: number[]; grandTotal: number } {
  const dayTotals = days.map((d) => rows.reduce((sum, row) => sum + shownMinutes(row, d.date, edits[row.placementId]), 0));
  return { dayTotals, grandTotal: dayTotals.reduce((a, b) => a + b, 0) };
}

/** The issues to show: the last answer's and the month's standing warnings, less those of cells changed since. */
export function visibleIssues(issues: RuleIssue[], standing: RuleIssue[], dismissed: ReadonlySet<string>): RuleIssue[] {
  return mergeIssues(issues, standing).filter(
    (i) => i.placementId === undefined || i.day === undefined || !dismissed.has(cellKey(i.placementId, i.day)),
  );
}

/** The back end's issues by cell: the worst severity, every message, the lines describing it. */
export function problemsByCell(issues: RuleIssue[]): Map<number, Record<string, CellProblem>> {
  const map = new Map<number, Record<string, CellProblem>>();
  issues.forEach((i, idx) => {
    if (i.placementId === undefined || i.day === undefined) return;
    const cells = map.get(i.placementId) ?? {};
    const before = cells[i.day];
    cells[i.day] = {
      severity: before?.severity === 'blocking' || i.severity === 'blocking' ? 'blocking' : 'warning',
      title: before ? `${before.title}\n${i.message}` : i.message,
      ids: [...(before?.ids ?? []), serverProblemId(idx)],
    };
    map.set(i.placementId, cells);
  });
  return map;
}

/** The list under the grid: unreadable cells first, in reading order, then the back end's issues. */
export function problemList(rows: GridRow[], days: DayColumn[], edits: Edits, issues: RuleIssue[]): Problem[] {
  const list: Problem[] = [];
  for (const row of rows) {
    const re = edits[row.placementId];
    if (!re) continue;
    for (const d of days) {
      if (!re[d.date]?.invalid) continue;
      list.push({
        id: localProblemId(row.placementId, d.date),
        severity: 'blocking',
        placementId: row.placementId,
        day: d.date,
        text: `${cellLabel(row, d.date)} : ${UNREADABLE}`,
      });
    }
  }
  const rowsById = new Map(rows.map((r) => [r.placementId, r]));
  issues.forEach((i, idx) => {
    const row = i.placementId === undefined ? undefined : rowsById.get(i.placementId);
    const where = row ? (i.day ? cellLabel(row, i.day) : `${row.workerName} · ${row.clientName}`) : null;
    list.push({
      id: serverProblemId(idx),
      severity: i.severity,
      ...(row && i.day ? { placementId: row.placementId, day: i.day } : {}),
      text: where ? `${where} : ${i.message}` : i.message,
    });
  });
  return list;
}

function sameEdit(a: CellEdit | undefined, b: CellEdit | undefined): boolean {
  if (!a || !b) return a === b;
  return a.text === b.text && a.minutes === b.minutes && a.invalid === b.invalid;
}

/**
 * What typed or pasted texts do to the changes: null when nothing changes. A cell typed back to
 * its saved value is no longer changed. `touched` lists the cells that had a problem shown:
 * changed, their problem no longer shows until the next save says again.
 */
export function applyTexts(
  edits: Edits,
  changes: (CellRef & { text: string })[],
  rowsById: ReadonlyMap<number, GridRow>,
  hasProblem: (cell: CellRef) => boolean,
): { edits: Edits; touched: string[] } | null {
  let next: Edits | null = null;
  const copied = new Set<number>();
  const touched: string[] = [];
  for (const c of changes) {
    const row = rowsById.get(c.placementId);
    if (!row) continue;
    const before = (next ?? edits)[c.placementId]?.[c.day];
    const after = cellEdit(c.text, row.entries[c.day]) ?? undefined;
    if (sameEdit(before, after)) continue;
    next ??= { ...edits };
    if (!copied.has(c.placementId)) {
      next[c.placementId] = { ...(next[c.placementId] ?? {}) };
      copied.add(c.placementId);
    }
    const rowEdits = next[c.placementId]!;
    if (after) rowEdits[c.day] = after;
    else delete rowEdits[c.day];
    if (hasProblem(c)) touched.push(cellKey(c.placementId, c.day));
  }
  if (!next) return null;
  for (const id of copied) if (Object.keys(next[id] ?? {}).length === 0) delete next[id];
  return { edits: next, touched };
}

/** What a save sends, in reading order, and the first cell that cannot be read (nothing is sent then). */
export function entriesToSave(
  rows: GridRow[],
  days: DayColumn[],
  edits: Edits,
): { entries: (CellRef & { minutes: number | null })[]; firstInvalid: CellRef | null } {
  const entries: (CellRef & { minutes: number | null })[] = [];
  let firstInvalid: CellRef | null = null;
  for (const row of rows) {
    for (const d of days) {
      const e = edits[row.placementId]?.[d.date];
      if (!e) continue;
      if (e.invalid) firstInvalid ??= { placementId: row.placementId, day: d.date };
      entries.push({ placementId: row.placementId, day: d.date, minutes: e.minutes });
    }
  }
  return { entries, firstInvalid };
}

/** The first cell, in reading order, that a blocking issue names. */
export function firstBlockingCell(rows: GridRow[], days: DayColumn[], issues: RuleIssue[]): CellRef | null {
  const blocking = new Set(
    issues.filter((i) => i.severity === 'blocking' && i.placementId !== undefined && i.day).map((i) => cellKey(i.placementId!, i.day!)),
  );
  for (const row of rows) {
    const d = days.find((x) => blocking.has(cellKey(row.placementId, x.date)));
    if (d) return { placementId: row.placementId, day: d.date };
  }
  return null;
}

/** The grid with the values just saved, shown at once (before the month is read again). */
export function withSaved(grid: MonthGrid, sent: Edits): MonthGrid {
  return {
    ...grid,
    rows: grid.rows.map((row) => {
      const re = sent[row.placementId];
      if (!re) return row;
      const entries = { ...row.entries };
      for (const [day, e] of Object.entries(re)) {
        if (e.minutes === null) delete entries[day];
        else entries[day] = e.minutes;
      }
      return { ...row, entries };
    }),
  };
}

/** The changes left after a save: the cells typed in while it was on its way. */
export function editsLeft(current: Edits, sent: Edits): Edits {
  const remaining: Edits = {};
  for (const [pid, re] of Object.entries(current)) {
    const keep: RowEdits = {};
    for (const [day, e] of Object.entries(re)) if (sent[Number(pid)]?.[day] !== e) keep[day] = e;
    if (Object.keys(keep).length > 0) remaining[Number(pid)] = keep;
  }
  return remaining;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

/** What a paste tells the person: the values that were not taken, and those that cannot be read. */
export function pasteMessages(plan: PastePlan): string[] {
  const lost = (n: number) => (n > 1 ? 'elles n’ont pas été prises' : 'elle n’a pas été prise');
  const out: string[] = [];
  if (plan.outside > 0) {
    out.push(`${plural(plan.outside, 'valeur collée tombe', 'valeurs collées tombent')} hors des dates de la mission : ${lost(plan.outside)}.`);
  }
  if (plan.beyond > 0) out.push(`${plural(plan.beyond, 'valeur collée dépasse', 'valeurs collées dépassent')} la grille : ${lost(plan.beyond)}.`);
  const unreadable = plan.cells.filter((c) => c.text !== '' && parseHours(c.text) === null).length;
  if (unreadable > 0) {
    out.push(`${plural(unreadable, 'valeur collée est illisible', 'valeurs collées sont illisibles')} : corrigez les cellules en rouge.`);
  }
  return out;
}
