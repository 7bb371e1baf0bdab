import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { idColumn, ownerColumn, versionColumn } from './columns';
import { clients } from './clients';
import { placements } from './placements';

// Invoices, credit notes (avoirs) and payments (domain §4). A draft is prepared from the month's
// hours, reviewed, then issued: from then on its row and its lines never change, which the
// triggers of the migration enforce (UPDATE and DELETE refused), beside the handlers.

/**
 * One row (id = 1): how invoices are numbered, what they say and how they are booked; written on
 * the first save of Paramètres > Facturation, the defaults apply until then (db/contract/invoice-settings.ts).
 */
export const invoiceSettings = sqliteTable(
  'invoice_settings',
  {
    id: integer('id').primaryKey(),
    prefix: text('prefix').notNull().default(''),
    /** VAT in basis points (2000 = 20 %); 0: not subject to VAT, the mention says why. */
    vatRateBasisPoints: integer('vat_rate_bp').notNull().default(0),
    vatMention: text('vat_mention'),
    latePenalty: text('late_penalty').notNull(),
    recoveryIndemnityCents: integer('recovery_indemnity_cents').notNull(),
    membershipFeeCents: integer('membership_fee_cents').notNull(),
    bankName: text('bank_name'),
    iban: text('iban'),
    bic: text('bic'),
    salesJournal: text('sales_journal').notNull(),
    bankJournal: text('bank_journal').notNull(),
    clientAccountPrefix: text('client_account_prefix').notNull(),
    incomeAccount: text('income_account').notNull(),
    membershipAccount: text('membership_account').notNull(),
    vatAccount: text('vat_account').notNull(),
    bankAccount: text('bank_account').notNull(),
    cashAccount: text('cash_account').notNull(),
    cesuAccount: text('cesu_account').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: versionColumn(),
  },
  (t) => [check('invoice_settings_single_row', sql`${t.id} = 1`)],
);

export const invoices = sqliteTable(
  'invoices',
  {
    id: idColumn(),
    kind: text('kind', { enum: ['facture', 'avoir'] }).notNull(),
    status: text('status', { enum: ['brouillon', 'emise'] }).notNull(),
    /** The month of the hours invoiced (an avoir: its invoice's month). */
    month: text('month').notNull(),
    clientId: ownerColumn('client_id', () => clients.id),
    /** An avoir: the invoice it corrects. */
    creditedInvoiceId: integer('credited_invoice_id').references((): AnySQLiteColumn => invoices.id),
    /** A draft left out of this month's issuing (kept, to take back). */
    excluded: integer('excluded', { mode: 'boolean' }).notNull().default(false),
    number: text('number'),
    year: integer('year'),
    seq: integer('seq'),
    issuedOn: text('issued_on'),
    dueOn: text('due_on'),
    vatRateBasisPoints: integer('vat_rate_bp').notNull(),
    totalHtCents: integer('total_ht_cents').notNull(),
    vatCents: integer('vat_cents').notNull(),
    totalCents: integer('total_cents').notNull(),
    /** The client's account at issue (411…): the journal books the invoice on it. */
    clientAccount: text('client_account'),
    /** What the document prints, fixed at issue (JSON): the seller, the buyer, the legal mentions. */
    seller: text('seller').notNull(),
    buyer: text('buyer').notNull(),
    mentions: text('mentions').notNull(),
    /** An avoir: why. */
    reason: text('reason'),
    createdAt: text('created_at').notNull(),
    issuedAt: text('issued_at'),
    issuedBy: text('issued_by'),
  },
  (t) => [
    uniqueIndex('invoices_number').on(t.number),
    uniqueIndex('invoices_year_seq').on(t.year, t.seq),
    index('invoices_month_client').on(t.month, t.clientId),
    index('invoices_client').on(t.clientId),
    index('invoices_credited').on(t.creditedInvoiceId),
    index('invoices_issued_on').on(t.issuedOn),
    check('invoices_kind', sql`${t.kind} IN ('facture', 'avoir')`),
    check('invoices_status', sql`${t.status} IN ('brouillon', 'emise')`),
    check(
      'invoices_issued_numbered',
      sql`(${t.status} = 'emise' AND ${t.number} IS NOT NULL AND ${t.issuedOn} IS NOT NULL AND ${t.seq} IS NOT NULL) OR (${t.status} = 'brouillon' AND ${t.number} IS NULL)`,
    ),
    check('invoices_avoir_refers', sql`${t.kind} = 'facture' OR ${t.creditedInvoiceId} IS NOT NULL`),
    check('invoices_amounts', sql`${t.totalHtCents} >= 0 AND ${t.vatCents} >= 0 AND ${t.totalCents} = ${t.totalHtCents} + ${t.vatCents}`),
  ],
);

export const invoiceLines = sqliteTable(
  'invoice_lines',
  {
    id: idColumn(),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    position: integer('position').notNull(),
    /** `heures`: a placement's hours; `adhesion`: the year's membership; `correction`: an avoir for part of an invoice. */
    kind: text('kind', { enum: ['heures', 'adhesion', 'correction'] }).notNull(),
    placementId: integer('placement_id').references(() => placements.id),
    label: text('label').notNull(),
    workerName: text('worker_name'),
    minutes: integer('minutes'),
    /** Hourly rate for hours, unit price otherwise. */
    rateCents: integer('rate_cents').notNull(),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [
    index('invoice_lines_invoice').on(t.invoiceId, t.position),
    index('invoice_lines_placement').on(t.placementId),
    check('invoice_lines_kind', sql`${t.kind} IN ('heures', 'adhesion', 'correction')`),
    check('invoice_lines_amount', sql`${t.amountCents} >= 0`),
  ],
);

export const payments = sqliteTable(
  'payments',
  {
    id: idColumn(),
    invoiceId: ownerColumn('invoice_id', () => invoices.id),
    paidOn: text('paid_on').notNull(),
    amountCents: integer('amount_cents').notNull(),
    means: text('means').notNull(),
    reference: text('reference'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('payments_invoice').on(t.invoiceId), index('payments_paid_on').on(t.paidOn), check('payments_positive', sql`${t.amountCents} > 0`)],
);

/** Every reopening of a closed month: who, when, why (domain §4). */
export const monthReopenings = sqliteTable(
  'month_reopenings',
  {
    id: idColumn(),
    month: text('month').notNull(),
    reopenedAt: text('reopened_at').notNull(),
    reopenedBy: text('reopened_by').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('month_reopenings_month').on(t.month)],
);
