import type { Ctx } from '../context';
import { counting480Windows } from '../rules/hours-480';
import { monthWeeks, since480, type CellMinutes, type MonthRules, type WorkerMonthFacts } from '../rules/hours-month';
import { monthBounds } from '../base/months';
import { passesOf } from './passes';
import { readMode480, waivers480Of } from './rule-settings';

// What the rules of a month of hours need beyond the grid's own cells (db/rules/hours-month.ts),
// read for many workers at once: a fixed number of queries whatever their number, the ids
// passed as one JSON array. The same facts serve the save and travel to the grid.

/** `IN (…)` over a JSON array of ids: one statement whatever the number of workers. */
const IN_IDS = 'IN (SELECT value FROM json_each(?))';

/**
 * The facts of `workerIds` for the month; `isGridCell` tells which (placement, day) are the
 * grid's own cells (they are counted from the grid, not from here).
 */
export function monthRulesOf(ctx: Ctx, month: string, workerIds: readonly number[], isGridCell: (placementId: number, day: string) => boolean): MonthRules {
  const rules: MonthRules = { month, mode480: readMode480(ctx), waivers: waivers480Of(ctx), workers: [] };
  if (workerIds.length === 0) return rules;
  const ids = JSON.stringify(workerIds);
  const { first, last } = monthBounds(month);
  const inMonthGrid = (c: { placementId: number; day: string }) => c.day >= first && c.day <= last && isGridCell(c.placementId, c.day);

  const facts = new Map<number, WorkerMonthFacts>();
  const people = ctx.sqlite
    .prepare(`SELECT id, nationality, permit_expiry AS permitExpiry, exit_date AS exitDate FROM workers WHERE id ${IN_IDS}`)
    .all(ids) as { id: number; nationality: string; permitExpiry: string | null; exitDate: string | null }[];
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

  // 10 h and 48 h: the other hours of the weeks the month touches.
  const weeks = monthWeeks(month);
  const weekRows = ctx.sqlite
    .prepare(
      `SELECT p.worker_id AS workerId, h.placement_id AS placementId, h.day, h.minutes FROM hours h JOIN placements p ON p.id = h.placement_id
       WHERE h.day BETWEEN ? AND ? AND p.worker_id ${IN_IDS}`,
    )
    .all(weeks.from, weeks.to, ids) as (CellMinutes & { workerId: number })[];
  for (const r of weekRows) {
    const f = facts.get(r.workerId);
    if (!f || inMonthGrid(r)) continue;
    f.weekMinutes[r.day] = (f.weekMinutes[r.day] ?? 0) + r.minutes;
  }

  // The 480 h: every counting hour since the 24 months before the month, and the window that
  // the older ones opened last (windows opened before a day depend only on the dates before it).
  const since = since480(month);
  const before = new Map<number, string[]>();
  const older = (workerId: number, date: string) => {
    const list = before.get(workerId);
    if (list) list.push(date);
    else before.set(workerId, [date]);
  };
  const countingRows = ctx.sqlite
    .prepare(
      `SELECT p.worker_id AS workerId, h.placement_id AS placementId, h.day, h.minutes
       FROM hours h JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
       WHERE c.counts_480 = 1 AND p.worker_id ${IN_IDS}`,
    )
    .all(ids) as (CellMinutes & { workerId: number })[];
  for (const r of countingRows) {
    const f = facts.get(r.workerId);
    if (!f) continue;
    if (r.day < since) older(r.workerId, r.day);
    else if (!inMonthGrid(r)) f.counting.minutes[r.day] = (f.counting.minutes[r.day] ?? 0) + r.minutes;
  }
  const starts = ctx.sqlite
    .prepare(
      `SELECT p.worker_id AS workerId, p.start_date AS start FROM placements p JOIN clients c ON c.id = p.client_id
       WHERE c.counts_480 = 1 AND p.status <> 'annulee' AND p.worker_id ${IN_IDS}`,
    )
    .all(ids) as { workerId: number; start: string }[];
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
