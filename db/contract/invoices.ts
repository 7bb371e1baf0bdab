import { z } from 'zod';
import { call } from './define';
import { money, optionalText, requiredDate, requiredText } from './fields';
import { paymentMeansCodes, type ClientKind, type PaymentMeans } from './reference';
import type { Identity } from './identity';
import type { LineKind, PaymentStatus } from '../rules/invoicing';
import { isMonth } from '../base/months';
import { isIsoDate } from '../base/dates';
import { exportFormat, type ExportFile } from './exports';

// Facturation (domain §4): the month's drafts, issuing, invoices and avoirs, payments, the
// unpaid list, and the differences left by a month reopened after its invoices were issued.

export { PAYMENT_STATUS_LABELS, type PaymentStatus } from '../rules/invoicing';

const month = z.string().refine((m) => isMonth(m) && m >= '2000' && m < '2100', { error: 'Mois invalide (entre 2000 et 2099).' });
const id = z.number().int().positive();

export type InvoiceKind = 'facture' | 'avoir';
export type InvoiceStatus = 'brouillon' | 'emise';

export interface InvoiceLineView {
  kind: LineKind;
  placementId: number | null;
  label: string;
  workerName: string | null;
  /** Hours lines: the minutes invoiced; null otherwise. */
  minutes: number | null;
  /** Hourly rate for hours, unit price otherwise. */
  rateCents: number;
  amountCents: number;
}

/** What an invoice prints beside its lines, fixed at issue. */
export interface InvoiceMentions {
  /** A professional client: due date, late-payment penalties and the recovery indemnity are printed. */
  professional: boolean;
  vatMention: string | null;
  latePenalty: string;
  recoveryIndemnityCents: number;
  paymentTermsDays: number;
  bank: { name: string | null; iban: string; bic: string | null } | null;
}

export interface InvoiceRow {
  id: number;
  kind: InvoiceKind;
  status: InvoiceStatus;
  number: string | null;
  month: string;
  clientId: number;
  clientName: string;
  clientKind: ClientKind;
  issuedOn: string | null;
  dueOn: string | null;
  totalCents: number;
  paidCents: number;
  /** What the avoirs referring to this invoice take off it. */
  creditedCents: number;
  /** What is still due (negative: paid too much). Avoirs and drafts: 0. */
  balanceCents: number;
  /** Issued invoices only. */
  paymentStatus: PaymentStatus | null;
  daysOverdue: number;
  /** An avoir: the invoice it corrects. */
  creditedInvoiceNumber: string | null;
  /** A draft left out of the month's issuing. */
  excluded: boolean;
}

export interface PaymentView {
  id: number;
  paidOn: string;
  amountCents: number;
  means: PaymentMeans;
  reference: string | null;
  createdBy: string;
}

export interface InvoiceDetail extends InvoiceRow {
  seller: Identity;
  buyer: Identity;
  mentions: InvoiceMentions;
  lines: InvoiceLineView[];
  totalHtCents: number;
  vatCents: number;
  vatRateBasisPoints: number;
  reason: string | null;
  creditedInvoiceId: number | null;
  clientAccount: string | null;
  issuedAt: string | null;
  issuedBy: string | null;
  payments: PaymentView[];
  /** The avoirs issued on this invoice. */
  credits: { id: number; number: string; issuedOn: string; totalCents: number; reason: string | null }[];
}

/** A client's invoice as it would be drafted from the hours now recorded. */
export interface DraftPlan {
  clientId: number;
  clientName: string;
  clientKind: ClientKind;
  lines: InvoiceLineView[];
  totalCents: number;
  /** A particulier whose membership of the year is neither paid nor invoiced: the line may be added. */
  membershipDue: boolean;
}

export interface DraftView extends InvoiceRow {
  lines: InvoiceLineView[];
  membershipDue: boolean;
  /** The hours changed since the draft was prepared: regenerate it before issuing. */
  stale: boolean;
}

/** One client of a month whose issued invoices no longer match the hours recorded. */
export interface ClientDifference {
  clientId: number;
  clientName: string;
  /** Issued invoices of the month that still count (not cancelled by an avoir). */
  invoices: { id: number; number: string; totalCents: number; creditedCents: number }[];
  invoicedMinutes: number;
  recordedMinutes: number;
  /** Per placement: what was invoiced and what is recorded now. */
  placements: { placementId: number; label: string; invoicedMinutes: number; recordedMinutes: number }[];
  /** What settling issues: an avoir for what is left of each invoice, then a new invoice (null: no hours left). */
  proposal: { credits: { invoiceId: number; number: string; amountCents: number }[]; invoice: DraftPlan | null };
}

export interface MonthReopening {
  reopenedAt: string;
  reopenedBy: string;
  reason: string;
}

export interface MonthBilling {
  month: string;
  closed: boolean;
  closedAt: string | null;
  reopenings: MonthReopening[];
  /** Clients with hours and neither a draft nor an issued invoice this month. */
  pending: { clients: number; minutes: number; totalCents: number };
  drafts: DraftView[];
  issued: InvoiceRow[];
  /** Unsettled differences: the month cannot be closed again while there is one. */
  differences: ClientDifference[];
}

export const invoiceFilters = z.object({
  search: z.string().max(200).default(''),
  year: z.number().int().min(2000).max(2100).nullable().default(null),
  month: month.nullable().default(null),
  clientId: id.nullable().default(null),
  kind: z.enum(['facture', 'avoir']).nullable().default(null),
  paymentStatus: z.enum(['impayee', 'partielle', 'payee', 'annulee']).nullable().default(null),
});
export type InvoiceFilters = z.input<typeof invoiceFilters>;

export interface InvoiceList {
  rows: InvoiceRow[];
  /** Issued invoices listed: their total, and what is still due on them. */
  invoicedCents: number;
  dueCents: number;
}

export const PAYMENT_LABELS = { paidOn: 'Date du paiement', amountCents: 'Montant', means: 'Moyen de paiement', reference: 'Référence (n° de chèque…)' };

export const paymentInput = z.object({
  invoiceId: id,
  paidOn: requiredDate,
  amountCents: money.refine((c) => c > 0, { error: 'Le montant doit être supérieur à zéro.' }),
  means: z.enum(paymentMeansCodes, { error: 'Choisissez le moyen de paiement.' }),
  reference: optionalText(60),
});

export const creditInput = z.object({
  invoiceId: id,
  issuedOn: requiredDate,
  /** Null: the whole of what is left of the invoice. */
  amountCents: z.preprocess((v) => (v === '' ? null : v), money.refine((c) => c > 0, { error: 'Le montant doit être supérieur à zéro.' }).nullable()),
  reason: requiredText(200),
});

/** One line of the journal des ventes: one side of one entry. */
export interface JournalEntry {
  date: string;
  journal: string;
  piece: string;
  account: string;
  label: string;
  debitCents: number;
  creditCents: number;
}

const period = z
  .object({ from: requiredDate, to: requiredDate })
  .refine((p) => !isIsoDate(p.from) || !isIsoDate(p.to) || p.from <= p.to, { error: 'La fin de la période précède son début.', path: ['to'] });

export const invoicesContract = {
  'invoices.month': call<MonthBilling>()(z.object({ month }), { write: false, permission: 'invoices.read' }),
  /** The month's drafts as the hours now recorded make them, without writing anything. */
  'invoices.drafts': call<DraftPlan[]>()(z.object({ month }), { write: false, permission: 'invoices.read' }),
  /** Prepares (again) a draft for each client with hours and no issued invoice this month. */
  'invoices.prepare': call<{ drafts: number }>()(z.object({ month }), { write: true, permission: 'invoices.write' }),
  'invoices.regenerateDraft': call<{ id: number }>()(z.object({ id }), { write: true, permission: 'invoices.write' }),
  'invoices.setDraftExcluded': call<{ id: number }>()(z.object({ id, excluded: z.boolean() }), { write: true, permission: 'invoices.write' }),
  'invoices.setDraftMembership': call<{ id: number }>()(z.object({ id, include: z.boolean() }), { write: true, permission: 'invoices.write' }),
  /** Numbers and dates the month's drafts that are not left out (or those of `ids`): irreversible. */
  'invoices.issue': call<{ numbers: string[] }>()(z.object({ month, issuedOn: requiredDate, ids: z.array(id).max(5000).nullable().default(null) }), { write: true, permission: 'invoices.write' }),
  'invoices.list': call<InvoiceList>()(invoiceFilters, { write: false, permission: 'invoices.read' }),
  'invoices.get': call<InvoiceDetail>()(z.object({ id }), { write: false, permission: 'invoices.read' }),
  'invoices.unpaid': call<{ rows: InvoiceRow[]; dueCents: number }>()(z.object({}), { write: false, permission: 'invoices.read' }),
  'invoices.addPayment': call<InvoiceDetail>()(paymentInput, { write: true, permission: 'invoices.write' }),
  'invoices.deletePayment': call<InvoiceDetail>()(z.object({ id }), { write: true, permission: 'invoices.write' }),
  /** An avoir on an issued invoice, for all of what is left of it or a part. */
  'invoices.issueCredit': call<{ id: number; number: string }>()(creditInput, { write: true, permission: 'invoices.write' }),
  /** Settles a client's difference: the proposed avoirs, then the new invoice from the hours now recorded. */
  'invoices.settleDifference': call<{ numbers: string[] }>()(z.object({ month, clientId: id, issuedOn: requiredDate }), { write: true, permission: 'invoices.write' }),
  'invoices.journal': call<{ entries: JournalEntry[]; debitCents: number; creditCents: number }>()(period, { write: false, permission: 'invoices.read' }),
  /** The journal des ventes as a file for the accounting software: an Excel workbook or CSV. */
  'invoices.exportJournal': call<ExportFile>()(z.object({ period, format: exportFormat }), { write: false, permission: 'invoices.read' }),
};
