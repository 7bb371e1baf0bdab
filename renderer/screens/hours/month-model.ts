import type { CellRef, GridRow, MonthGrid } from '../../../db/contract/hours';
import { formatMonth, parseHours } from '../../../db/base/format';
import type { Move, PastePlan } from './grid-keys';
import { cellEdit, WEEKDAY_INITIALS, WEEKDAY_NAMES, type CellEdit } from './grid-model';

// The pure side of the month screen (useHoursMonth): the day columns, what typed or pasted
// text does to the changes not saved yet, and what a save sends and leaves. The problems are in
// month-issues.ts, the totals in month-totals.ts.

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

export type { CellRef };

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

function sameEdit(a: CellEdit | undefined, b: CellEdit | undefined): boolean {
  if (!a || !b) return a === b;
  return a.text === b.text && a.minutes === b.minutes && a.invalid === b.invalid;
}

/**
 * What typed or pasted texts do to the changes: null when nothing changes. A cell typed back to
 * its saved value is no longer changed.
 */
export function applyTexts(edits: Edits, changes: (CellRef & { text: string })[], rowsById: ReadonlyMap<number, GridRow>): Edits | null {
  let next: Edits | null = null;
  const copied = new Set<number>();
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
  }
  if (!next) return null;
  for (const id of copied) if (Object.keys(next[id] ?? {}).length === 0) delete next[id];
  return next;
}

/**
 * What a save sends, in reading order: the changes of every worker whose cells can all be read.
 * A worker with a cell that cannot be read keeps all their changes (`unreadable`: those cells).
 */
export function entriesToSave(rows: GridRow[], days: DayColumn[], edits: Edits): { entries: (CellRef & { minutes: number | null })[]; unreadable: CellRef[]; kept: CellRef[] } {
  const unreadable: CellRef[] = [];
  const changed: (CellRef & { minutes: number | null; workerId: number })[] = [];
  for (const row of rows) {
    for (const d of days) {
      const e = edits[row.placementId]?.[d.date];
      if (!e) continue;
      if (e.invalid) unreadable.push({ placementId: row.placementId, day: d.date });
      changed.push({ placementId: row.placementId, day: d.date, minutes: e.minutes, workerId: row.workerId });
    }
  }
  const workerOf = new Map(rows.map((r) => [r.placementId, r.workerId]));
  const waiting = new Set(unreadable.map((c) => workerOf.get(c.placementId)));
  const entries = changed.filter((c) => !waiting.has(c.workerId)).map(({ placementId, day, minutes }) => ({ placementId, day, minutes }));
  const kept = changed.filter((c) => waiting.has(c.workerId)).map(({ placementId, day }) => ({ placementId, day }));
  return { entries, unreadable, kept };
}

/** The changes as the rules read them: the cells that can be read. */
export function changesOf(edits: Edits): (CellRef & { minutes: number | null })[] {
  const out: (CellRef & { minutes: number | null })[] = [];
  for (const [pid, re] of Object.entries(edits)) {
    for (const [day, e] of Object.entries(re)) if (!e.invalid) out.push({ placementId: Number(pid), day, minutes: e.minutes });
  }
  return out;
}

/** Only the edits of these cells. */
export function editsOf(edits: Edits, cells: readonly CellRef[]): Edits {
  const out: Edits = {};
  for (const c of cells) {
    const e = edits[c.placementId]?.[c.day];
    if (e) out[c.placementId] = { ...out[c.placementId], [c.day]: e };
  }
  return out;
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
