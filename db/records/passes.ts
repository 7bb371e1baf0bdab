import type { Ctx } from '../context';
import type { PassView } from '../contract/workers';
import { IN_IDS, statement } from './statements';
import { computePassEnd, passStatus, type PassPeriod, type PassReason } from '../rules/pass-iae';

// Workers' PASS IAE with their suspensions and prolongations, read one way for every reader: the
// worker's page and list, the rules of placements and hours, the alerts. Two queries whatever
// the number of workers (never one per worker).

export interface PassRecord {
  id: number;
  workerId: number;
  number: string;
  start: string;
  version: number;
  endDateOverride: string | null;
  /** The end the rules compute from the start and the periods. */
  computedEnd: string;
  /** The end that holds: the platform's date when the office corrected it, else the computed one. */
  end: string;
  periods: (PassPeriod & { id: number })[];
}

/** The PASS of these workers (of every worker with 'all'), by worker, the oldest first. */
export function passesOf(ctx: Ctx, workerIds: readonly number[] | 'all'): Map<number, PassRecord[]> {
  const out = new Map<number, PassRecord[]>();
  if (workerIds !== 'all' && workerIds.length === 0) return out;
  const ids = workerIds === 'all' ? [] : [JSON.stringify(workerIds)];
  const where = workerIds === 'all' ? '' : `WHERE x.worker_id ${IN_IDS}`;
  const passRows = statement(ctx.sqlite, `SELECT x.id, x.worker_id, x.number, x.start_date, x.end_date_override, x.version FROM pass_iae x ${where} ORDER BY x.start_date, x.id`)
    .all(...ids) as { id: number; worker_id: number; number: string; start_date: string; end_date_override: string | null; version: number }[];
  const periodRows = statement(
    ctx.sqlite,
    `SELECT p.id, p.pass_id, p.kind, p.reason, p.start_date, p.end_date FROM pass_iae_periods p JOIN pass_iae x ON x.id = p.pass_id
     ${where} ORDER BY p.start_date, p.id`,
  ).all(...ids) as { id: number; pass_id: number; kind: PassPeriod['kind']; reason: string; start_date: string; end_date: string }[];
  const periodsByPass = new Map<number, PassRecord['periods']>();
  for (const r of periodRows) {
    const list = periodsByPass.get(r.pass_id) ?? [];
    list.push({ id: r.id, kind: r.kind, reason: r.reason as PassReason, start: r.start_date, end: r.end_date });
    periodsByPass.set(r.pass_id, list);
  }
  for (const p of passRows) {
    const periods = periodsByPass.get(p.id) ?? [];
    const computedEnd = computePassEnd(p.start_date, periods);
    const list = out.get(p.worker_id) ?? [];
    list.push({
      id: p.id,
      workerId: p.worker_id,
      number: p.number,
      start: p.start_date,
      version: p.version,
      endDateOverride: p.end_date_override,
      computedEnd,
      end: p.end_date_override ?? computedEnd,
      periods,
    });
    out.set(p.worker_id, list);
  }
  return out;
}

/** A PASS as the worker's page and list show it, with its status on `today`. */
export function passView(p: PassRecord, today: string): PassView {
  return {
    id: p.id,
    version: p.version,
    number: p.number,
    startDate: p.start,
    computedEnd: p.computedEnd,
    endDateOverride: p.endDateOverride,
    end: p.end,
    status: passStatus(p.start, p.end, p.periods, today),
    periods: p.periods.map(({ id, kind, reason, start, end }) => ({ id, kind, reason, start, end })),
  };
}
