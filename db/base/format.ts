// The one module that turns stored values into French text and French typing back into
// stored values. Stored values are: dates as `YYYY-MM-DD`, money as integer cents, durations
// as integer minutes. Used by the UI and by the back end (CSV import/export, print views), so it
// depends on nothing but the language.
//
// Rounding, written down once:
// - typed hours with a decimal part ("3,33") are converted to the nearest whole minute, halves
//   rounded up (3,33 h = 199,8 min → 200 min);
// - typed money may not carry more than two decimals: it is refused, never rounded;
// - an amount computed from minutes × hourly rate is rounded in `db/base/money.ts`.

import { isIsoDate } from './dates';

/** Narrow no-break space: the French thousands separator (what Intl's fr-FR uses). */
export const THOUSANDS = '\u202f';
/** No-break space between a number and its unit (€, h). */
export const NBSP = '\u00a0';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS);
}

/** `2026-01-05` → `05/01/2026`; anything that is not a valid ISO date → empty string. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso || !isIsoDate(iso)) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A timestamp (`2026-11-26T09:05:00.000Z`) in local time: `26/11/2026 à 10:05`. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} à ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** 123456 → `1 234,56 €` (integer cents in, French money out). */
export function formatMoney(cents: number | null | undefined): string {
  if (cents === null || cents === undefined || !Number.isFinite(cents)) return '';
  const n = Math.round(cents);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${group(String(euros))},${rest}${NBSP}€`;
}

/** Money for an input field: 2250 → `22,50` (no unit, no grouping, so it re-parses). */
export function formatMoneyInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined || !Number.isFinite(cents)) return '';
  const n = Math.round(cents);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Integer minutes as sign, whole hours and the minutes left (`05`); null when not a number. */
function hoursAndMinutes(minutes: number | null | undefined): { sign: string; h: number; mm: string | null } | null {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return null;
  const n = Math.round(minutes);
  const abs = Math.abs(n);
  const m = abs % 60;
  return { sign: n < 0 ? '-' : '', h: Math.floor(abs / 60), mm: m === 0 ? null : String(m).padStart(2, '0') };
}

/** 450 → `7 h 30`, 420 → `7 h`, 5 → `0 h 05`, 96420 → `1 607 h`. */
export function formatHours(minutes: number | null | undefined): string {
  const t = hoursAndMinutes(minutes);
  if (!t) return '';
  const hours = `${t.sign}${group(String(t.h))}${NBSP}h`;
  return t.mm === null ? hours : `${hours}${NBSP}${t.mm}`;
}

/** Hours for an input field: formatHours with ordinary spaces (`7 h 30`), so that it re-parses and is typed over easily. */
export function formatHoursInput(minutes: number | null | undefined): string {
  return formatHours(minutes).replace(/[\u00a0\u202f]/g, ' ');
}

const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A month `2026-11` → `novembre 2026`. */
export function formatMonth(month: string): string {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return `${MONTH_NAMES[m - 1] ?? ''} ${y}`;
}

/** `de mars 2026`, `d'avril 2026`: a month after « le mois », with the elision French asks for. */
export function ofMonth(month: string): string {
  const name = formatMonth(month);
  return /^[aeiouyàâéèêëîïôûü]/i.test(name) ? `d'${name}` : `de ${name}`;
}

const WEEKDAY_SHORT = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];

/** A day with its weekday, as a timesheet shows it: `2026-03-02` → `lun. 02/03/2026` (a no-break space: never cut). */
export function formatDayWithWeekday(iso: string | null | undefined): string {
  const date = formatDate(iso);
  if (!date) return '';
  const [y, m, d] = iso!.split('-').map(Number) as [number, number, number];
  return `${WEEKDAY_SHORT[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}${NBSP}${date}`;
}

/** An address on one line: `12 rue des Lilas, Bât. B, 69001 Lyon` (empty parts left out). */
export function formatAddress(a: {
  addressLine1: string | null;
  addressLine2?: string | null;
  postalCode: string | null;
  city: string | null;
}): string {
  return [a.addressLine1, a.addressLine2, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** A SIRET as INSEE prints it: `12345678900012` → `123 456 789 00012`; a SIREN `123 456 789`. */
export function formatSiret(siret: string | null | undefined): string {
  if (!siret) return '';
  const at = (cuts: number[]) => {
    let i = 0;
    return cuts.map((n) => siret.slice(i, (i += n))).join(' ');
  };
  if (/^\d{14}$/.test(siret)) return at([3, 3, 3, 5]);
  return /^\d{9}$/.test(siret) ? at([3, 3, 3]) : siret;
}

/** A plain French number: 1607.5 → `1 607,5`. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '';
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${group(int ?? '0')}${frac ? `,${frac}` : ''}`;
}

// ---------------------------------------------------------------- parsing typed input

/**
 * A date as people type it: `05/10/2026`, `5/10/26`, `051026`, `05102026`, `5-10-2026`,
 * `5.10.2026` or ISO `2026-10-05`. Two-digit years are read as the nearest year that is not
 * more than 10 years in the future (in 2026: `36` → 2036, `37` → 1937).
 * Returns the ISO date, or null when the text is not a real calendar date.
 */
export function parseDate(text: string, today: Date = new Date()): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isIsoDate(t) ? t : null;
  const sep = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/.exec(t);
  const packed = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(t);
  const parts = sep ?? packed;
  if (!parts) return null;
  const d = Number(parts[1]);
  const m = Number(parts[2]);
  let y = Number(parts[3]);
  if (parts[3]!.length === 2) {
    const limit = today.getFullYear() + 10;
    y = 2000 + y <= limit ? 2000 + y : 1900 + y;
  }
  const out = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(out) ? out : null;
}

/**
 * Money as typed: `22,5`, `22,50 €`, `1 234,56`, `22.50`, `-3,10`. Returns integer cents, or
 * null when it is not an amount or has more than two decimals.
 */
export function parseMoney(text: string): number | null {
  const t = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€$/, '')
    .replace(/^€/, '');
  const m = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] === '-' ? -cents : cents;
}

/**
 * Hours as typed: `3`, `3,5`, `3.5`, `3h30`, `3 h 30`, `3h`, `3:30`, `0,25`. Returns integer
 * minutes (decimal hours rounded to the nearest minute, halves up), or null.
 */
export function parseHours(text: string): number | null {
  // Spaces inside a number are thousands separators (`1 607 h`): drop them first.
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/(\d)\s+(?=\d)/g, '$1');
  if (t === '') return null;
  const hm = /^(\d{1,5})\s*(?:h|:)\s*(\d{1,2})?\s*(?:min)?$/.exec(t);
  if (hm) {
    const h = Number(hm[1]);
    const mins = hm[2] === undefined ? 0 : Number(hm[2]);
    if (mins >= 60) return null;
    if (hm[2] !== undefined && hm[2].length === 1 && t.includes(':')) return null; // "3:5" is ambiguous
    return h * 60 + mins;
  }
  const dec = /^(\d{1,5})(?:[.,](\d{1,4}))?$/.exec(t.replace(/\s/g, ''));
  if (!dec) return null;
  const whole = Number(dec[1]);
  const frac = dec[2] ?? '';
  // Work in ten-thousandths of an hour so that the rounding is exact, not floating-point.
  const tenThousandths = whole * 10000 + Number(frac.padEnd(4, '0'));
  return Math.floor((tenThousandths * 60 + 5000) / 10000);
}
