import { publicHolidays } from '../../rules/holidays';

// The generator counts days as integers (days since 1970-01-01, UTC) and turns them into the
// app's `YYYY-MM-DD` strings only when writing: 1.5 million hour entries are placed day by day.

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the day's week (weeks run Monday to Sunday, as the 48-hour rule counts them). */
export function mondayOf(day: number): number {
  return day - (weekdayOf(day) - 1);
}

/** The first day of the month `months` after the month of `day` (negative: before). */
export function monthStartOffset(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) / MS_PER_DAY);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/**
 * Day numbers ↔ ISO strings over a span, computed once: the hot loops of the generator and
 * the writer look them up instead of formatting dates.
 */
export class Calendar {
  private readonly iso: string[] = [];
  private readonly holidays = new Set<number>();

  constructor(
    readonly first: number,
    readonly last: number,
  ) {
    for (let d = first; d <= last; d++) this.iso.push(isoOf(d));
    for (let y = yearOf(first); y <= yearOf(last); y++) {
      for (const h of publicHolidays(y)) this.holidays.add(dayOf(h.date));
    }
  }

  isoOf(day: number): string {
    return this.iso[day - this.first] ?? isoOf(day);
  }

  isHoliday(day: number): boolean {
    return this.holidays.has(day);
  }
}
