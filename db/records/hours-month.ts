import type { Ctx } from '../context';
import { counting480Windows } from '../rules/hours-480';
import { monthWeeks, since480, type CellMinutes, type MonthRules, type WorkerMonthFacts } from '../rules/hours-month';
import { passesOf } from './passes';
import { IN_IDS, statement } from './statements';
import { readMode480, waivers480Of } from './rule-settings';

// What the rules of a month of hours need beyond the grid's own cells (db/rules/hours-month.ts),
// read for many workers at once: a fixed number of queries whatever their number, the ids
// passed as one JSON array. The same facts serve the save and travel to the grid.

/** A saved cell of the grid, with its worker and whether its client counts towards the 480 h. */
export type GridCell = CellMinutes & { workerId: number; counts480: boolean };

/**
 * The facts of `workerIds` for the month; `gridCells` are the grid's own saved cells (the rules
 * count them from the grid: they are taken out of the worker's days here).
 */
export function monthRulesOf(ctx: Ctx, month: string, workerIds: readonly number[], gridCells: readonly GridCell[]): MonthRules {
  const rules: MonthRules = { month, mode480: readMode480(ctx), waivers: waivers480Of(ctx), workers: [] };
  if (workerIds.length === 0) return rules;
  const ids = JSON.stringify(workerIds);
  // What the grid holds of each worker's day: all minutes, and those that count.
  const inGrid = new Map<string, { minutes: number; counting: number }>();
  for (const c of gridCells) {
    const key = `${c.workerId}|${c.day}`;
    const g = inGrid.get(key) ?? { minutes: 0, counting: 0 };
    g.minutes += c.minutes;
    if (c.counts480) g.counting += c.minutes;
    inGrid.set(key, g);
  }

  const facts = new Map<number, WorkerMonthFacts>();
  const people = statement(ctx.sqlite, `SELECT id, nationality, permit_expiry AS permitExpiry, exit_date AS exitDate FROM workers WHERE id ${IN_IDS}`).all(ids) as {
    id: number;
    nationality: string;
    permitExpiry: string | null;
    exitDate: string | null;
  }[];
  const passes = passesOf(ctx, workerIds);
  for (const w of people) {
    facts.set(w.id, {
      workerId: w.id,
      passes: (passes.get(w.id) ?? []).map((p) => ({ start: p.start, end: p.end, periods: p.periods.map(({ kind, reason, start, end }) => ({ kind, reason, start, end })) })),
      exitDate: w.exitDate,
      permitExpiry: w.nationality === 'hors_ue' ? w.permitExpiry : null,
      weekMinutes: {},
      counting: { prior: null, starts: [], minutes: {} },
    });
  }

  // 10 h and 48 h: the other hours of the weeks the month touches, from each worker's days.
  const weeks = monthWeeks(month);
  const weekRows = statement(ctx.sqlite, `SELECT worker_id AS workerId, day, minutes FROM worker_days WHERE worker_id ${IN_IDS} AND day BETWEEN ? AND ?`).all(
    ids,
    weeks.from,
    weeks.to,
  ) as { workerId: number; day: string; minutes: number }[];
  for (const r of weekRows) {
    const f = facts.get(r.workerId);
    const other = r.minutes - (inGrid.get(`${r.workerId}|${r.day}`)?.minutes ?? 0);
    if (f && other > 0) f.weekMinutes[r.day] = other;
  }

  // The 480 h: every counting day since the 24 months before the month, and the window that
  // the older ones opened last (windows opened before a day depend only on the dates before it).
  const since = since480(month);
  const before = new Map<number, string[]>();
  const older = (workerId: number, date: string) => {
    const list = before.get(workerId);
    if (list) list.push(date);
    else before.set(workerId, [date]);
  };
  const countingRows = statement(
    ctx.sqlite,
    `SELECT worker_id AS workerId, day, counting_minutes AS minutes FROM worker_days WHERE worker_id ${IN_IDS} AND counting_minutes > 0`,
  ).all(ids) as { workerId: number; day: string; minutes: number }[];
  for (const r of countingRows) {
    const f = facts.get(r.workerId);
    if (!f) continue;
    if (r.day < since) older(r.workerId, r.day);
    else {
      const other = r.minutes - (inGrid.get(`${r.workerId}|${r.day}`)?.counting ?? 0);
      if (other > 0) f.counting.minutes[r.day] = other;
    }
  }
  const starts = statement(
    ctx.sqlite,
    `SELECT p.worker_id AS workerId, p.start_date AS start FROM placements p JOIN clients c ON c.id = p.client_id
     WHERE c.counts_480 = 1 AND p.status <> 'annulee' AND p.worker_id ${IN_IDS}`,
  ).all(ids) as { workerId: number; start: string }[];
  for (const s of starts) {
    const f = facts.get(s.workerId);
    if (!f) continue;
    if (s.start < since) older(s.workerId, s.start);
    else f.counting.starts.push(s.start);
  }
  for (const [workerId, dates] of before) {
    const f = facts.get(workerId);
    if (f) f.counting.prior = counting480Windows(dates).at(-1) ?? null;
  }
  for (const f of facts.values()) f.counting.starts.sort();

  rules.workers = workerIds.flatMap((id) => facts.get(id) ?? []);
  return rules;
}
