import type { Ctx } from '../context';
import type { JournalEntry } from '../contract/invoices';
import type { InvoiceSettings } from '../contract/invoice-settings';
import { labelOf, PAYMENT_MEANS } from '../contract/reference';
import { readInvoiceSettings } from './invoice-settings';

// The journal des ventes for the accountant (domain §4): every issued invoice and avoir, and every
// payment, of a period, as double entries. An invoice debits the client's account (fixed at issue)
// by its total and credits income (hours), membership and VAT; an avoir the other way round; a
// payment debits the bank, the cash box or the CESU account and credits the client. Each piece
// balances on its own, so the whole journal does.

interface PieceRow {
  id: number;
  kind: 'facture' | 'avoir';
  number: string;
  issued_on: string;
  client_account: string;
  buyer: string;
  credited_number: string | null;
  total_cents: number;
  vat_cents: number;
  membership_cents: number;
}

interface PaymentRow {
  paid_on: string;
  amount_cents: number;
  means: string;
  reference: string | null;
  number: string;
  client_account: string;
  buyer: string;
}

const nameOf = (buyer: string) => (JSON.parse(buyer) as { name: string }).name;

function pieceEntries(p: PieceRow, s: InvoiceSettings): JournalEntry[] {
  const name = nameOf(p.buyer);
  const label = p.kind === 'facture' ? `Facture ${p.number} ${name}` : `Avoir ${p.number} sur ${p.credited_number} ${name}`;
  const hours = p.total_cents - p.vat_cents - p.membership_cents;
  // An invoice: the client owes (debit), income is earned (credit). An avoir: the reverse.
  const side = (amount: number, clientSide: boolean) => {
    const debit = p.kind === 'facture' ? clientSide : !clientSide;
    return { debitCents: debit ? amount : 0, creditCents: debit ? 0 : amount };
  };
  const base = { date: p.issued_on, journal: s.salesJournal, piece: p.number, label };
  const out: JournalEntry[] = [{ ...base, account: p.client_account, ...side(p.total_cents, true) }];
  if (hours > 0) out.push({ ...base, account: s.incomeAccount, ...side(hours, false) });
  if (p.membership_cents > 0) out.push({ ...base, account: s.membershipAccount, ...side(p.membership_cents, false) });
  if (p.vat_cents > 0) out.push({ ...base, account: s.vatAccount, ...side(p.vat_cents, false) });
  return out;
}

function paymentEntries(p: PaymentRow, s: InvoiceSettings): JournalEntry[] {
  const account = p.means === 'cesu' ? s.cesuAccount : p.means === 'especes' ? s.cashAccount : s.bankAccount;
  const means = labelOf(PAYMENT_MEANS, p.means).toLowerCase();
  const label = `Règlement ${p.number} ${nameOf(p.buyer)} (${means}${p.reference ? ` ${p.reference}` : ''})`;
  const base = { date: p.paid_on, journal: s.bankJournal, piece: p.number, label };
  return [
    { ...base, account, debitCents: p.amount_cents, creditCents: 0 },
    { ...base, account: p.client_account, debitCents: 0, creditCents: p.amount_cents },
  ];
}

/** The entries of the period, in date order: the pieces of each day, then its payments. */
export function salesJournal(ctx: Ctx, from: string, to: string): JournalEntry[] {
  const s = readInvoiceSettings(ctx);
  const pieces = ctx.sqlite
    .prepare(
      `SELECT i.id, i.kind, i.number, i.issued_on, i.client_account, i.buyer, o.number AS credited_number, i.total_cents, i.vat_cents,
         (SELECT COALESCE(SUM(l.amount_cents), 0) FROM invoice_lines l WHERE l.invoice_id = i.id AND l.kind = 'adhesion') AS membership_cents
       FROM invoices i LEFT JOIN invoices o ON o.id = i.credited_invoice_id
       WHERE i.status = 'emise' AND i.issued_on BETWEEN ? AND ? ORDER BY i.issued_on, i.year, i.seq`,
    )
    .all(from, to) as PieceRow[];
  const payments = ctx.sqlite
    .prepare(
      `SELECT p.paid_on, p.amount_cents, p.means, p.reference, i.number, i.client_account, i.buyer
       FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.paid_on BETWEEN ? AND ? ORDER BY p.paid_on, p.id`,
    )
    .all(from, to) as PaymentRow[];
  const dated = [
    ...pieces.map((p) => ({ date: p.issued_on, order: 0, entries: pieceEntries(p, s) })),
    ...payments.map((p) => ({ date: p.paid_on, order: 1, entries: paymentEntries(p, s) })),
  ];
  // A stable sort: within a day, pieces (in number order) before payments (in the order recorded).
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return dated.flatMap((d) => d.entries);
}
