import { amountForMinutes, shareOf } from '../base/money';
import { addDays, daysBetween } from '../base/dates';

// Invoice arithmetic (domain §4), pure: a line's amount, the totals, the number, the due date,
// what is left to pay. Everything in integer cents and integer minutes.

export type LineKind = 'heures' | 'adhesion' | 'correction';

/** A placement's hours in the month: minutes × hourly cents ÷ 60, rounded once (db/base/money.ts). */
export function hoursLineAmount(minutes: number, hourlyRateCents: number): number {
  return amountForMinutes(minutes, hourlyRateCents);
}

export interface Totals {
  totalHtCents: number;
  vatCents: number;
  totalCents: number;
}

/**
 * The total is the sum of the lines (never recomputed from hours). VAT, when the association is
 * subject to it, applies to the services, not to the membership fee (a contribution).
 */
export function invoiceTotals(lines: readonly { kind: LineKind; amountCents: number }[], vatRateBasisPoints: number): Totals {
  const totalHtCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
  const taxable = lines.filter((l) => l.kind !== 'adhesion').reduce((sum, l) => sum + l.amountCents, 0);
  const vatCents = shareOf(taxable, vatRateBasisPoints);
  return { totalHtCents, vatCents, totalCents: totalHtCents + vatCents };
}

/** `FA-` 2026 1 → `FA-2026-0001`: numbered per year, without gaps, in the order of issue. */
export function invoiceNumber(prefix: string | null, year: number, seq: number): string {
  return `${prefix ?? ''}${year}-${String(seq).padStart(4, '0')}`;
}

export function dueDate(issuedOn: string, paymentTermsDays: number): string {
  return addDays(issuedOn, paymentTermsDays);
}

/** A professional client's invoice carries the due date, the penalty rate and the 40 € indemnity (code de commerce L441-10). */
export function isProfessional(clientKind: string): boolean {
  return clientKind !== 'particulier';
}

export type PaymentStatus = 'impayee' | 'partielle' | 'payee' | 'annulee';

export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  impayee: 'Impayée',
  partielle: 'Partiellement payée',
  payee: 'Payée',
  annulee: 'Annulée par avoir',
};

export interface Settlement {
  totalCents: number;
  paidCents: number;
  /** What the avoirs referring to the invoice take off it. */
  creditedCents: number;
}

/** What is still due on an invoice (negative: paid too much, to refund). */
export function balanceOf(s: Settlement): number {
  return s.totalCents - s.creditedCents - s.paidCents;
}

export function paymentStatus(s: Settlement): PaymentStatus {
  if (s.creditedCents >= s.totalCents && s.paidCents === 0) return 'annulee';
  if (balanceOf(s) <= 0) return 'payee';
  return s.paidCents > 0 ? 'partielle' : 'impayee';
}

/** Days past the due date (0 when not due yet, or paid). */
export function daysOverdue(dueOn: string | null, today: string, s: Settlement): number {
  if (!dueOn || balanceOf(s) <= 0) return 0;
  return Math.max(0, daysBetween(dueOn, today));
}
