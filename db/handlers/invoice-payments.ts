import type { Ctx, Handler } from '../context';
import type { InvoiceLineView, InvoiceList } from '../contract/invoices';
import { formatMoney, deMonth } from '../base/format';
import { todayIso } from '../base/dates';
import { searchWords } from '../base/search';
import { shareOf } from '../base/money';
import { AppError } from '../errors';
import { audit } from '../audit';
import { invoiceDetail, invoiceLines, invoiceRow, invoiceRows } from '../records/invoices';
import { checkIssueDate, insertDraft } from '../records/invoice-issue';
import { issueLogged } from './invoices';
import { monthDifferences } from '../records/invoice-differences';

// Issued invoices: the list, one invoice, its payments (which make its status), its avoirs, the
// unpaid list, and the settling of a reopened month's differences (avoir, then new invoice).

const list: Handler<'invoices.list'> = (ctx, f): InvoiceList => {
  const where = [`i.status = 'emise'`];
  const params: unknown[] = [];
  for (const word of searchWords(f.search)) {
    where.push(`(c.search_text LIKE ? OR i.number LIKE ?)`);
    params.push(`%${word}%`, `%${word}%`);
  }
  const equal = { 'i.year': f.year, 'i.month': f.month, 'i.client_id': f.clientId, 'i.kind': f.kind };
  for (const [column, value] of Object.entries(equal)) {
    if (value === null) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  let rows = invoiceRows(ctx, where.join(' AND '), params, 'i.year DESC, i.seq DESC');
  if (f.paymentStatus !== null) rows = rows.filter((r) => r.paymentStatus === f.paymentStatus);
  const invoices = rows.filter((r) => r.kind === 'facture');
  return {
    rows,
    invoicedCents: invoices.reduce((s, r) => s + r.totalCents - r.creditedCents, 0),
    dueCents: invoices.reduce((s, r) => s + Math.max(0, r.balanceCents), 0),
  };
};

const get: Handler<'invoices.get'> = (ctx, { id }) => invoiceDetail(ctx, id);

const unpaid: Handler<'invoices.unpaid'> = (ctx) => {
  const rows = invoiceRows(ctx, `i.status = 'emise' AND i.kind = 'facture'`, [], 'i.due_on, i.seq').filter((r) => r.balanceCents > 0);
  return { rows, dueCents: rows.reduce((s, r) => s + r.balanceCents, 0) };
};

/** An issued invoice (not an avoir), to pay or credit. */
function issuedInvoice(ctx: Ctx, id: number) {
  const row = invoiceRow(ctx, id);
  if (row.kind !== 'facture') throw new AppError('rule', 'Un avoir ne se règle pas et ne reçoit pas d’avoir : choisissez la facture.');
  if (row.status !== 'emise') throw new AppError('rule', 'Cette facture est un brouillon : émettez-la d’abord.');
  return row;
}

const addPayment: Handler<'invoices.addPayment'> = (ctx, p) => {
  const row = issuedInvoice(ctx, p.invoiceId);
  if (p.paidOn > todayIso(ctx.now())) throw new AppError('validation', 'Certains champs sont à corriger.', { paidOn: 'La date du paiement ne peut pas être dans le futur.' });
  if (p.amountCents > row.balanceCents) {
    const message = row.balanceCents <= 0 ? 'Cette facture est déjà réglée.' : `Le paiement dépasse ce qui reste dû (${formatMoney(row.balanceCents)}).`;
    throw new AppError('validation', message, { amountCents: message });
  }
  const id = ctx.sqlite
    .prepare('INSERT INTO payments (invoice_id, paid_on, amount_cents, means, reference, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(p.invoiceId, p.paidOn, p.amountCents, p.means, p.reference, ctx.now().toISOString(), ctx.actor.name).lastInsertRowid;
  audit(ctx, 'création', 'paiement', Number(id), { facture: row.number, montant: p.amountCents, moyen: p.means });
  return invoiceDetail(ctx, p.invoiceId);
};

const deletePayment: Handler<'invoices.deletePayment'> = (ctx, { id }) => {
  const p = ctx.sqlite.prepare('SELECT invoice_id, amount_cents, paid_on, means FROM payments WHERE id = ?').get(id) as
    | { invoice_id: number; amount_cents: number; paid_on: string; means: string }
    | undefined;
  if (!p) throw new AppError('not_found', 'Ce paiement n’existe pas (ou plus).');
  ctx.sqlite.prepare('DELETE FROM payments WHERE id = ?').run(id);
  audit(ctx, 'suppression', 'paiement', id, { facture: p.invoice_id, montant: p.amount_cents, date: p.paid_on, moyen: p.means });
  return invoiceDetail(ctx, p.invoice_id);
};

/** The amount before VAT whose total with VAT is `total` (the nearest when none is exact). */
function beforeVat(total: number, basisPoints: number): number {
  const estimate = Math.round((total * 10000) / (10000 + basisPoints));
  for (const ht of [estimate, estimate - 1, estimate + 1]) if (ht + shareOf(ht, basisPoints) === total) return ht;
  return estimate;
}

/**
 * An avoir on an invoice: for all of it (its lines, when nothing was credited before), or for a
 * part (one correction line). Numbered in the invoices' sequence.
 */
function credit(ctx: Ctx, invoiceId: number, issuedOn: string, amountCents: number | null, reason: string): { id: number; number: string } {
  const row = issuedInvoice(ctx, invoiceId);
  const left = row.totalCents - row.creditedCents;
  if (left <= 0) throw new AppError('rule', `La facture ${row.number} est déjà entièrement annulée par avoir.`);
  if (amountCents !== null && amountCents > left) {
    const message = `L’avoir ne peut pas dépasser ce qui reste de la facture (${formatMoney(left)}).`;
    throw new AppError('validation', message, { amountCents: message });
  }
  if (issuedOn < row.issuedOn!) throw new AppError('validation', 'Certains champs sont à corriger.', { issuedOn: 'L’avoir ne peut pas être daté d’avant sa facture.' });
  checkIssueDate(ctx, issuedOn);
  const whole = amountCents === null || amountCents === left;
  const detail = invoiceDetail(ctx, invoiceId);
  let lines: InvoiceLineView[];
  if (whole && row.creditedCents === 0) lines = invoiceLines(ctx, invoiceId);
  else {
    const ht = beforeVat(amountCents ?? left, detail.vatRateBasisPoints);
    lines = [{ kind: 'correction', placementId: null, label: `${whole ? 'Solde' : 'Avoir partiel'} de la facture ${row.number}`, workerName: null, minutes: null, rateCents: ht, amountCents: ht }];
  }
  const id = insertDraft(ctx, { kind: 'avoir', month: row.month, clientId: row.clientId, creditedInvoiceId: invoiceId, lines, reason });
  return { id, number: issueLogged(ctx, id, issuedOn) };
}

const issueCredit: Handler<'invoices.issueCredit'> = (ctx, c) => credit(ctx, c.invoiceId, c.issuedOn, c.amountCents, c.reason);

const settleDifference: Handler<'invoices.settleDifference'> = (ctx, { month, clientId, issuedOn }) => {
  const diff = monthDifferences(ctx, month).find((d) => d.clientId === clientId);
  if (!diff) throw new AppError('rule', 'Les factures de cet utilisateur correspondent déjà aux heures du mois : rien à régulariser.');
  checkIssueDate(ctx, issuedOn);
  const reason = `Heures ${deMonth(month)} corrigées après réouverture du mois`;
  const numbers = diff.proposal.credits.map((c) => credit(ctx, c.invoiceId, issuedOn, null, reason).number);
  const plan = diff.proposal.invoice;
  if (plan) {
    const id = insertDraft(ctx, { kind: 'facture', month, clientId, lines: plan.lines });
    numbers.push(issueLogged(ctx, id, issuedOn));
  }
  return { numbers };
};

export const invoicePaymentHandlers = {
  'invoices.list': list,
  'invoices.get': get,
  'invoices.unpaid': unpaid,
  'invoices.addPayment': addPayment,
  'invoices.deletePayment': deletePayment,
  'invoices.issueCredit': issueCredit,
  'invoices.settleDifference': settleDifference,
};
