// The counting rules of the rapport d'activité (domain §5): age bands taken at entry, the
// length of a period in months (to prorate the ETP), rates that say « — » rather than NaN, and
// the exit categories whose first three make the « sorties dynamiques ».
import { ageOn, daysInMonth } from '../base/dates';
import { EXIT_CATEGORIES, isDynamicExit, type ExitCategory } from './exits';

export const AGE_BANDS = [
  { code: 'moins_26', label: 'Moins de 26 ans' },
  { code: 'de_26_a_49', label: 'De 26 à 49 ans' },
  { code: '50_et_plus', label: '50 ans et plus' },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['code'];

/** The band of a person's age on the day they entered the path (not today's age, nor the period's end). */
export function ageBandAtEntry(birthDate: string, entryDate: string): AgeBand {
  const age = ageOn(birthDate, entryDate);
  if (age < 26) return 'moins_26';
  return age < 50 ? 'de_26_a_49' : '50_et_plus';
}

/**
 * The exit categories of the report: those of the support follow-up (db/rules/exits.ts), whose
 * first three make the « sorties dynamiques », and `non_renseignee` for an exit recorded without
 * its reason (entered before Suivi, or migrated): counted in the exits, in no category, never guessed.
 */
export const REPORT_EXIT_CATEGORIES = [
  ...EXIT_CATEGORIES.map((c) => ({ code: c.code as ReportExitCategory, label: c.label as string, dynamic: isDynamicExit(c.code) })),
  { code: 'non_renseignee' as ReportExitCategory, label: 'Motif non renseigné', dynamic: false },
];
export type ReportExitCategory = ExitCategory | 'non_renseignee';

/** A share in percent to one decimal (1 of 3 → 33.3); null when there is nothing to divide by. */
export function rateOf(count: number, total: number): number | null {
  if (!(total > 0)) return null;
  return Math.round((count * 1000) / total) / 10;
}

/**
 * The length of a period [from, to] in months, to prorate one ETP's annual hours: each whole
 * month counts 1 (a twelfth of the year, as fullTimeEquivalent reckons), a month cut by the
 * period counts its days in the period over its days. A calendar year is exactly 12.
 */
export function periodMonths(from: string, to: string): number {
  if (to < from) return 0;
  let months = 0;
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const lastY = Number(to.slice(0, 4));
  const lastM = Number(to.slice(5, 7));
  while (y < lastY || (y === lastY && m <= lastM)) {
    const days = daysInMonth(y, m);
    const first = y === Number(from.slice(0, 4)) && m === Number(from.slice(5, 7)) ? Number(from.slice(8, 10)) : 1;
    const last = y === lastY && m === lastM ? Number(to.slice(8, 10)) : days;
    months += (last - first + 1) / days;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return Math.round(months * 10000) / 10000;
}
