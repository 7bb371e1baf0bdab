import { addMonths, todayIso } from '../base/dates';
import { formatDate, formatMoney } from '../base/format';

// The bounds of every kind of field, in one place (issue: « no bad value stored »). The field
// schemas (fields.ts) apply them; a field's description (field-spec.ts) may narrow them.

/**
 * A date's plausible range: each end a fixed day (`1900-01-01`) or a number of years from
 * today (`-10`: ten years ago, `0`: today, `10`: in ten years).
 */
export interface DateRange {
  earliest: string | number;
  latest: string | number;
}

/** What each kind may hold, at most (text lengths, amounts in cents, durations in minutes, dates). */
export const KIND_BOUNDS = {
  text: { max: 200 },
  multiline: { max: 2000 },
  identifier: { max: 40 },
  /** Any date of the office's work: an entry, a placement, a PASS… within ten years of today. */
  date: { earliest: -10, latest: 10 } satisfies DateRange,
  /** An amount: 100 000 € covers any invoice or membership an association intermédiaire issues. */
  money: { max: 100_000_00 },
  /** An hourly rate (billed or paid): 200 € an hour. */
  hourlyRate: { max: 200_00 },
  /** A duration: 2 500 hours, more than a full-time year (1 607 h) of one person. */
  minutes: { max: 2500 * 60 },
} as const;

/** A birth date: from 1900 to today. */
export const BIRTH_DATES: DateRange = { earliest: '1900-01-01', latest: 0 };
/** A date that cannot be in the future (a layoff already made): the last ten years. */
export const PAST_DATES: DateRange = { earliest: -10, latest: 0 };

function end(bound: string | number, today: string): string {
  return typeof bound === 'string' ? bound : addMonths(today, bound * 12);
}

/** The range's first and last day, as of `today`. */
export function dateBounds(range: DateRange, today: string = todayIso()): { first: string; last: string } {
  return { first: end(range.earliest, today), last: end(range.latest, today) };
}

/** « La date doit être entre le 28/11/2016 et le 28/11/2036. » (« et aujourd'hui » when it ends today). */
export function dateRangeMessage(range: DateRange, today: string = todayIso()): string {
  const { first, last } = dateBounds(range, today);
  const upTo = range.latest === 0 ? "aujourd'hui" : `le ${formatDate(last)}`;
  return `Date hors des limites : elle doit être entre le ${formatDate(first)} et ${upTo}.`;
}

/** « 200,00 € au plus. » */
export function moneyMaxMessage(maxCents: number): string {
  return `Montant trop élevé : ${formatMoney(maxCents)} au plus.`;
}
