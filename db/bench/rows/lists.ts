import { benchRow } from '../rows';

// The home page and the lists, each beside the same rows read by hand in SQL.

// The current PASS of each worker and how far its periods push its end, as one query.
const CURRENT_PASS = `LEFT JOIN pass_iae p ON p.id = (SELECT x.id FROM pass_iae x WHERE x.worker_id = w.id ORDER BY x.start_date DESC LIMIT 1)
  LEFT JOIN (SELECT pass_id, SUM(julianday(end_date) - julianday(start_date)) AS extra FROM pass_iae_periods GROUP BY pass_id) e ON e.pass_id = p.id`;

// Worked minutes per placement through the (placement_id, day) key: faster here than one
// GROUP BY over all the hours, which reads the whole table.
const PLACEMENT_ROWS = `SELECT p.id, p.worker_id, w.birth_name, w.usage_name, w.first_name, p.client_id, c.name AS client_name, c.kind AS client_kind,
    p.task_kind, p.start_date, p.end_date, p.status, p.billed_rate_cents,
    COALESCE((SELECT SUM(h.minutes) FROM hours h WHERE h.placement_id = p.id), 0) AS worked
  FROM placements p JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id`;

export const listRows = [
  benchRow({
    name: 'alerts.list (tableau de bord)',
    target: { max: 50, on: 'p50' },
    call: () => ({ name: 'alerts.list', input: {} }),
    hand: (db, f) => {
      const active = "w.archived_at IS NULL AND w.status <> 'sorti'";
      const workers = db.prepare(
        `SELECT w.id, w.birth_name, w.usage_name, w.first_name, w.status, w.nationality, w.permit_expiry, w.entry_date,
                p.start_date, p.end_date_override, e.extra
         FROM workers w ${CURRENT_PASS} WHERE ${active}`,
      );
      // Each placement's last day through the (placement_id, day) key, then the latest per worker.
      const lastDay = db.prepare(
        `SELECT p.worker_id, MAX((SELECT MAX(h.day) FROM hours h WHERE h.placement_id = p.id)) AS last
         FROM placements p JOIN workers w ON w.id = p.worker_id WHERE ${active} GROUP BY p.worker_id`,
      );
      const counting = db.prepare(
        `SELECT p.worker_id, SUM(h.minutes) AS minutes FROM placements p JOIN workers w ON w.id = p.worker_id
         JOIN clients c ON c.id = p.client_id JOIN hours h ON h.placement_id = p.id AND h.day > date(?, '-24 months')
         WHERE c.counts_480 = 1 AND ${active} GROUP BY p.worker_id`,
      );
      const year = Number(f.today.slice(0, 4));
      const memberships = db.prepare(
        `SELECT DISTINCT c.id, c.name FROM clients c JOIN placements p ON p.client_id = c.id
         WHERE c.archived_at IS NULL AND p.status <> 'annulee' AND p.start_date <= ? AND p.end_date >= ?
           AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.client_id = c.id AND m.year = ?) ORDER BY c.name`,
      );
      const ending = db.prepare(
        `SELECT p.id, p.end_date, w.birth_name, w.usage_name, w.first_name, c.name FROM placements p
         JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
         WHERE p.status IN ('prevue', 'en_cours') AND p.end_date BETWEEN ? AND date(?, '+14 days') AND ${active} ORDER BY p.end_date, p.id`,
      );
      return () => [
        workers.all(),
        lastDay.all(),
        counting.all(f.today),
        memberships.all(`${year}-12-31`, `${year}-01-01`, year),
        ending.all(f.today, f.today),
      ];
    },
  }),
  benchRow({
    name: 'placements.list, toutes les missions',
    target: { max: 20, on: 'p50', note: 'pour un écran' },
    call: () => ({ name: 'placements.list', input: {} }),
    hand: (db) => {
      const q = db.prepare(`${PLACEMENT_ROWS} ORDER BY p.start_date DESC, p.id DESC`);
      return () => q.all();
    },
  }),
  benchRow({
    name: 'placements.list, un mois (le plus chargé)',
    target: { max: 20, on: 'p50', note: 'pour un écran' },
    call: (f) => ({ name: 'placements.list', input: { month: f.busiestMonth } }),
    hand: (db, f) => {
      const q = db.prepare(`${PLACEMENT_ROWS} WHERE p.start_date <= ? AND p.end_date >= ? ORDER BY p.start_date DESC, p.id DESC`);
      return () => q.all(f.busiest.last, f.busiest.first);
    },
  }),
  benchRow({
    name: 'clients.list, tous, toutes les colonnes',
    target: { max: 20, on: 'p50', note: 'pour un écran' },
    call: () => ({ name: 'clients.list', input: {} }),
    hand: (db, f) => {
      const q = db.prepare(
        `SELECT c.*, EXISTS (SELECT 1 FROM memberships m WHERE m.client_id = c.id AND m.year = ?) AS paid
         FROM clients c WHERE c.archived_at IS NULL ORDER BY c.name COLLATE NOCASE`,
      );
      const year = Number(f.today.slice(0, 4));
      return () => q.all(year);
    },
  }),
  benchRow({
    name: 'workers.list, tous (statut du PASS calculé)',
    target: { max: 20, on: 'p50', note: 'pour un écran' },
    call: () => ({ name: 'workers.list', input: {} }),
    hand: (db) => {
      const q = db.prepare(
        `SELECT w.id, w.civility, w.birth_name, w.usage_name, w.first_name, w.birth_date, w.status, w.referent, w.city, w.phone,
                p.number, p.start_date, COALESCE(p.end_date_override, date(p.start_date, '+729 days', '+' || COALESCE(e.extra, 0) || ' days')) AS pass_end
         FROM workers w ${CURRENT_PASS} WHERE w.archived_at IS NULL ORDER BY w.search_text`,
      );
      return () => q.all();
    },
  }),
];
