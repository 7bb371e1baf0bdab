import { isIsoDate, todayIso } from '../../../../db/base/dates';
import { formatDate } from '../../../../db/base/format';
import { yearPeriod } from '../../../../db/contract/annual-report';

// The period of the rapport d'activité in the address (`?du=2026-01-01&au=2026-12-31`), so that
// the report, the list behind a figure and the printed document share it and each can be
// reopened or bookmarked. Without a valid period, the current calendar year.

export interface Period {
  from: string;
  to: string;
}

export function periodFromQuery(query: URLSearchParams, now: Date = new Date()): Period {
  const from = query.get('du') ?? '';
  const to = query.get('au') ?? '';
  if (isIsoDate(from) && isIsoDate(to) && from <= to) return { from, to };
  return yearPeriod(Number(todayIso(now).slice(0, 4)));
}

/** The calendar year a period is, or null. */
export function yearOf(p: Period): number | null {
  const y = Number(p.from.slice(0, 4));
  return p.from === `${y}-01-01` && p.to === `${y}-12-31` ? y : null;
}

/** « année 2026 », or « du 01/01/2026 au 30/06/2026 ». */
export function periodLabel(p: Period): string {
  const y = yearOf(p);
  return y === null ? `du ${formatDate(p.from)} au ${formatDate(p.to)}` : `année ${y}`;
}

const query = (p: Period) => `du=${p.from}&au=${p.to}`;
export const reportPath = (p: Period) => `/rapports/annuel?${query(p)}`;
export const figurePath = (p: Period, key: string) => `/rapports/annuel/liste?${query(p)}&chiffre=${encodeURIComponent(key)}`;
export const reportPrintPath = (p: Period) => `/print/rapport-annuel?${query(p)}`;
