// Every rule of a month of hours (domain §3), one worker at a time, on the month as it would be
// with some cells changed: the duration of a cell, the placement's dates and status, the PASS
// IAE, the exit date and the residence permit on each day, 10 h a day and 48 h a week all
// clients together, and the 480 hours. The back end runs it when a month is saved and to show
// what stands on a saved month; the grid runs the very same function as the cells are typed,
// on the facts the back end sends with the month (`MonthRules`), so that a cell turns red
// before it is saved, for the reason the save would give.
//
// One issue per violation, naming the cells that take part in it: for a day over 10 h, a week
// over 48 h or the 480 h, the cells being changed when some are (the others were lawful until
// then), else every cell of the day, the week or the days over.

import { deMonth, formatDate, formatHours } from '../base/format';
import { addDays, addMonths, daysBetween } from '../base/dates';
import { monthBounds, monthDays } from '../base/months';
import { weekStart } from './holidays';
import type { CellRef, HoursIssue } from './issues';
import { checkEntry, workingTimeViolations } from './working-time';
import { counting480Windows, LIMIT_480_MINUTES, verdicts480, window480Label, type CountingPlacementEntry, type Mode480, type Verdict480, type Waiver480, type Window480 } from './hours-480';
import { passValidOn, type PassPeriod } from './pass-iae';

/** A placement as the rules of the month see it: a row of the grid. */
export interface HoursPlacementFacts {
  placementId: number;
  workerId: number;
  startDate: string;
  endDate: string;
  status: string;
  counts480: boolean;
}

/** What the rules need to know of a worker, beyond the grid's cells. */
export interface WorkerMonthFacts {
  workerId: number;
  /** Each PASS IAE: its start, the end that holds, its suspensions and prolongations. */
  passes: { start: string; end: string; periods: PassPeriod[] }[];
  exitDate: string | null;
  /** The last day of the residence permit of a worker from outside the EU; null otherwise. */
  permitExpiry: string | null;
  /**
   * Minutes by day over the weeks the month touches (`monthWeeks`), other than the grid's
   * cells: the neighbouring months' days of those weeks, and any placement not in the grid.
   */
  weekMinutes: Record<string, number>;
  /** The hours with clients that count towards the 480 h, from `since480(month)` on. */
  counting: {
    /** The last 24-month window opened before that day (the chain of windows goes on from it). */
    prior: Window480 | null;
    /** The first days of the counting placements (not cancelled) from that day on. */
    starts: string[];
    /** Counting minutes by day from that day on, other than the grid's cells. */
    minutes: Record<string, number>;
  };
}

/** What the back end sends with a month for the grid to check it as it is typed. */
export interface MonthRules {
  month: string;
  mode480: Mode480;
  waivers: Waiver480[];
  workers: WorkerMonthFacts[];
}

export type CellMinutes = CellRef & { minutes: number };
/** A cell as a save would write it: null clears it. */
export type CellChange = CellRef & { minutes: number | null };

/** From this day on, every counting hour matters to the 480 h of the month's days and of the days after it. */
export function since480(month: string): string {
  return addMonths(monthBounds(month).first, -24);
}

/** The weeks the month touches: from the Monday of its first day to the Sunday of its last. */
export function monthWeeks(month: string): { from: string; to: string } {
  const { first, last } = monthBounds(month);
  return { from: weekStart(first), to: addDays(weekStart(last), 6) };
}

/** `le 08/05/2026`, `les 08/05/2026 et 21/05/2026`, `du 04/05/2026 au 29/05/2026 (12 jours saisis)`. */
export function daysText(days: readonly string[]): string {
  const list = [...new Set(days)].sort().map(formatDate);
  if (list.length === 1) return `le ${list[0]}`;
  if (list.length <= 3) return `les ${list.slice(0, -1).join(', ')} et ${list.at(-1)}`;
  return `du ${list[0]} au ${list.at(-1)} (${list.length} jours saisis)`;
}

const cellKey = (c: CellRef) => `${c.placementId}|${c.day}`;
const byDay = (a: CellRef, b: CellRef) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.placementId - b.placementId);
const asEntries = (minutes: Record<string, number>): CountingPlacementEntry[] =>
  // Hours outside the grid's cells take part in the totals, never in the cells shown: placement 0.
  Object.entries(minutes).map(([day, m]) => ({ placementId: 0, day, minutes: m }));

/** What every worker's check needs to know of the month, worked out once. */
export interface MonthContext {
  last: string;
  monthSet: ReadonlySet<string>;
}
export const contextOf = (month: string): MonthContext => ({ last: monthBounds(month).last, monthSet: new Set(monthDays(month)) });

/**
 * The problems of one worker's month as it would be with `changes` applied: `placements` are
 * the worker's rows of the grid, `saved` their cells as saved. Blocking issues first.
 * (`month`: what the month's days are, when the caller checks many workers.)
 */
export function checkWorkerMonth(
  rules: MonthRules,
  worker: WorkerMonthFacts,
  placements: readonly HoursPlacementFacts[],
  saved: readonly CellMinutes[],
  changes: readonly CellChange[],
  month: MonthContext = contextOf(rules.month),
): HoursIssue[] {
  const { monthSet } = month;
  const byId = new Map(placements.filter((p) => p.workerId === worker.workerId).map((p) => [p.placementId, p]));
  const inGrid = (c: CellRef) => byId.has(c.placementId) && monthSet.has(c.day);

  const before = new Map<string, CellMinutes>();
  for (const c of saved) if (inGrid(c)) before.set(cellKey(c), c);
  const state = new Map(before);
  const changed = new Set<string>();
  for (const c of changes) {
    if (!inGrid(c)) continue;
    const k = cellKey(c);
    if (c.minutes === null) state.delete(k);
    else {
      state.set(k, { placementId: c.placementId, day: c.day, minutes: c.minutes });
      if (before.get(k)?.minutes !== c.minutes) changed.add(k);
    }
  }
  const cells = [...state.values()].sort(byDay);

  const issues: HoursIssue[] = [];
  const push = (code: string, severity: HoursIssue['severity'], message: string, list: readonly CellRef[]) =>
    issues.push({ code, severity, message, workerId: worker.workerId, cells: list.map(({ placementId, day }) => ({ placementId, day })).sort(byDay) });
  /** The cells of a violation that take part in it: those being changed, else all (it stands on saved hours). */
  const takingPart = (candidates: readonly CellRef[]): CellRef[] => {
    const grid = candidates.filter(inGrid);
    const mine = grid.filter((c) => changed.has(cellKey(c)));
    return mine.length > 0 ? mine : grid;
  };

  // Each cell on its own: one issue per kind of problem (per placement for its dates and status).
  const groups = new Map<string, { code: string; message: (days: string[]) => string; cells: CellRef[] }>();
  const add = (group: string, code: string, message: (days: string[]) => string, c: CellRef) => {
    const g = groups.get(group) ?? { code, message, cells: [] };
    g.cells.push(c);
    groups.set(group, g);
  };
  const thoseDays = (days: string[]) => (days.length > 1 ? 'ces jours-là' : 'ce jour-là');
  const passOn = new Map<string, boolean>();
  const passValid = (day: string) => {
    let valid = passOn.get(day);
    if (valid === undefined) {
      valid = worker.passes.some((pass) => passValidOn(pass.start, pass.end, pass.periods, day));
      passOn.set(day, valid);
    }
    return valid;
  };
  for (const c of cells) {
    const p = byId.get(c.placementId)!;
    const bad = checkEntry(c.minutes);
    if (bad) push('duration', 'blocking', `${formatDate(c.day)} : ${bad}`, [c]);
    if (c.day < p.startDate || c.day > p.endDate) {
      const dates = `du ${formatDate(p.startDate)} au ${formatDate(p.endDate)}`;
      add(`outside|${p.placementId}`, 'outside_placement', (d) => `Hors des dates de la mission (${dates}) : ${daysText(d)}.`, c);
    }
    // A cancelled placement keeps the hours it had (they can be cleared), but takes no new ones.
    if (p.status === 'annulee' && changed.has(cellKey(c))) {
      add(`cancelled|${p.placementId}`, 'placement_cancelled', (d) => `Cette mission est annulée : aucune heure ne peut y être saisie, ${daysText(d)}.`, c);
    }
    if (!passValid(c.day)) {
      add('pass', 'pass_invalid', (d) => `Pas de PASS IAE valide ${daysText(d)} : aucune heure ne peut être saisie ${thoseDays(d)}.`, c);
    }
    if (worker.exitDate && worker.exitDate < c.day) {
      const exit = formatDate(worker.exitDate);
      add('exit', 'after_exit', (d) => `Après la date de sortie du salarié (${exit}) : ${daysText(d)}.`, c);
    }
    if (worker.permitExpiry && worker.permitExpiry < c.day) {
      const expiry = formatDate(worker.permitExpiry);
      add('permit', 'permit_expired', (d) => `Titre de séjour expiré le ${expiry} : aucune heure ne peut être saisie après cette date, ${daysText(d)}.`, c);
    }
  }
  for (const g of groups.values()) push(g.code, 'blocking', g.message(g.cells.map((c) => c.day)), g.cells);

  // 10 h a day and 48 h a week, all clients together (the neighbouring months' days of the weeks included).
  for (const v of workingTimeViolations([...cells, ...asEntries(worker.weekMinutes)], monthSet)) {
    push(v.code, v.severity, v.message, takingPart(v.entries));
  }

  push480(rules, worker, byId, cells, [...before.values()], changed, month, push, takingPart);
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1) || firstDay(a).localeCompare(firstDay(b)));
}

const firstDay = (i: HoursIssue) => i.cells[0]?.day ?? '9999';

/**
 * The 480 h, one line per worker: the days over 480 h without a waiver (blocking), those a
 * waiver covers, else the approach from 400 h; and a day after the month that hours added to
 * it would push over 480 h.
 */
function push480(
  rules: MonthRules,
  worker: WorkerMonthFacts,
  byId: ReadonlyMap<number, HoursPlacementFacts>,
  cells: readonly CellMinutes[],
  savedCells: readonly CellMinutes[],
  changed: ReadonlySet<string>,
  month: MonthContext,
  push: (code: string, severity: HoursIssue['severity'], message: string, list: readonly CellRef[]) => void,
  takingPart: (candidates: readonly CellRef[]) => CellRef[],
) {
  const { mode480: mode, waivers } = rules;
  const { prior, starts, minutes } = worker.counting;
  const counting = (list: readonly CellMinutes[]) => [...asEntries(minutes), ...list.filter((c) => byId.get(c.placementId)?.counts480)];
  const windowsOf = (entries: readonly CountingPlacementEntry[]) => counting480Windows([...starts, ...entries.map((e) => e.day)], prior);
  const now = counting(cells);
  if (now.length === 0) return;
  const all = verdicts480(mode, now, windowsOf(now), waivers);
  const inMonth = all.filter((v) => month.monthSet.has(v.day));
  const cellsOf = (vs: readonly Verdict480[]) => vs.flatMap((v) => v.entries);
  const used = (v: Verdict480) => `${formatHours(v.total)} sur ${formatHours(LIMIT_480_MINUTES)} utilisées au ${formatDate(v.day)} (${window480Label(mode, v.window)})`;

  const over = inMonth.filter((v) => v.severity === 'blocking');
  if (over.length > 0) push('heures_480_depassees', 'blocking', over[0]!.message, takingPart(cellsOf(over)));
  const waived = new Map<string, Verdict480[]>();
  for (const v of inMonth) if (v.waiver) waived.set(v.waiver.reference, [...(waived.get(v.waiver.reference) ?? []), v]);
  for (const [reference, vs] of waived) {
    const message = `${used(vs.at(-1)!)} : au-delà de ${formatHours(LIMIT_480_MINUTES)}, couvert par la dérogation ${reference}.`;
    push('heures_480_derogation', 'warning', message, takingPart(cellsOf(vs)));
  }
  const near = inMonth.filter((v) => v.code === 'heures_480_alerte');
  if (over.length === 0 && waived.size === 0 && near.length > 0) {
    push('heures_480_alerte', 'warning', `${used(near.at(-1)!)}.`, takingPart(cellsOf(near)));
  }

  // Hours added to this month also count on the later days of the 24 months: a day after the
  // month that the change pushes over 480 h blocks the change itself, on its cells.
  const added = cells.filter((c) => changed.has(cellKey(c)) && byId.get(c.placementId)!.counts480);
  const later = all.filter((v) => v.severity === 'blocking' && v.day > month.last);
  if (added.length === 0 || later.length === 0) return;
  const was = counting(savedCells);
  const blockedBefore = new Set(
    verdicts480(mode, was, windowsOf(was), waivers)
      .filter((v) => v.severity === 'blocking')
      .map((v) => v.day),
  );
  const firstNew = later.find((v) => !blockedBefore.has(v.day));
  if (!firstNew) return;
  push(
    'heures_480_depassees',
    'blocking',
    `Avec ces heures, le total chez des entreprises dépasserait ${formatHours(LIMIT_480_MINUTES)} sur 24 mois le ${formatDate(firstNew.day)} (heures déjà saisies après ce mois) : il faut une dérogation préfectorale en cours de validité, ou retirer des heures.`,
    added,
  );
}

/**
 * Every worker's problems (those of `rules.workers`) with `changes` applied: `placements` are
 * the rows of the grid, `saved` their saved cells.
 */
export function checkMonthRules(
  rules: MonthRules,
  placements: readonly HoursPlacementFacts[],
  saved: readonly CellMinutes[],
  changes: readonly CellChange[],
): HoursIssue[] {
  const workerOf = new Map(placements.map((p) => [p.placementId, p.workerId]));
  const byWorker = <T>(list: readonly T[], worker: (x: T) => number | undefined) => {
    const out = new Map<number, T[]>();
    for (const x of list) {
      const w = worker(x);
      if (w === undefined) continue;
      const group = out.get(w);
      if (group) group.push(x);
      else out.set(w, [x]);
    }
    return out;
  };
  const placementsBy = byWorker(placements, (p) => p.workerId);
  const savedBy = byWorker(saved, (c) => workerOf.get(c.placementId));
  const changesBy = byWorker(changes, (c) => workerOf.get(c.placementId));
  const month = contextOf(rules.month);
  return rules.workers.flatMap((w) =>
    checkWorkerMonth(rules, w, placementsBy.get(w.workerId) ?? [], savedBy.get(w.workerId) ?? [], changesBy.get(w.workerId) ?? [], month),
  );
}

/**
 * A month closed before its end, on `today`: what to say before closing it (it asks to be
 * confirmed), or null when the month has ended.
 */
export function earlyClosing(month: string, today: string): string | null {
  const { first, last } = monthBounds(month);
  if (today > last) return null;
  const closing = `Le mois ${deMonth(month)}`;
  if (today < first) {
    return `${closing} n'a pas encore commencé : ses heures ne pourront être saisies qu'en rouvrant le mois.`;
  }
  const left = daysBetween(today, last) + 1;
  if (left === 1) {
    return `${closing} n'est pas terminé (c'est aujourd'hui son dernier jour) : les heures d'aujourd'hui ne pourront être saisies qu'en rouvrant le mois.`;
  }
  return `${closing} n'est pas terminé (il reste ${left} jours, aujourd'hui compris, jusqu'au ${formatDate(last)}) : les heures de ces jours ne pourront être saisies qu'en rouvrant le mois.`;
}
