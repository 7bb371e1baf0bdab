import { benchRow } from '../rows';

// Facturation: the month's invoicing drafts (one per client, a line per placement: minutes ×
// rate), read from the hours table first through its covering index (day, placement_id,
// minutes). Beside it, the same aggregate written by hand: the hours of the month per placement,
// with the placement's client, rate, task and the names on the invoice.

export const invoicingRows = [
  benchRow({
    name: 'invoices.drafts, brouillons de factures du mois le plus chargé',
    target: { max: 50, on: 'p50' },
    call: (f) => ({ name: 'invoices.drafts', input: { month: f.busiestMonth } }),
    hand: (db, f) => {
      const q = db.prepare(
        `SELECT p.client_id, c.kind, c.name, c.last_name, c.first_name, m.placement_id, m.minutes, p.billed_rate_cents, p.task_kind, p.task_detail,
           w.birth_name, w.usage_name, w.first_name
         FROM (SELECT placement_id, SUM(minutes) AS minutes FROM hours WHERE day BETWEEN ? AND ? GROUP BY placement_id) m
         JOIN placements p ON p.id = m.placement_id JOIN clients c ON c.id = p.client_id JOIN workers w ON w.id = p.worker_id
         ORDER BY p.client_id`,
      );
      return () => q.all(f.busiest.first, f.busiest.last);
    },
  }),
];
