import type { Ctx } from '../context';
import type { InvoiceKind, InvoiceLineView } from '../contract/invoices';
import { addDays, todayIso } from '../base/dates';
import { formatDate } from '../base/format';
import { invoiceNumber, invoiceTotals } from '../rules/invoicing';
import { AppError } from '../errors';
import { readInvoiceSettings } from './invoice-settings';
import { clientForInvoice, invoiceLines, invoiceSnapshot } from './invoices';

// Writing invoices: a draft (an invoice row and its lines, still open to change), and issuing
// it: the next number of the year, the date, the snapshot of its parties. Numbers follow each
// other without gaps because every write runs in an IMMEDIATE transaction (db/dispatch.ts): two
// issuings never read the same last number; the unique (year, seq) index is the safety net.

export interface NewInvoice {
  kind: InvoiceKind;
  month: string;
  clientId: number;
  creditedInvoiceId?: number | null;
  lines: readonly InvoiceLineView[];
  reason?: string | null;
  excluded?: boolean;
}

/** Inserts a draft with its lines; its totals are the sum of the lines (and VAT from the settings). */
export function insertDraft(ctx: Ctx, inv: NewInvoice): number {
  const snap = invoiceSnapshot(ctx, inv.clientId);
  const totals = invoiceTotals(inv.lines, snap.vatRateBasisPoints);
  const id = Number(
    ctx.sqlite
      .prepare(
        `INSERT INTO invoices (kind, status, month, client_id, credited_invoice_id, excluded, vat_rate_bp, total_ht_cents, vat_cents, total_cents,
           seller, buyer, mentions, reason, created_at)
         VALUES (?, 'brouillon', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        inv.kind,
        inv.month,
        inv.clientId,
        inv.creditedInvoiceId ?? null,
        inv.excluded ? 1 : 0,
        snap.vatRateBasisPoints,
        totals.totalHtCents,
        totals.vatCents,
        totals.totalCents,
        snap.seller,
        snap.buyer,
        snap.mentions,
        inv.reason ?? null,
        ctx.now().toISOString(),
      ).lastInsertRowid,
  );
  insertLines(ctx, id, inv.lines);
  return id;
}

function insertLines(ctx: Ctx, invoiceId: number, lines: readonly InvoiceLineView[]): void {
  const insert = ctx.sqlite.prepare(
    `INSERT INTO invoice_lines (invoice_id, position, kind, placement_id, label, worker_name, minutes, rate_cents, amount_cents)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((l, i) => insert.run(invoiceId, i + 1, l.kind, l.placementId, l.label, l.workerName, l.minutes, l.rateCents, l.amountCents));
}

/** Replaces a draft's lines and totals (the membership line added or taken off). */
export function rewriteDraft(ctx: Ctx, id: number, lines: readonly InvoiceLineView[]): void {
  const { vat_rate_bp } = ctx.sqlite.prepare(`SELECT vat_rate_bp FROM invoices WHERE id = ? AND status = 'brouillon'`).get(id) as { vat_rate_bp: number };
  ctx.sqlite.prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(id);
  insertLines(ctx, id, lines);
  const t = invoiceTotals(lines, vat_rate_bp);
  ctx.sqlite.prepare('UPDATE invoices SET total_ht_cents = ?, vat_cents = ?, total_cents = ? WHERE id = ?').run(t.totalHtCents, t.vatCents, t.totalCents, id);
}

/** Deletes drafts (never an issued invoice: the handlers ask only for drafts, and the triggers refuse the others). */
export function deleteDrafts(ctx: Ctx, ids: readonly number[]): void {
  const lines = ctx.sqlite.prepare('DELETE FROM invoice_lines WHERE invoice_id = ?');
  const invoice = ctx.sqlite.prepare(`DELETE FROM invoices WHERE id = ? AND status = 'brouillon'`);
  for (const id of ids) {
    lines.run(id);
    invoice.run(id);
  }
}

/**
 * Checks that an issuing date keeps the numbers in the order of their dates (chronological
 * numbering): not in the future, not before the last invoice or avoir issued that year.
 */
export function checkIssueDate(ctx: Ctx, issuedOn: string): void {
  const today = todayIso(ctx.now());
  if (issuedOn > today) throw new AppError('validation', 'La date d’émission ne peut pas être dans le futur.', { issuedOn: 'La date d’émission ne peut pas être dans le futur.' });
  const last = ctx.sqlite.prepare('SELECT MAX(issued_on) FROM invoices WHERE year = ?').pluck().get(Number(issuedOn.slice(0, 4))) as string | null;
  if (last && issuedOn < last) {
    const message = `La dernière facture de l’année est datée du ${formatDate(last)} : les numéros suivent l’ordre des dates, émettez à cette date ou après.`;
    throw new AppError('validation', message, { issuedOn: message });
  }
}

/** The client's account in the books: the settings' root + its code, given now if it has none. */
function clientAccount(ctx: Ctx, clientId: number, root: string): string {
  let code = clientForInvoice(ctx, clientId).account_code;
  if (!code) {
    const taken = ctx.sqlite.prepare('SELECT 1 FROM clients WHERE account_code = ?').pluck();
    code = `C${String(clientId).padStart(5, '0')}`;
    for (let n = 2; taken.get(code); n++) code = `C${String(clientId).padStart(5, '0')}${n}`;
    ctx.sqlite.prepare('UPDATE clients SET account_code = ? WHERE id = ?').run(code, clientId);
  }
  return `${root}${code}`;
}

/** Numbers, dates and fixes a draft (checkIssueDate first): from now on it never changes. The caller logs it. */
export function issueDraft(ctx: Ctx, id: number, issuedOn: string): { number: string; kind: InvoiceKind } {
  const draft = ctx.sqlite
    .prepare(
      `SELECT d.kind, d.client_id, o.vat_rate_bp AS credited_vat FROM invoices d LEFT JOIN invoices o ON o.id = d.credited_invoice_id
       WHERE d.id = ? AND d.status = 'brouillon'`,
    )
    .get(id) as { kind: InvoiceKind; client_id: number; credited_vat: number | null } | undefined;
  if (!draft) throw new AppError('rule', 'Cette facture est déjà émise : elle ne peut plus changer.');
  const settings = readInvoiceSettings(ctx);
  const year = Number(issuedOn.slice(0, 4));
  const seq = ctx.sqlite.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM invoices WHERE year = ?').pluck().get(year) as number;
  const number = invoiceNumber(settings.prefix, year, seq);
  const snap = invoiceSnapshot(ctx, draft.client_id);
  const terms = (JSON.parse(snap.mentions) as { paymentTermsDays: number }).paymentTermsDays;
  const dueOn = draft.kind === 'facture' ? addDays(issuedOn, terms) : null;
  // The VAT of the settings at issue (an avoir: its invoice's), the total the sum of the lines.
  const vat = draft.credited_vat ?? snap.vatRateBasisPoints;
  const t = invoiceTotals(invoiceLines(ctx, id), vat);
  ctx.sqlite
    .prepare(
      `UPDATE invoices SET status = 'emise', number = ?, year = ?, seq = ?, issued_on = ?, due_on = ?, client_account = ?, seller = ?, buyer = ?,
         mentions = ?, vat_rate_bp = ?, total_ht_cents = ?, vat_cents = ?, total_cents = ?, issued_at = ?, issued_by = ?
       WHERE id = ? AND status = 'brouillon'`,
    )
    .run(
      number,
      year,
      seq,
      issuedOn,
      dueOn,
      clientAccount(ctx, draft.client_id, settings.clientAccountPrefix),
      snap.seller,
      snap.buyer,
      snap.mentions,
      vat,
      t.totalHtCents,
      t.vatCents,
      t.totalCents,
      ctx.now().toISOString(),
      ctx.actor.name,
      id,
    );
  return { number, kind: draft.kind };
}
