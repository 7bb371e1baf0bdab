import type Database from 'better-sqlite3';
import type { CallName } from '../contract';
import type { Ctx } from '../context';
import type { Facts } from './facts';

// One row of the bench: one small declaration. A later capability (invoicing drafts, the
// annual report, backups…) adds its rows to the list in rows/index.ts:
//
//   benchRow({
//     name: 'invoicing.drafts, 1 000 clients',
//     target: { max: 50, on: 'p50' },
//     call: (f) => ({ name: 'invoicing.drafts', input: { month: f.lastClosedMonth } }),
//     hand: (db, f) => { const q = db.prepare('SELECT …'); return () => q.all(f.lastClosedMonth); },
//   })
//
// `call` is measured in the process through the dispatcher (validation included) and over
// HTTP through the real host; `hand` is the same answer written by hand in SQL on the same
// file, the floor to compare with. `direct` is for app code that no API call exposes alone.

export interface Target {
  /** The call must answer in less than this many milliseconds… */
  max: number;
  /** …at this percentile (the table speaks of p50, the architecture's lists of p95). */
  on: 'p50' | 'p95';
  /** Said beside the target: « pour un écran ». */
  note?: string;
}

/** What a row's functions are given: the back end, its SQLite connection and a handler context. */
export interface BenchEnv {
  dispatch(name: string, input: unknown): { ok: boolean; value?: unknown; error?: { message: string } };
  db: Database.Database;
  ctx: Ctx;
  facts: Facts;
}

export interface BenchRow {
  name: string;
  /** A fixed target, or one that depends on the file (a backup's time grows with its size). */
  target?: Target | ((facts: Facts) => Target);
  call?: (facts: Facts) => { name: CallName; input: unknown };
  /** Timed as it is: a promise is awaited (a backup). */
  direct?: (env: BenchEnv) => unknown;
  /** Prepares the hand-written SQL (statements compiled once, outside the timings) and returns the timed part. */
  hand?: (db: Database.Database, facts: Facts) => () => unknown;
  /** Untimed, once before the row and once after it: e.g. reopen a closed month, then close it again. */
  before?: (env: BenchEnv) => void;
  after?: (env: BenchEnv) => void;
  /** Untimed, before each timed run (in-process, HTTP and hand alike): e.g. empty the cells a save writes again. */
  beforeEach?: (env: BenchEnv) => void;
}

export function benchRow(row: BenchRow): BenchRow {
  if (!row.call && !row.direct) throw new Error(`Ligne « ${row.name} » : ni appel ni code à mesurer.`);
  return row;
}

