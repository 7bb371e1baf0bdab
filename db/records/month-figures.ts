import type { Ctx } from '../context';
import type { AspMonthly, AspWorker, MoneyFigures, MonthFigures } from '../contract/reports';
import { CLIENT_KINDS, type ClientKind } from '../contract/reference';
import { fullTimeEquivalent } from '../rules/etp';
import { monthBounds } from '../base/months';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from './clients';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from './workers';
import { passesOf } from './passes';
import { collator } from './list-sort';

// The suivi mensuel for the ASP's extranet and the dashboard's figures of a month. A fixed
// number of statements each, the hours read through the covering index on (day, placement_id,
// minutes) or the hours' key (placement_id, day).

interface AspRow extends WorkerNameColumns, ClientNameColumns {
  id: number;
  worker_id: number;
  birth_date: string;
  start_date: string;
  end_date: string;
  status: string;
  minutes: number | null;
}

/**
 * The suivi mensuel of `month`: every worker with a placement running in the month (a cancelled
 * one only if it has hours), with the PASS IAE that holds in the month, the hours of the month
 * and the placements' dates.
 */
export function aspMonthly(ctx: Ctx, month: string): AspMonthly {
  const { first, last } = monthBounds(month);
  const rows = (
    ctx.sqlite
      .prepare(
        `SELECT p.id, p.worker_id, ${workerNameColumns('w')}, w.birth_date, ${clientNameColumns('c')}, p.start_date, p.end_date, p.status,
           (SELECT sum(h.minutes) FROM hours h WHERE h.placement_id = p.id AND h.day BETWEEN ? AND ?) AS minutes
         FROM placements p JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
         WHERE p.start_date <= ? AND p.end_date >= ?`,
      )
      .all(first, last, last, first) as AspRow[]
  ).filter((r) => r.status !== 'annulee' || r.minutes !== null);

  const passes = passesOf(ctx, [...new Set(rows.map((r) => r.worker_id))]);
  const workers = new Map<number, AspWorker>();
  for (const r of rows) {
    let w = workers.get(r.worker_id);
    if (!w) {
      // The PASS that holds in the month: the latest one started by the month's end.
      const pass = (passes.get(r.worker_id) ?? []).filter((x) => x.start <= last).at(-1);
      w = {
        workerId: r.worker_id,
        workerName: workerNameOf(r),
        birthDate: r.birth_date,
        pass: pass ? { number: pass.number, startDate: pass.start, endDate: pass.end } : null,
        minutes: 0,
        placements: [],
      };
      workers.set(r.worker_id, w);
    }
    w.minutes += r.minutes ?? 0;
    w.placements.push({ placementId: r.id, clientName: clientNameOf(r), startDate: r.start_date, endDate: r.end_date });
  }
  const list = [...workers.values()].sort((a, b) => collator.compare(a.workerName, b.workerName) || a.workerId - b.workerId);
  for (const w of list) w.placements.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.placementId - b.placementId);
  return { month, workers: list, minutes: list.reduce((s, w) => s + w.minutes, 0) };
}

/** The months up to `month` that have hours and are not closed, oldest first. */
export function openMonths(ctx: Ctx, month: string): string[] {
  // The months from the first hour on (min(day) is read from the index), each probed by a range.
  return ctx.sqlite
    .prepare(
      `WITH RECURSIVE m(month) AS (
         SELECT substr(min(day), 1, 7) FROM hours
         UNION ALL SELECT strftime('%Y-%m', month || '-01', '+1 month') FROM m WHERE month < ?
       )
       SELECT month FROM m
       WHERE month <= ? AND month NOT IN (SELECT month FROM month_closures)
         AND EXISTS (SELECT 1 FROM hours h WHERE h.day BETWEEN month || '-01' AND month || '-31')
       ORDER BY month`,
    )
    .pluck()
    .all(month, month) as string[];
}

/**
 * The month's money: what was invoiced for its hours (issued invoices less their avoirs), what
 * was received in it, and what remains due on every issued invoice to this day (each invoice's
 * balance as db/rules/invoicing.ts balanceOf counts it: total − avoirs − payments, when above 0).
 */
export function moneyFigures(ctx: Ctx, month: string): MoneyFigures {
  const { first, last } = monthBounds(month);
  const invoicedCents = ctx.sqlite
    .prepare(
      `SELECT COALESCE(SUM(CASE kind WHEN 'facture' THEN total_cents ELSE -total_cents END), 0)
       FROM invoices WHERE month = ? AND status = 'emise'`,
    )
    .pluck()
    .get(month) as number;
  const collectedCents = ctx.sqlite.prepare('SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE paid_on BETWEEN ? AND ?').pluck().get(first, last) as number;
  const unpaidCents = ctx.sqlite
    .prepare(
      `SELECT COALESCE(SUM(MAX(0, i.total_cents - COALESCE(a.credited, 0) - COALESCE(p.paid, 0))), 0)
       FROM invoices i
       LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid FROM payments GROUP BY invoice_id) p ON p.invoice_id = i.id
       LEFT JOIN (SELECT credited_invoice_id, SUM(total_cents) AS credited FROM invoices WHERE kind = 'avoir' AND status = 'emise' GROUP BY credited_invoice_id) a
         ON a.credited_invoice_id = i.id
       WHERE i.kind = 'facture' AND i.status = 'emise'`,
    )
    .pluck()
    .get() as number;
  return { invoicedCents, collectedCents, unpaidCents };
}

/** The dashboard's figures for `month`. */
export function monthFigures(ctx: Ctx, month: string, etpAnnualMinutes: number): MonthFigures {
  const { first, last } = monthBounds(month);
  const yearFirst = `${month.slice(0, 4)}-01-01`;
  const kinds = ctx.sqlite
    .prepare(
      `SELECT c.kind, sum(CASE WHEN h.day >= ? THEN h.minutes ELSE 0 END) AS month_minutes, sum(h.minutes) AS year_minutes
       FROM hours h CROSS JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
       WHERE h.day BETWEEN ? AND ?
       GROUP BY c.kind`,
    )
    .all(first, yearFirst, last) as { kind: ClientKind; month_minutes: number; year_minutes: number }[];
  const found = new Map(kinds.map((k) => [k.kind, k]));
  const byKind = CLIENT_KINDS.map(({ code }) => ({
    kind: code,
    monthMinutes: found.get(code)?.month_minutes ?? 0,
    yearMinutes: found.get(code)?.year_minutes ?? 0,
  }));
  const monthMinutes = byKind.reduce((s, k) => s + k.monthMinutes, 0);
  const yearMinutes = byKind.reduce((s, k) => s + k.yearMinutes, 0);
  const activeWorkers = ctx.sqlite
    .prepare('SELECT count(DISTINCT p.worker_id) FROM hours h CROSS JOIN placements p ON p.id = h.placement_id WHERE h.day BETWEEN ? AND ?')
    .pluck()
    .get(first, last) as number;
  const placementsInProgress = ctx.sqlite
    .prepare("SELECT count(*) FROM placements WHERE start_date <= ? AND end_date >= ? AND status = 'en_cours'")
    .pluck()
    .get(last, first) as number;
  return {
    month,
    byKind,
    monthMinutes,
    yearMinutes,
    etpAnnualMinutes,
    etpMonth: fullTimeEquivalent(monthMinutes, etpAnnualMinutes, 1),
    etpYear: fullTimeEquivalent(yearMinutes, etpAnnualMinutes, Number(month.slice(5, 7))),
    activeWorkers,
    placementsInProgress,
    openMonths: openMonths(ctx, month),
    money: moneyFigures(ctx, month),
  };
}
