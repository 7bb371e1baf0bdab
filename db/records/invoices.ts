import type { Ctx } from '../context';
import type { InvoiceDetail, InvoiceKind, InvoiceLineView, InvoiceMentions, InvoiceRow, InvoiceStatus, PaymentView } from '../contract/invoices';
import type { ClientKind, PaymentMeans } from '../contract/reference';
import { clientIdentity, organisationIdentity, type Identity } from '../contract/identity';
import { todayIso } from '../base/dates';
import { balanceOf, daysOverdue, isProfessional, paymentStatus, type LineKind } from '../rules/invoicing';
import { AppError } from '../errors';
import { clientName, clientNameColumns, clientNameOf, type ClientNameColumns } from './clients';
import { readOrganisation } from './organisation';
import { readInvoiceSettings } from './invoice-settings';

// Invoices and avoirs as the screens and documents read them: one query for the rows (with what
// was paid and credited on each), the detail with its lines, payments and avoirs, and the
// snapshot of who the invoice is from and to, fixed when it is issued.

export const NOT_FOUND = 'Cette facture n’existe pas (ou plus).';

const ROW_SQL = `SELECT i.id, i.kind, i.status, i.number, i.month, i.client_id, i.issued_on, i.due_on, i.total_cents, i.excluded,
    ${clientNameColumns('c')},
    (SELECT COALESCE(SUM(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id) AS paid_cents,
    (SELECT COALESCE(SUM(a.total_cents), 0) FROM invoices a WHERE a.credited_invoice_id = i.id AND a.status = 'emise') AS credited_cents,
    (SELECT o.number FROM invoices o WHERE o.id = i.credited_invoice_id) AS credited_number
  FROM invoices i JOIN clients c ON c.id = i.client_id`;

interface Row extends ClientNameColumns {
  id: number;
  kind: InvoiceKind;
  status: InvoiceStatus;
  number: string | null;
  month: string;
  client_id: number;
  issued_on: string | null;
  due_on: string | null;
  total_cents: number;
  excluded: number;
  paid_cents: number;
  credited_cents: number;
  credited_number: string | null;
}

function rowOf(r: Row, today: string): InvoiceRow {
  const counted = r.kind === 'facture' && r.status === 'emise';
  const s = { totalCents: r.total_cents, paidCents: r.paid_cents, creditedCents: r.credited_cents };
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    number: r.number,
    month: r.month,
    clientId: r.client_id,
    clientName: clientNameOf(r),
    clientKind: r.client_kind as ClientKind,
    issuedOn: r.issued_on,
    dueOn: r.due_on,
    totalCents: r.total_cents,
    paidCents: r.paid_cents,
    creditedCents: r.credited_cents,
    balanceCents: counted ? balanceOf(s) : 0,
    paymentStatus: counted ? paymentStatus(s) : null,
    daysOverdue: counted ? daysOverdue(r.due_on, today, s) : 0,
    creditedInvoiceNumber: r.credited_number,
    excluded: r.excluded === 1,
  };
}

/** Invoice rows matching `where` (SQL on `i` and `c`, with its parameters), in the order given. */
export function invoiceRows(ctx: Ctx, where: string, params: unknown[], order = 'i.year, i.seq, i.id'): InvoiceRow[] {
  const rows = ctx.sqlite.prepare(`${ROW_SQL} WHERE ${where} ORDER BY ${order}`).all(...params) as Row[];
  const today = todayIso(ctx.now());
  return rows.map((r) => rowOf(r, today));
}

export function invoiceRow(ctx: Ctx, id: number): InvoiceRow {
  const row = invoiceRows(ctx, 'i.id = ?', [id])[0];
  if (!row) throw new AppError('not_found', NOT_FOUND);
  return row;
}

interface LineRow {
  kind: LineKind;
  placement_id: number | null;
  label: string;
  worker_name: string | null;
  minutes: number | null;
  rate_cents: number;
  amount_cents: number;
}

export function invoiceLines(ctx: Ctx, invoiceId: number): InvoiceLineView[] {
  const rows = ctx.sqlite
    .prepare('SELECT kind, placement_id, label, worker_name, minutes, rate_cents, amount_cents FROM invoice_lines WHERE invoice_id = ? ORDER BY position')
    .all(invoiceId) as LineRow[];
  return rows.map((l) => ({
    kind: l.kind,
    placementId: l.placement_id,
    label: l.label,
    workerName: l.worker_name,
    minutes: l.minutes,
    rateCents: l.rate_cents,
    amountCents: l.amount_cents,
  }));
}

export function invoiceDetail(ctx: Ctx, id: number): InvoiceDetail {
  const row = invoiceRow(ctx, id);
  const more = ctx.sqlite
    .prepare(
      `SELECT seller, buyer, mentions, total_ht_cents, vat_cents, vat_rate_bp, reason, credited_invoice_id, client_account, issued_at, issued_by
       FROM invoices WHERE id = ?`,
    )
    .get(id) as {
    seller: string;
    buyer: string;
    mentions: string;
    total_ht_cents: number;
    vat_cents: number;
    vat_rate_bp: number;
    reason: string | null;
    credited_invoice_id: number | null;
    client_account: string | null;
    issued_at: string | null;
    issued_by: string | null;
  };
  const payments = ctx.sqlite
    .prepare('SELECT id, paid_on, amount_cents, means, reference, created_by FROM payments WHERE invoice_id = ? ORDER BY paid_on, id')
    .all(id) as { id: number; paid_on: string; amount_cents: number; means: PaymentMeans; reference: string | null; created_by: string }[];
  const credits = ctx.sqlite
    .prepare(`SELECT id, number, issued_on, total_cents, reason FROM invoices WHERE credited_invoice_id = ? AND status = 'emise' ORDER BY seq`)
    .all(id) as { id: number; number: string; issued_on: string; total_cents: number; reason: string | null }[];
  return {
    ...row,
    seller: JSON.parse(more.seller) as Identity,
    buyer: JSON.parse(more.buyer) as Identity,
    mentions: JSON.parse(more.mentions) as InvoiceMentions,
    lines: invoiceLines(ctx, id),
    totalHtCents: more.total_ht_cents,
    vatCents: more.vat_cents,
    vatRateBasisPoints: more.vat_rate_bp,
    reason: more.reason,
    creditedInvoiceId: more.credited_invoice_id,
    clientAccount: more.client_account,
    issuedAt: more.issued_at,
    issuedBy: more.issued_by,
    payments: payments.map(
      (p): PaymentView => ({ id: p.id, paidOn: p.paid_on, amountCents: p.amount_cents, means: p.means, reference: p.reference, createdBy: p.created_by }),
    ),
    credits: credits.map((c) => ({ id: c.id, number: c.number, issuedOn: c.issued_on, totalCents: c.total_cents, reason: c.reason })),
  };
}

interface ClientForInvoice {
  id: number;
  kind: string;
  name: string | null;
  civility: string | null;
  last_name: string | null;
  first_name: string | null;
  contact_name: string | null;
  address_line1: string | null;
  address_line2: string | null;
  postal_code: string | null;
  city: string | null;
  siret: string | null;
  payment_terms_days: number;
  account_code: string | null;
}

export function clientForInvoice(ctx: Ctx, clientId: number): ClientForInvoice {
  const c = ctx.sqlite
    .prepare(
      `SELECT id, kind, name, civility, last_name, first_name, contact_name, address_line1, address_line2, postal_code, city, siret,
         payment_terms_days, account_code FROM clients WHERE id = ?`,
    )
    .get(clientId) as ClientForInvoice | undefined;
  if (!c) throw new AppError('not_found', 'Cet utilisateur n’existe pas (ou plus).');
  return c;
}

/** Who the invoice is from and to, and what it must say: taken again when it is issued, then fixed. */
export function invoiceSnapshot(ctx: Ctx, clientId: number): { seller: string; buyer: string; mentions: string; vatRateBasisPoints: number } {
  const o = readOrganisation(ctx);
  const s = readInvoiceSettings(ctx);
  const c = clientForInvoice(ctx, clientId);
  const displayName = clientName({ kind: c.kind, name: c.name, civility: c.civility, lastName: c.last_name, firstName: c.first_name });
  const buyer = clientIdentity({
    displayName,
    contactName: c.contact_name,
    addressLine1: c.address_line1,
    addressLine2: c.address_line2,
    postalCode: c.postal_code,
    city: c.city,
    siret: c.siret,
  });
  const seller = organisationIdentity(o);
  if (o.sapDeclarationNumber) seller.lines.push(`Déclaration SAP n° ${o.sapDeclarationNumber}`);
  const vatRateBasisPoints = Number(s.vatRate);
  const mentions: InvoiceMentions = {
    professional: isProfessional(c.kind),
    vatMention: vatRateBasisPoints === 0 ? s.vatMention : null,
    latePenalty: s.latePenalty,
    recoveryIndemnityCents: s.recoveryIndemnityCents,
    paymentTermsDays: c.payment_terms_days,
    bank: s.iban ? { name: s.bankName, iban: s.iban, bic: s.bic } : null,
  };
  return { seller: JSON.stringify(seller), buyer: JSON.stringify(buyer), mentions: JSON.stringify(mentions), vatRateBasisPoints };
}
