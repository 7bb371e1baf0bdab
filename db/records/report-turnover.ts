import type { Ctx } from '../context';
import type { AnnualReport, ReportInvoiceRow } from '../contract/annual-report';
import { CLIENT_KINDS, type ClientKind } from '../contract/reference';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from './clients';
import { collator } from './list-sort';
import { statement } from './statements';

// The invoiced turnover of the rapport d'activité: the invoices issued in the period (by their
// date of issue), less the avoirs issued in it, before VAT, by client kind. One statement through
// the invoices' (issued_on) index; a figure's list is the same invoices.

interface Row extends ClientNameColumns {
  id: number;
  number: string;
  kind: 'facture' | 'avoir';
  client_id: number;
  issued_on: string;
  total_ht_cents: number;
}

function issuedInvoices(ctx: Ctx, from: string, to: string): Row[] {
  return statement(
    ctx.sqlite,
      `SELECT i.id, i.number, i.kind, i.client_id, i.issued_on, i.total_ht_cents, ${clientNameColumns('c')}
       FROM invoices i JOIN clients c ON c.id = i.client_id
       WHERE i.status = 'emise' AND i.issued_on BETWEEN ? AND ?`,
    )
    .all(from, to) as Row[];
}

/** An avoir takes its amount off. */
const signed = (r: Row) => (r.kind === 'avoir' ? -r.total_ht_cents : r.total_ht_cents);

export function turnoverFigures(ctx: Ctx, from: string, to: string): AnnualReport['turnover'] {
  const rows = issuedInvoices(ctx, from, to);
  const byKind = CLIENT_KINDS.map(({ code }) => ({
    kind: code,
    cents: { value: rows.filter((r) => r.client_kind === code).reduce((s, r) => s + signed(r), 0), key: `ca:type:${code}` },
  }));
  return { total: { value: rows.reduce((s, r) => s + signed(r), 0), key: 'ca:total' }, byKind };
}

/** The invoices and avoirs behind a turnover figure, by date and number; null when the key is not one of theirs. */
export function invoicesBehind(ctx: Ctx, from: string, to: string, key: string): ReportInvoiceRow[] | null {
  const [head, a, b, c] = key.split(':');
  if (head !== 'ca' || c !== undefined) return null;
  const all = a === 'total' && b === undefined;
  if (!all && !(a === 'type' && CLIENT_KINDS.some((k) => k.code === b))) return null;
  return issuedInvoices(ctx, from, to)
    .filter((r) => all || r.client_kind === b)
    .map((r) => ({
      invoiceId: r.id,
      number: r.number,
      kind: r.kind,
      clientId: r.client_id,
      clientName: clientNameOf(r),
      clientKind: r.client_kind as ClientKind,
      issuedOn: r.issued_on,
      cents: signed(r),
    }))
    .sort((x, y) => x.issuedOn.localeCompare(y.issuedOn) || collator.compare(x.number, y.number));
}
