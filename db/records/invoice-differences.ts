import type { Ctx } from '../context';
import type { ClientDifference, DraftPlan } from '../contract/invoices';
import { hoursLineAmount, invoiceTotals } from '../rules/invoicing';
import { membershipLine, monthPlacementHours, planDrafts, type PlacementHours } from './invoice-drafts';
import { readInvoiceSettings } from './invoice-settings';

// A month whose invoices were issued and whose hours changed after (it was reopened to correct
// them): for each client, what the invoices that still count say against the hours recorded now,
// placement by placement. An invoice still counts unless avoirs took all of it. A client is
// settled when, for every placement, the minutes and the amount invoiced are those of the hours;
// settling cancels what is left of each invoice by an avoir and issues a new one from the hours.

interface Invoiced {
  client_id: number;
  placement_id: number;
  label: string;
  minutes: number;
  amount_cents: number;
}

interface Counting {
  id: number;
  client_id: number;
  number: string;
  total_cents: number;
  credited_cents: number;
  has_membership: number;
}

/** Issued invoices of the month, with what avoirs took off them (of `clientIds` only, when given). */
function monthInvoices(ctx: Ctx, month: string): Counting[] {
  return ctx.sqlite
    .prepare(
      `SELECT i.id, i.client_id, i.number, i.total_cents,
         (SELECT COALESCE(SUM(a.total_cents), 0) FROM invoices a WHERE a.credited_invoice_id = i.id AND a.status = 'emise') AS credited_cents,
         EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id AND l.kind = 'adhesion') AS has_membership
       FROM invoices i WHERE i.month = ? AND i.kind = 'facture' AND i.status = 'emise' ORDER BY i.seq`,
    )
    .all(month) as Counting[];
}

function invoicedHours(ctx: Ctx, ids: readonly number[]): Invoiced[] {
  if (ids.length === 0) return [];
  return ctx.sqlite
    .prepare(
      `SELECT i.client_id, l.placement_id, MIN(l.label) AS label, SUM(l.minutes) AS minutes, SUM(l.amount_cents) AS amount_cents
       FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
       WHERE l.kind = 'heures' AND l.invoice_id IN (${ids.map(() => '?').join(',')})
       GROUP BY i.client_id, l.placement_id`,
    )
    .all(...ids) as Invoiced[];
}

/** The clients of the month whose issued invoices no longer match the hours (none: the month may be closed). */
export function monthDifferences(ctx: Ctx, month: string): ClientDifference[] {
  const issued = monthInvoices(ctx, month);
  if (issued.length === 0) return [];
  const clientIds = [...new Set(issued.map((i) => i.client_id))];
  const counting = issued.filter((i) => i.credited_cents < i.total_cents);
  const invoiced = invoicedHours(
    ctx,
    counting.map((i) => i.id),
  );
  const hours = monthPlacementHours(ctx, month, clientIds);
  const settings = readInvoiceSettings(ctx);
  const year = Number(month.slice(0, 4));
  const vat = Number(settings.vatRate);
  const plans = new Map(planDrafts(hours, new Set(), vat).map((p) => [p.clientId, p]));
  const names = new Map(hours.map((h) => [h.clientId, h.clientName]));

  const out: ClientDifference[] = [];
  for (const clientId of clientIds) {
    const recorded = new Map<number, PlacementHours>(hours.filter((h) => h.clientId === clientId).map((h) => [h.placementId, h]));
    const billed = new Map(invoiced.filter((i) => i.client_id === clientId).map((i) => [i.placement_id, i]));
    const placementIds = [...new Set([...billed.keys(), ...recorded.keys()])].sort((a, b) => a - b);
    const placements = placementIds.map((placementId) => {
      const r = recorded.get(placementId);
      const b = billed.get(placementId);
      return {
        placementId,
        label: r ? `${r.workerName} · ${r.label}` : (b?.label ?? ''),
        invoicedMinutes: b?.minutes ?? 0,
        recordedMinutes: r?.minutes ?? 0,
        invoicedCents: b?.amount_cents ?? 0,
        recordedCents: r ? hoursLineAmount(r.minutes, r.rateCents) : 0,
      };
    });
    if (placements.every((p) => p.invoicedMinutes === p.recordedMinutes && p.invoicedCents === p.recordedCents)) continue;
    const mine = counting.filter((i) => i.client_id === clientId);
    const plan = plans.get(clientId) ?? null;
    out.push({
      clientId,
      clientName: names.get(clientId) ?? clientNameOfInvoices(ctx, clientId),
      invoices: mine.map((i) => ({ id: i.id, number: i.number, totalCents: i.total_cents, creditedCents: i.credited_cents })),
      invoicedMinutes: placements.reduce((s, p) => s + p.invoicedMinutes, 0),
      recordedMinutes: placements.reduce((s, p) => s + p.recordedMinutes, 0),
      placements: placements.map(({ placementId, label, invoicedMinutes, recordedMinutes }) => ({ placementId, label, invoicedMinutes, recordedMinutes })),
      proposal: {
        credits: mine.map((i) => ({ invoiceId: i.id, number: i.number, amountCents: i.total_cents - i.credited_cents })),
        invoice: plan && withMembership(plan, mine.some((i) => i.has_membership === 1), settings.membershipFeeCents, year, vat),
      },
    });
  }
  return out;
}

/** The new invoice: the hours now recorded, and the membership line if the invoice it replaces had one. */
function withMembership(plan: DraftPlan, had: boolean, feeCents: number, year: number, vatBasisPoints: number): DraftPlan {
  const lines = had ? [...plan.lines, membershipLine(year, feeCents)] : plan.lines;
  return { ...plan, lines, totalCents: invoiceTotals(lines, vatBasisPoints).totalCents, membershipDue: false };
}

function clientNameOfInvoices(ctx: Ctx, clientId: number): string {
  const buyer = ctx.sqlite.prepare(`SELECT buyer FROM invoices WHERE client_id = ? AND status = 'emise' ORDER BY id DESC LIMIT 1`).pluck().get(clientId) as string;
  return (JSON.parse(buyer) as { name: string }).name;
}
