import type { Facts } from '../facts';
import { benchRow } from '../rows';

// The rapport d'activité of the last whole year (issue 12: under 150 ms at federation scale),
// beside the same aggregates written by hand in SQL: the hours by client kind and month with the
// workers and clients behind them, the people present with their breakdowns, the turnover.

const lastYear = (f: Facts) => {
  const y = Number(f.today.slice(0, 4)) - 1;
  return { from: `${y}-01-01`, to: `${y}-12-31` };
};

export const annualReportRows = [
  benchRow({
    name: "annualReport.get, rapport d'activité de l'année passée",
    target: { max: 150, on: 'p50' },
    call: (f) => ({ name: 'annualReport.get', input: lastYear(f) }),
    hand: (db, f) => {
      const { from, to } = lastYear(f);
      const hours = db.prepare(
        `SELECT c.kind, substr(h.day, 1, 7) AS month, sum(h.minutes) AS minutes, count(DISTINCT p.worker_id) AS workers, count(DISTINCT p.client_id) AS clients
         FROM hours h CROSS JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
         WHERE h.day BETWEEN ? AND ? GROUP BY c.kind, month`,
      );
      const people = db.prepare(
        `SELECT w.civility, w.qpv, w.education_level, w.orienteur, count(*) AS n, sum(sp.start_date >= ?) AS entries, sum(sp.exit_date BETWEEN ? AND ?) AS exits
         FROM support_paths sp JOIN workers w ON w.id = sp.worker_id
         WHERE sp.start_date <= ? AND (sp.exit_date IS NULL OR sp.exit_date >= ?) GROUP BY w.civility, w.qpv, w.education_level, w.orienteur`,
      );
      const turnover = db.prepare(
        `SELECT c.kind, sum(CASE i.kind WHEN 'avoir' THEN -i.total_ht_cents ELSE i.total_ht_cents END) FROM invoices i JOIN clients c ON c.id = i.client_id
         WHERE i.status = 'emise' AND i.issued_on BETWEEN ? AND ? GROUP BY c.kind`,
      );
      return () => {
        hours.all(from, to);
        people.all(from, from, to, to, from);
        turnover.all(from, to);
      };
    },
  }),
];
