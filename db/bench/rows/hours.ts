import type Database from 'better-sqlite3';
import { counter480 } from '../../records/worker-hours';
import type { Cell, Facts } from '../facts';
import { benchRow, type BenchEnv } from '../rows';

// The hours: the month's grid, the 480-hour counter, and saving a month. Saving needs the
// month open: the busiest month (closed, like every past month) is reopened for the row and
// closed again after it, its cells restored as they were.

const WORKERS_OF = (ids: number[]) => `SELECT DISTINCT worker_id FROM placements WHERE id IN (${ids.join(',')})`;

const closed = new Map<string, unknown>();

function reopen(env: BenchEnv): void {
  const m = env.facts.busiestMonth;
  closed.set(m, env.db.prepare('SELECT * FROM month_closures WHERE month = ?').get(m));
  env.db.prepare('DELETE FROM month_closures WHERE month = ?').run(m);
}

function closeAgain(env: BenchEnv): void {
  const row = closed.get(env.facts.busiestMonth) as { month: string; closed_at: string; closed_by: string } | undefined;
  if (row) env.db.prepare('INSERT OR REPLACE INTO month_closures (month, closed_at, closed_by) VALUES (?, ?, ?)').run(row.month, row.closed_at, row.closed_by);
}

function deleteCells(db: Database.Database, f: Facts): void {
  db.prepare(`DELETE FROM hours WHERE placement_id IN (${f.save300.placementIds.join(',')}) AND day BETWEEN ? AND ?`).run(f.busiest.first, f.busiest.last);
}

function writeCells(db: Database.Database, cells: Cell[]): void {
  const upsert = db.prepare('INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, ?) ON CONFLICT (placement_id, day) DO UPDATE SET minutes = excluded.minutes');
  db.transaction(() => {
    for (const c of cells) upsert.run(c.placementId, c.day, c.minutes);
  })();
}

/** The rules' reads for a save, by hand: day totals over the weeks around the month, 480-hour totals, PASS. */
function ruleReads(db: Database.Database, f: Facts, workers: string) {
  const days = db.prepare(
    `SELECT p.worker_id, h.day, SUM(h.minutes) FROM hours h JOIN placements p ON p.id = h.placement_id
     WHERE h.day BETWEEN ? AND ? AND p.worker_id IN (${workers}) GROUP BY p.worker_id, h.day`,
  );
  const counting = db.prepare(
    `SELECT p.worker_id, SUM(h.minutes) FROM hours h JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
     WHERE c.counts_480 = 1 AND h.day > date(?, '-24 months') AND p.worker_id IN (${workers}) GROUP BY p.worker_id`,
  );
  const passes = db.prepare(
    `SELECT x.worker_id, x.start_date, x.end_date_override, y.kind, y.start_date, y.end_date FROM pass_iae x
     LEFT JOIN pass_iae_periods y ON y.pass_id = x.id WHERE x.worker_id IN (${workers})`,
  );
  return () => [days.all(f.busiest.weeksFrom, f.busiest.weeksTo), counting.all(f.busiest.last), passes.all()];
}

let toggle = false;
/** The one cell saved again and again: its minutes alternate with a quarter of an hour less (always within the rules). */
function oneCellNow(f: Facts): Cell {
  toggle = !toggle;
  return { ...f.oneCell, minutes: toggle ? f.oneCell.minutes - 15 : f.oneCell.minutes };
}

export const hoursRows = [
  benchRow({
    name: 'hours.month, le mois le plus chargé (grille et règles)',
    target: { max: 50, on: 'p50' },
    call: (f) => ({ name: 'hours.month', input: { month: f.busiestMonth } }),
    hand: (db, f) => {
      const grid = db.prepare(
        `SELECT p.id, p.worker_id, w.birth_name, w.usage_name, w.first_name, p.client_id, c.name, c.counts_480, p.task_kind, p.start_date, p.end_date, p.status
         FROM placements p JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
         WHERE p.start_date <= ? AND p.end_date >= ?`,
      );
      const cells = db.prepare('SELECT placement_id, day, minutes FROM hours WHERE day BETWEEN ? AND ?');
      const active = `SELECT worker_id FROM placements WHERE start_date <= '${f.busiest.last}' AND end_date >= '${f.busiest.first}'`;
      const rules = ruleReads(db, f, active);
      return () => [grid.all(f.busiest.last, f.busiest.first), cells.all(f.busiest.first, f.busiest.last), rules()];
    },
  }),
  benchRow({
    name: 'le compteur des 480 h, un salarié',
    target: { max: 1, on: 'p50' },
    direct: (env) => counter480(env.ctx, env.facts.worker480),
    hand: (db, f) => {
      const q = db.prepare(
        `SELECT SUM(h.minutes) FROM hours h JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
         WHERE p.worker_id = ? AND c.counts_480 = 1 AND h.day BETWEEN date(?, '-24 months') AND ?`,
      );
      return () => q.get(f.worker480, f.today, f.today);
    },
  }),
  benchRow({
    name: 'hours.saveMonth, 300 missions, toutes les règles',
    target: { max: 100, on: 'p50' },
    call: (f) => ({ name: 'hours.saveMonth', input: { month: f.busiestMonth, entries: f.save300.cells } }),
    hand: (db, f) => {
      const rules = ruleReads(db, f, WORKERS_OF(f.save300.placementIds));
      const insert = db.prepare(
        'INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, ?) ON CONFLICT (placement_id, day) DO UPDATE SET minutes = excluded.minutes',
      );
      const save = db.transaction(() => {
        rules();
        for (const c of f.save300.cells) insert.run(c.placementId, c.day, c.minutes);
      });
      return () => save.immediate();
    },
    before: reopen,
    beforeEach: (env) => deleteCells(env.db, env.facts),
    after: (env) => {
      writeCells(env.db, env.facts.save300.cells);
      closeAgain(env);
    },
  }),
  benchRow({
    name: 'hours.saveMonth, une case',
    call: (f) => ({ name: 'hours.saveMonth', input: { month: f.busiestMonth, entries: [oneCellNow(f)] } }),
    hand: (db, f) => {
      const worker = `SELECT worker_id FROM placements WHERE id = ${f.oneCell.placementId}`;
      const rules = ruleReads(db, f, worker);
      const update = db.prepare('UPDATE hours SET minutes = ? WHERE placement_id = ? AND day = ?');
      const save = db.transaction(() => {
        rules();
        const c = oneCellNow(f);
        update.run(c.minutes, c.placementId, c.day);
      });
      return () => save.immediate();
    },
    before: reopen,
    after: (env) => {
      writeCells(env.db, [env.facts.oneCell]);
      closeAgain(env);
    },
  }),
];
