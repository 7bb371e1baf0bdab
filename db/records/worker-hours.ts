import type { Ctx } from '../context';
import {
  check480ByMode,
  counting480Windows,
  LIMIT_480_MINUTES,
  usage480,
  usage480Rolling,
  type CountingEntry,
  type CountingPlacementEntry,
  type Mode480,
  type Window480,
} from '../rules/hours-480';
import type { CellIssue } from '../rules/issues';
import { readMode480, waivers480Of } from './rule-settings';
import { todayIso } from '../base/dates';
import { pluckStatement, statement } from './statements';

// A worker's hours as the rules and the pages read them: per month, and those with clients that
// count towards the 480 h, with their 24-month windows and the counter.

export interface Counting480 {
  /** How the 24 months are counted (the rule setting). */
  mode: Mode480;
  /** The fixed 24-month windows (used in mode `fenetre`; in mode `glissante`, each day has its own 24 months). */
  windows: Window480[];
  entries: CountingPlacementEntry[];
}

/** The first days of a worker's placements with clients that count (not cancelled): they open 24-month windows. */
const COUNTING_STARTS = `SELECT p.start_date FROM placements p JOIN clients c ON c.id = p.client_id
  WHERE p.worker_id = ? AND c.counts_480 = 1 AND p.status <> 'annulee'`;

/**
 * A worker's hours with clients that count towards the 480 h, and their 24-month windows.
 * `windows` is empty only when the worker never had a placement or hours that count.
 */
export function counting480(ctx: Ctx, workerId: number): Counting480 {
  const entries = statement(
    ctx.sqlite,
    `SELECT h.placement_id AS placementId, h.day, h.minutes FROM hours h
     JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
     WHERE p.worker_id = ? AND c.counts_480 = 1 ORDER BY h.day`,
  ).all(workerId) as CountingPlacementEntry[];
  const starts = pluckStatement(ctx.sqlite, COUNTING_STARTS).all(workerId) as string[];
  return { mode: readMode480(ctx), entries, windows: windowsFrom(starts, entries) };
}

export function windowsFrom(placementStarts: string[], entries: { day: string }[]): Window480[] {
  const dates = [...new Set([...placementStarts, ...entries.map((e) => e.day)])].sort();
  return counting480Windows(dates);
}

/**
 * A worker's days with minutes that count towards the 480 h (the days' summary, one row a day
 * whatever the placements), and the starts of the counting placements: what the counter needs.
 */
function countingDays(ctx: Ctx, workerId: number): { entries: CountingEntry[]; windows: Window480[] } {
  const entries = statement(
    ctx.sqlite,
    'SELECT day, counting_minutes AS minutes FROM worker_days WHERE worker_id = ? AND counting_minutes > 0 ORDER BY day',
  ).all(workerId) as CountingEntry[];
  const starts = pluckStatement(ctx.sqlite, COUNTING_STARTS).all(workerId) as string[];
  return { entries, windows: windowsFrom(starts, entries) };
}

/** The counter shown on the worker's page and used by the alerts (see WorkerDetail.hours480). */
export function counter480(ctx: Ctx, workerId: number, day = todayIso(ctx.now())) {
  const { windows, entries } = countingDays(ctx, workerId);
  if (windows.length === 0) return null;
  const mode = readMode480(ctx);
  if (mode === 'glissante') {
    // The 24 months that end on `day`.
    const usage = usage480Rolling(entries, day);
    return { mode, windowStart: usage.window.start, windowEnd: usage.window.end, usedMinutes: usage.usedMinutes, leftMinutes: usage.leftMinutes };
  }
  // Today's window, else the last one that started (a window may be over and none open yet).
  const usage = usage480(entries, windows, day);
  const window = usage.window ?? windows.filter((w) => w.start <= day).at(-1) ?? windows[0]!;
  const used = usage.window ? usage.usedMinutes : usage480(entries, windows, window.start).usedMinutes;
  return { mode, windowStart: window.start, windowEnd: window.end, usedMinutes: used, leftMinutes: Math.max(0, LIMIT_480_MINUTES - used) };
}

export function hoursByMonth(ctx: Ctx, workerId: number) {
  return statement(
    ctx.sqlite,
    `SELECT substr(day, 1, 7) AS month, SUM(minutes) AS minutes, SUM(counting_minutes) AS countingMinutes
     FROM worker_days WHERE worker_id = ? GROUP BY month ORDER BY month DESC`,
  ).all(workerId) as { month: string; minutes: number; countingMinutes: number }[];
}

/** The worker's saved hours that the 480-hour rule refuses, as the data stands now. */
export function blocking480(ctx: Ctx, workerId: number): CellIssue[] {
  const { mode, windows, entries } = counting480(ctx, workerId);
  if (entries.length === 0) return [];
  return check480ByMode(mode, entries, windows, waivers480Of(ctx)).filter((v) => v.severity === 'blocking');
}
