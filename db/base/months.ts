// Months `AAAA-MM`: the one pattern and validator of the application (the hours grid, the
// placements filter, month closures), and the days a month holds.

import { daysInMonth } from './dates';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `value` is a month `AAAA-MM` (month 01 to 12). */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_RE.test(value);
}

/** Every day of the month `AAAA-MM`, from the 1st to the last. */
export function monthDays(month: string): string[] {
  const match = MONTH_RE.exec(month);
  if (!match) throw new RangeError(`Mois invalide : « ${month} »`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const days: string[] = [];
  for (let d = 1; d <= daysInMonth(y, m); d++) days.push(`${month}-${String(d).padStart(2, '0')}`);
  return days;
}

/** The first and last days of a month `AAAA-MM`. */
export function monthBounds(month: string): { first: string; last: string } {
  const days = monthDays(month);
  return { first: days[0]!, last: days[days.length - 1]! };
}

/** The month `AAAA-MM` of a day `AAAA-MM-JJ`. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}
