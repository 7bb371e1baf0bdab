import type { Ctx } from '../context';
import { EXIT_REASONS, exitCategory, type ExitCategory } from '../rules/exits';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from './workers';
import { statement } from './statements';

// The paths (parcours) that overlap a period, with what the rapport d'activité counts of each
// person: one statement, the latest eligibility diagnosis read through its (worker_id, date) index.
//
// PATHS is the one place that says where a path is recorded: the support follow-up's paths
// (support_paths, each with its exit date and reason), and for a worker entered without a path
// (typed on the worker's record, never opened in Suivi) their entry and exit dates as one path
// without an exit reason. A reason gives the exit's category (db/rules/exits.ts).
const PATHS = `SELECT sp.worker_id, sp.start_date AS entry_date, sp.exit_date, sp.exit_reason FROM support_paths sp
  UNION ALL
  SELECT w.id, w.entry_date, w.exit_date, NULL FROM workers w
  WHERE w.entry_date IS NOT NULL AND w.status <> 'candidat' AND NOT EXISTS (SELECT 1 FROM support_paths sp WHERE sp.worker_id = w.id)`;

/** One path of a worker, with the person's facts. */
export interface PathFacts {
  workerId: number;
  name: string;
  civility: string;
  birthDate: string;
  entryDate: string;
  exitDate: string | null;
  exitCategory: ExitCategory | null;
  qpv: boolean;
  educationLevel: string | null;
  orienteur: string | null;
  /** The criteria of the latest eligibility diagnosis dated by the period's end (RSA, DELD, RQTH…). */
  criteria: string[];
}

interface Row extends WorkerNameColumns {
  worker_id: number;
  entry_date: string;
  exit_date: string | null;
  exit_reason: string | null;
  civility: string;
  birth_date: string;
  qpv: number;
  education_level: string | null;
  orienteur: string | null;
  criteria: string | null;
}

/** The category of an exit's reason; null without one (or with a reason no longer in the list). */
function categoryOfReason(reason: string | null): ExitCategory | null {
  const known = EXIT_REASONS.find((r) => r.code === reason);
  return known ? exitCategory(known.code) : null;
}

/** The paths begun by `to` and not ended before `from`, oldest entry first. */
export function pathsInPeriod(ctx: Ctx, from: string, to: string): PathFacts[] {
  const rows = statement(
    ctx.sqlite,
      `WITH paths AS (${PATHS})
       SELECT p.worker_id, p.entry_date, p.exit_date, p.exit_reason, ${workerNameColumns('w')}, w.civility, w.birth_date, w.qpv,
         w.education_level, w.orienteur,
         (SELECT d.criteria FROM eligibility_diagnoses d WHERE d.worker_id = p.worker_id AND d.date <= ? ORDER BY d.date DESC, d.id DESC LIMIT 1) AS criteria
       FROM paths p JOIN workers w ON w.id = p.worker_id
       WHERE p.entry_date <= ? AND (p.exit_date IS NULL OR p.exit_date >= ?)
       ORDER BY p.entry_date, p.worker_id`,
    )
    .all(to, to, from) as Row[];
  return rows.map((r) => ({
    workerId: r.worker_id,
    name: workerNameOf(r),
    civility: r.civility,
    birthDate: r.birth_date,
    entryDate: r.entry_date,
    exitDate: r.exit_date,
    exitCategory: categoryOfReason(r.exit_reason),
    qpv: r.qpv === 1,
    educationLevel: r.education_level,
    orienteur: r.orienteur,
    criteria: r.criteria ? (JSON.parse(r.criteria) as string[]) : [],
  }));
}
