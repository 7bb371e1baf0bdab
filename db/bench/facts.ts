import type Database from 'better-sqlite3';
import { dayOf, isoOf, mondayOf } from './generate/calendar';

// What the rows measure on, read from the file itself: its busiest month, the worker whose
// 480-hour counter has the most to read, the records with the most behind them… so that a row
// measures the realistic worst case of this file, whatever the seed.

export interface Cell {
  placementId: number;
  day: string;
  minutes: number;
}

export interface Facts {
  today: string;
  currentMonth: string;
  busiestMonth: string;
  /** First and last day of the busiest month, and the Monday-to-Sunday weeks around it. */
  busiest: { first: string; last: string; weeksFrom: string; weeksTo: string; cells: number; placements: number };
  /** The worker with the most hours with clients that count towards the 480 h. */
  worker480: number;
  /** The worker with the most hours in all (their page has the most behind it). */
  busiestWorker: number;
  busiestClient: number;
  busiestPlacement: number;
  /** The 300 placements of the busiest month with the most cells, and those cells. */
  save300: { placementIds: number[]; cells: Cell[] };
  /** One cell of the busiest month. */
  oneCell: Cell;
  /** Words typed in the search boxes, each found in the file. */
  search: { worker: string; client: string; global: string };
  counts: { workers: number; clients: number; placements: number; hours: number; fileMb: number };
}

function monthBoundsOf(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}` };
}

export function readFacts(db: Database.Database, today: string, fileBytes: number): Facts {
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  const busiestMonth = one<{ m: string }>('SELECT substr(day, 1, 7) AS m FROM hours GROUP BY m ORDER BY count(*) DESC, m LIMIT 1').m;
  const { first, last } = monthBoundsOf(busiestMonth);
  const cells = one<{ n: number }>('SELECT count(*) AS n FROM hours WHERE day BETWEEN ? AND ?', first, last).n;
  const placements = one<{ n: number }>(
    `SELECT count(*) AS n FROM placements p WHERE p.start_date <= ? AND p.end_date >= ?
       AND (p.status <> 'annulee' OR EXISTS (SELECT 1 FROM hours h WHERE h.placement_id = p.id AND h.day BETWEEN ? AND ?))`,
    last, first, first, last,
  ).n;
  const top300 = db
    .prepare('SELECT placement_id FROM hours WHERE day BETWEEN ? AND ? GROUP BY placement_id ORDER BY count(*) DESC, placement_id LIMIT 300')
    .pluck()
    .all(first, last) as number[];
  const save300Cells = db
    .prepare(`SELECT placement_id AS placementId, day, minutes FROM hours WHERE day BETWEEN ? AND ? AND placement_id IN (${top300.join(',')}) ORDER BY placement_id, day`)
    .all(first, last) as Cell[];
  const oneCell = save300Cells.find((c) => c.minutes >= 120) ?? save300Cells[0]!;
  const search = { worker: 'lef', client: 'boul', global: 'dupont' };
  for (const [table, word] of [['workers', search.worker], ['clients', search.client], ['workers', search.global]] as const) {
    if (!one<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE search_text LIKE ?`, `%${word}%`).n) {
      throw new Error(`Le jeu de données ne contient pas « ${word} » (${table}) : la recherche mesurée ne trouverait rien.`);
    }
  }
  const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;
  return {
    today,
    currentMonth: today.slice(0, 7),
    busiestMonth,
    busiest: { first, last, weeksFrom: isoOf(mondayOf(dayOf(first))), weeksTo: isoOf(mondayOf(dayOf(last)) + 6), cells, placements },
    worker480: one<{ id: number }>(
      `SELECT p.worker_id AS id FROM hours h JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
       WHERE c.counts_480 = 1 GROUP BY p.worker_id ORDER BY count(*) DESC, p.worker_id LIMIT 1`,
    ).id,
    busiestWorker: one<{ id: number }>(
      'SELECT p.worker_id AS id FROM hours h JOIN placements p ON p.id = h.placement_id GROUP BY p.worker_id ORDER BY count(*) DESC, p.worker_id LIMIT 1',
    ).id,
    busiestClient: one<{ id: number }>('SELECT client_id AS id FROM placements GROUP BY client_id ORDER BY count(*) DESC, client_id LIMIT 1').id,
    busiestPlacement: one<{ id: number }>('SELECT placement_id AS id FROM hours GROUP BY placement_id ORDER BY count(*) DESC, placement_id LIMIT 1').id,
    save300: { placementIds: top300, cells: save300Cells },
    oneCell,
    search,
    counts: { workers: count('workers'), clients: count('clients'), placements: count('placements'), hours: count('hours'), fileMb: fileBytes / 1024 / 1024 },
  };
}
