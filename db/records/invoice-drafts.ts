import type { Ctx } from '../context';
import type { DraftPlan, InvoiceLineView } from '../contract/invoices';
import type { ClientKind } from '../contract/reference';
import { labelOf, TASK_KINDS } from '../contract/reference';
import { monthBounds } from '../base/months';
import { hoursLineAmount, invoiceTotals } from '../rules/invoicing';
import { clientNameColumns, clientNameOf, clientNameParts, clientSortName, type ClientNameColumns } from './clients';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from './workers';
import { collator } from './list-sort';

// The month's hours as invoices see them: one aggregate over the hours table, read first through
// its covering index (day, placement_id, minutes), then one row per placement with its rate and
// the names of its worker and client. Drafts, the differences of a reopened month and the
// benchmark all read it. One line per placement: minutes × rate ÷ 60, rounded once.

export interface PlacementHours {
  placementId: number;
  clientId: number;
  clientName: string;
  clientSortName: string;
  clientKind: ClientKind;
  workerName: string;
  /** The task as invoiced: « Ménage : repassage du linge ». */
  label: string;
  minutes: number;
  rateCents: number;
}

/** Exported for the benchmark's row (db/bench): the query it measures. */
export const MONTH_HOURS_SQL = `SELECT m.placement_id, m.minutes, p.client_id, p.task_kind, p.task_detail, p.billed_rate_cents,
    ${workerNameColumns('w')}, ${clientNameColumns('c')}
  FROM (SELECT placement_id, SUM(minutes) AS minutes FROM hours WHERE day BETWEEN ? AND ? GROUP BY placement_id) m
  JOIN placements p ON p.id = m.placement_id
  JOIN clients c ON c.id = p.client_id
  JOIN workers w ON w.id = p.worker_id`;

interface Row extends WorkerNameColumns, ClientNameColumns {
  placement_id: number;
  minutes: number;
  client_id: number;
  task_kind: string;
  task_detail: string | null;
  billed_rate_cents: number;
}

/** The hours of the month per placement (of the given clients only, when given), by client then worker. */
export function monthPlacementHours(ctx: Ctx, month: string, clientIds?: readonly number[]): PlacementHours[] {
  const { first, last } = monthBounds(month);
  const only = clientIds ? new Set(clientIds) : null;
  const rows = ctx.sqlite.prepare(MONTH_HOURS_SQL).all(first, last) as Row[];
  const out: PlacementHours[] = [];
  for (const r of rows) {
    if (only && !only.has(r.client_id)) continue;
    const parts = clientNameParts(r);
    out.push({
      placementId: r.placement_id,
      clientId: r.client_id,
      clientName: clientNameOf(r),
      clientSortName: clientSortName(parts),
      clientKind: r.client_kind as ClientKind,
      workerName: workerNameOf(r),
      label: `${labelOf(TASK_KINDS, r.task_kind)}${r.task_detail ? ` : ${r.task_detail}` : ''}`,
      minutes: r.minutes,
      rateCents: r.billed_rate_cents,
    });
  }
  return out.sort(
    (a, b) => collator.compare(a.clientSortName, b.clientSortName) || a.clientId - b.clientId || collator.compare(a.workerName, b.workerName) || a.placementId - b.placementId,
  );
}

export function hoursLine(h: PlacementHours): InvoiceLineView {
  return {
    kind: 'heures',
    placementId: h.placementId,
    label: h.label,
    workerName: h.workerName,
    minutes: h.minutes,
    rateCents: h.rateCents,
    amountCents: hoursLineAmount(h.minutes, h.rateCents),
  };
}

/** The membership line of a particulier's invoice: the year's fee, from the settings. */
export function membershipLine(year: number, feeCents: number): InvoiceLineView {
  return { kind: 'adhesion', placementId: null, label: `Adhésion ${year}`, workerName: null, minutes: null, rateCents: feeCents, amountCents: feeCents };
}

/**
 * Particuliers whose membership of `year` is neither recorded as paid nor on an issued invoice
 * of that year that still counts (not cancelled by an avoir): their invoice may carry the line.
 */
export function membershipDueClients(ctx: Ctx, year: number, clientIds: readonly number[]): Set<number> {
  if (clientIds.length === 0) return new Set();
  const paid = new Set(ctx.sqlite.prepare('SELECT client_id FROM memberships WHERE year = ?').pluck().all(year) as number[]);
  const invoiced = new Set(
    ctx.sqlite
      .prepare(
        `SELECT DISTINCT i.client_id FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
         WHERE l.kind = 'adhesion' AND i.kind = 'facture' AND i.status = 'emise' AND i.month BETWEEN ? AND ?
           AND (SELECT COALESCE(SUM(a.total_cents), 0) FROM invoices a WHERE a.credited_invoice_id = i.id AND a.status = 'emise') < i.total_cents`,
      )
      .pluck()
      .all(`${year}-01`, `${year}-12`) as number[],
  );
  const kinds = ctx.sqlite.prepare(`SELECT id, kind FROM clients WHERE id IN (${clientIds.map(() => '?').join(',')})`).all(...clientIds) as { id: number; kind: string }[];
  return new Set(kinds.filter((c) => c.kind === 'particulier' && !paid.has(c.id) && !invoiced.has(c.id)).map((c) => c.id));
}

/** The drafts the hours make, one per client (hours lines only; `membershipDue` says whether the line may be added). */
export function planDrafts(hours: readonly PlacementHours[], membershipDue: ReadonlySet<number>, vatBasisPoints: number): DraftPlan[] {
  const plans: DraftPlan[] = [];
  let current: DraftPlan | null = null;
  for (const h of hours) {
    if (!current || current.clientId !== h.clientId) {
      current = { clientId: h.clientId, clientName: h.clientName, clientKind: h.clientKind, lines: [], totalCents: 0, membershipDue: membershipDue.has(h.clientId) };
      plans.push(current);
    }
    current.lines.push(hoursLine(h));
  }
  for (const p of plans) p.totalCents = invoiceTotals(p.lines, vatBasisPoints).totalCents;
  return plans;
}
