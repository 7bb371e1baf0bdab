import type { Ctx } from '../context';
import {
  check480ByMode,
  counting480Windows,
  LIMIT_480_MINUTES,
  usage480,
  usage480Rolling,
  type CountingPlacementEntry,
  type Mode480,
  type Waiver480,
  type Window480,
} from '../rules/hours-480';
import { waivers480 } from '../schema';
import type { CellIssue } from '../rules/issues';
import { readMode480 } from './rule-settings';
import { todayIso } from '../base/dates';
import type { PassPeriod, PassReason } from '../rules/pass-iae';
import { computePassEnd } from '../rules/pass-iae';

// What the hour rules need to know about workers, read once per save or page: their PASS IAE
// (with periods), permits, and their hours with clients that count towards the 480 h.

export interface WorkerPass {
  start: string;
  end: string;
  periods: PassPeriod[];
}

export function passesOf(ctx: Ctx, workerIds: number[]): Map<number, WorkerPass[]> {
  const out = new Map<number, WorkerPass[]>();
  if (workerIds.length === 0) return out;
  const placeholders = workerIds.map(() => '?').join(',');
  const passRows = ctx.sqlite
    .prepare(`SELECT id, worker_id, start_date, end_date_override FROM pass_iae WHERE worker_id IN (${placeholders}) ORDER BY start_date`)
    .all(...workerIds) as { id: number; worker_id: number; start_date: string; end_date_override: string | null }[];
  const periodRows = ctx.sqlite
    .prepare(
      `SELECT p.pass_id, p.kind, p.reason, p.start_date, p.end_date FROM pass_iae_periods p JOIN pass_iae x ON x.id = p.pass_id WHERE x.worker_id IN (${placeholders}) ORDER BY p.start_date`,
    )
    .all(...workerIds) as { pass_id: number; kind: 'suspension' | 'prolongation'; reason: string; start_date: string; end_date: string }[];
  const periodsByPass = new Map<number, PassPeriod[]>();
  for (const r of periodRows) {
    const list = periodsByPass.get(r.pass_id) ?? [];
    list.push({ kind: r.kind, reason: r.reason as PassReason, start: r.start_date, end: r.end_date });
    periodsByPass.set(r.pass_id, list);
  }
  for (const p of passRows) {
    const periods = periodsByPass.get(p.id) ?? [];
    const list = out.get(p.worker_id) ?? [];
    list.push({ start: p.start_date, end: computePassEnd(p.start_date, periods, p.end_date_override), periods });
    out.set(p.worker_id, list);
  }
  return out;
}

export interface Counting480 {
  /** How the 24 months are counted (the rule setting). */
  mode: Mode480;
  /** The fixed 24-month windows (used in mode `fenetre`; in mode `glissante`, each day has its own 24 months). */
  windows: Window480[];
  entries: CountingPlacementEntry[];
}

/**
 * A worker's hours with clients that count towards the 480 h, and their 24-month windows.
 * `windows` is empty only when the worker never had a placement or hours that count.
 */
export function counting480(ctx: Ctx, workerId: number): Counting480 {
  const entries = ctx.sqlite
    .prepare(
      `SELECT h.placement_id AS placementId, h.day, h.minutes FROM hours h
       JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
       WHERE p.worker_id = ? AND c.counts_480 = 1 ORDER BY h.day`,
    )
    .all(workerId) as CountingPlacementEntry[];
  const starts = ctx.sqlite
    .prepare(
      `SELECT p.start_date FROM placements p JOIN clients c ON c.id = p.client_id
       WHERE p.worker_id = ? AND c.counts_480 = 1 AND p.status <> 'annulee'`,
    )
    .pluck()
    .all(workerId) as string[];
  return { mode: readMode480(ctx), entries, windows: windowsFrom(starts, entries) };
}

export function windowsFrom(placementStarts: string[], entries: { day: string }[]): Window480[] {
  const dates = [...new Set([...placementStarts, ...entries.map((e) => e.day)])].sort();
  return counting480Windows(dates);
}

/** The counter shown on the worker's page and used by the alerts (see WorkerDetail.hours480). */
export function counter480(ctx: Ctx, workerId: number, day = todayIso(ctx.now())) {
  const { mode, windows, entries } = counting480(ctx, workerId);
  if (windows.length === 0) return null;
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
  return ctx.sqlite
    .prepare(
      `SELECT substr(h.day, 1, 7) AS month, SUM(h.minutes) AS minutes,
              SUM(CASE WHEN c.counts_480 = 1 THEN h.minutes ELSE 0 END) AS countingMinutes
       FROM hours h JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
       WHERE p.worker_id = ? GROUP BY month ORDER BY month DESC`,
    )
    .all(workerId) as { month: string; minutes: number; countingMinutes: number }[];
}

/** The worker's saved hours that the 480-hour rule refuses, as the data stands now. */
export function blocking480(ctx: Ctx, workerId: number): CellIssue[] {
  const { mode, windows, entries } = counting480(ctx, workerId);
  if (entries.length === 0) return [];
  return check480ByMode(mode, entries, windows, waivers480Of(ctx)).filter((v) => v.severity === 'blocking');
}

/** The prefectoral waivers, as the 480-hour rule takes them. */
export function waivers480Of(ctx: Ctx): Waiver480[] {
  return ctx.db
    .select({ start: waivers480.startDate, end: waivers480.endDate, reference: waivers480.reference })
    .from(waivers480)
    .orderBy(waivers480.startDate)
    .all();
}
