import type Database from 'better-sqlite3';

// Timings and statement counts. Timings are wall-clock (performance.now) around one call; a few
// untimed runs come first (warm caches, compiled code), then at least MIN_RUNS timed runs, more
// for fast calls, within a time budget.

export const MIN_RUNS = 30;
const MAX_RUNS = 300;
const WARMUP = 3;
/** A fast row takes more runs, up to about this long in all. */
const BUDGET_MS = 1500;

export interface Stats {
  runs: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function runsFor(warmMs: number, minRuns: number): number {
  return Math.max(minRuns, Math.min(MAX_RUNS, Math.ceil(BUDGET_MS / Math.max(warmMs, 0.001))));
}

/** Times a synchronous call; `setup` runs untimed before each run. */
export function timeSync(fn: () => unknown, setup: () => void = () => {}, minRuns = MIN_RUNS): Stats {
  let warm = Infinity;
  for (let i = 0; i < WARMUP; i++) {
    setup();
    const t = performance.now();
    fn();
    warm = Math.min(warm, performance.now() - t);
  }
  const samples: number[] = [];
  for (let i = runsFor(warm, minRuns); i > 0; i--) {
    setup();
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** Times an asynchronous call (over HTTP); `setup` runs untimed before each run. */
export async function timeAsync(fn: () => Promise<unknown>, setup: () => void = () => {}, minRuns = MIN_RUNS): Promise<Stats> {
  let warm = Infinity;
  for (let i = 0; i < WARMUP; i++) {
    setup();
    const t = performance.now();
    await fn();
    warm = Math.min(warm, performance.now() - t);
  }
  const samples: number[] = [];
  for (let i = runsFor(warm, minRuns); i > 0; i--) {
    setup();
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

export interface StatementCount {
  /** Statements run: run/get/all/iterate on any prepared statement (compiled during the call or before), plus exec and pragma. */
  executed: number;
  /** Statements compiled during the call (Database#prepare). */
  prepared: number;
}

/**
 * Counts what one call asks of SQLite. The better-sqlite3 Statement and Database prototypes are
 * wrapped for the duration of `fn` (so statements compiled earlier and cached, Drizzle's
 * included, are counted too), then restored; an asynchronous `fn` is counted until it settles
 * (nothing else runs meanwhile in the bench). Not counted: the BEGIN/COMMIT that
 * `db.transaction` issues internally, and the rows a statement reads.
 */
export async function countStatements(db: Database.Database, fn: () => unknown): Promise<StatementCount> {
  const count: StatementCount = { executed: 0, prepared: 0 };
  const statementProto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, unknown>;
  const databaseProto = Object.getPrototypeOf(db) as Record<string, unknown>;
  const saved: [Record<string, unknown>, string, unknown][] = [];
  const wrap = (proto: Record<string, unknown>, name: string, field: keyof StatementCount) => {
    const original = proto[name] as (...args: unknown[]) => unknown;
    saved.push([proto, name, original]);
    proto[name] = function (this: unknown, ...args: unknown[]) {
      count[field]++;
      return original.apply(this, args);
    };
  };
  for (const name of ['run', 'get', 'all', 'iterate']) wrap(statementProto, name, 'executed');
  for (const name of ['exec', 'pragma']) wrap(databaseProto, name, 'executed');
  wrap(databaseProto, 'prepare', 'prepared');
  try {
    await fn();
  } finally {
    for (const [proto, name, original] of saved) proto[name] = original;
  }
  return count;
}
