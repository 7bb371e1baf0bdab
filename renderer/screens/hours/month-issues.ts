import { checkWorkerMonth, contextOf, type CellMinutes, type CellRef, type GridRow, type HoursIssue, type MonthGrid } from '../../../db/contract/hours';
import { cellLabel, UNREADABLE } from './grid-model';
import { changesOf, type DayColumn, type Edits, type RowEdits } from './month-model';

// The problems of the month as it is typed: the back end's own rules (db/rules/hours-month.ts,
// through the contract) run on the facts sent with the month and the cells changed, so that a
// cell turns red before it is saved, for the reason the save would give. Shown in the cells
// (colour, title, the lines that describe them) and under the grid, one line per problem.

export interface CellProblem {
  severity: 'blocking' | 'warning';
  /** The messages, one a line, for the cell's title. */
  title: string;
  /** Ids of the lines of the problems list that describe the cell. */
  ids: string[];
}

/** One line of the list under the grid; `cell` is the cell it focuses. */
export interface Problem {
  id: string;
  severity: 'blocking' | 'warning';
  cell: CellRef | null;
  text: string;
}

/** The id of a problem's line in the list, for a cell whose text cannot be read. */
export function localProblemId(placementId: number, day: string): string {
  return `hp-l-${placementId}-${day}`;
}

/** The id of the line of the `index`-th issue. */
const issueId = (index: number) => `hp-s${index}`;

/**
 * The month's problems with the changes typed (what cannot be read aside), as checkMonthRules
 * finds them, worker by worker in the order of `rules.workers`. Each worker's problems are kept
 * and found again only when the changes of one of their rows are new (`Edits` keeps the object
 * of a row whose cells did not change): a cell typed checks one worker, not the whole month.
 */
export function monthIssuesChecker(grid: MonthGrid): (edits: Edits) => HoursIssue[] {
  const rowsOf = new Map<number, GridRow[]>();
  for (const r of grid.rows) rowsOf.set(r.workerId, [...(rowsOf.get(r.workerId) ?? []), r]);
  const savedOf = new Map<number, CellMinutes[]>();
  const kept = new Map<number, { edits: (RowEdits | undefined)[]; issues: HoursIssue[] }>();
  const month = contextOf(grid.rules.month);
  return (edits) =>
    grid.rules.workers.flatMap((w) => {
      const rows = rowsOf.get(w.workerId) ?? [];
      const mine = rows.map((r) => edits[r.placementId]);
      const before = kept.get(w.workerId);
      if (before && before.edits.every((e, i) => e === mine[i])) return before.issues;
      let saved = savedOf.get(w.workerId);
      if (!saved) {
        saved = rows.flatMap((r) => Object.entries(r.entries).map(([day, minutes]) => ({ placementId: r.placementId, day, minutes })));
        savedOf.set(w.workerId, saved);
      }
      const changes = changesOf(Object.fromEntries(rows.flatMap((r, i) => (mine[i] ? [[r.placementId, mine[i]]] : []))));
      const issues = checkWorkerMonth(grid.rules, w, rows, saved, changes, month);
      kept.set(w.workerId, { edits: mine, issues });
      return issues;
    });
}

/** Every problem of the month with the changes typed (what cannot be read aside). */
export function monthIssues(grid: MonthGrid, edits: Edits): HoursIssue[] {
  return monthIssuesChecker(grid)(edits);
}

const sameProblem = (a: CellProblem | undefined, b: CellProblem) => a !== undefined && a.severity === b.severity && a.title === b.title && a.ids.join() === b.ids.join();

/**
 * The issues by cell: the worst severity, every message, the lines describing it. A row whose
 * problems read as in `previous` keeps that object, so that the grid leaves the row as it is.
 */
export function problemsByCell(issues: HoursIssue[], previous?: ReadonlyMap<number, Record<string, CellProblem>>): Map<number, Record<string, CellProblem>> {
  const map = new Map<number, Record<string, CellProblem>>();
  issues.forEach((i, idx) => {
    for (const c of i.cells) {
      const cells = map.get(c.placementId) ?? {};
      const before = cells[c.day];
      cells[c.day] = {
        severity: before?.severity === 'blocking' || i.severity === 'blocking' ? 'blocking' : 'warning',
        title: before ? `${before.title}\n${i.message}` : i.message,
        ids: [...(before?.ids ?? []), issueId(idx)],
      };
      map.set(c.placementId, cells);
    }
  });
  if (!previous) return map;
  for (const [placementId, cells] of map) {
    const old = previous.get(placementId);
    if (!old || Object.keys(old).length !== Object.keys(cells).length) continue;
    if (Object.entries(cells).every(([day, p]) => sameProblem(old[day], p))) map.set(placementId, old);
  }
  return map;
}

/** problemsByCell, each time against the map it gave last. */
export function problemsByCellKept(): (issues: HoursIssue[]) => Map<number, Record<string, CellProblem>> {
  let last: Map<number, Record<string, CellProblem>> | undefined;
  return (issues) => (last = problemsByCell(issues, last));
}

/** Who a problem is about: the worker, and the client when all its cells are at one. */
function who(issue: HoursIssue, rowsById: ReadonlyMap<number, GridRow>, workers: ReadonlyMap<number, string>): string {
  const placements = new Set(issue.cells.map((c) => c.placementId));
  const row = placements.size === 1 ? rowsById.get([...placements][0]!) : undefined;
  return row ? `${row.workerName} · ${row.clientName}` : (workers.get(issue.workerId) ?? '');
}

/** The list under the grid: unreadable cells first, in reading order, then the problems. */
export function problemList(rows: GridRow[], days: DayColumn[], edits: Edits, issues: HoursIssue[]): Problem[] {
  const list: Problem[] = [];
  for (const row of rows) {
    const re = edits[row.placementId];
    if (!re) continue;
    for (const d of days) {
      if (!re[d.date]?.invalid) continue;
      const cell = { placementId: row.placementId, day: d.date };
      list.push({ id: localProblemId(row.placementId, d.date), severity: 'blocking', cell, text: `${cellLabel(row, d.date)} : ${UNREADABLE}` });
    }
  }
  const rowsById = new Map(rows.map((r) => [r.placementId, r]));
  const workers = new Map(rows.map((r) => [r.workerId, r.workerName]));
  issues.forEach((i, idx) => {
    const name = who(i, rowsById, workers);
    list.push({ id: issueId(idx), severity: i.severity, cell: i.cells[0] ?? null, text: name ? `${name} : ${i.message}` : i.message });
  });
  return list;
}

/** The first cell, in reading order, that a blocking problem names. */
export function firstBlockingCell(rows: GridRow[], days: DayColumn[], issues: HoursIssue[]): CellRef | null {
  const blocking = new Set(issues.filter((i) => i.severity === 'blocking').flatMap((i) => i.cells.map((c) => `${c.placementId}|${c.day}`)));
  for (const row of rows) {
    const d = days.find((x) => blocking.has(`${row.placementId}|${x.date}`));
    if (d) return { placementId: row.placementId, day: d.date };
  }
  return null;
}

/** The workers whose month has a blocking problem: none of their cells can be saved. */
export function blockedWorkers(issues: HoursIssue[]): Set<number> {
  return new Set(issues.filter((i) => i.severity === 'blocking').map((i) => i.workerId));
}

const cells = (n: number) => (n > 1 ? `${n} cellules` : `${n} cellule`);

/** What a save says: `48 cellules enregistrées, 4 à corriger`. */
export function savedText(saved: number, held: number): string {
  if (held === 0) return 'Heures du mois enregistrées';
  if (saved === 0) return `Rien n’a été enregistré : ${cells(held)} à corriger.`;
  return `${cells(saved)} ${saved > 1 ? 'enregistrées' : 'enregistrée'}, ${held} à corriger.`;
}
