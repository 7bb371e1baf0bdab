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
import { searchKey } from './search';

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

/** The name of a month (1–12): `janvier`… `décembre`. */
export function monthName(m: number): string {
  return MONTH_NAMES[m - 1] ?? '';
}

const WEEKDAY_SHORT = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];

/** A day with its weekday, as a timesheet shows it: `2026-03-02` → `lun. 02/03/2026` (a no-break space: never cut). */
export function formatDayWithWeekday(iso: string | null | undefined): string {
  const date = formatDate(iso);
  if (!date) return '';
  const [y, m, d] = iso!.split('-').map(Number) as [number, number, number];
  return `${WEEKDAY_SHORT[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}${NBSP}${date}`;
}

// ---------------------------------------------------------------- French elision

/**
 * Words that start with an aspirated h: « de » stays whole before them (« de hangar », « de
 * Hollande »). Every other h is taken as mute (« d'heures », « d'Hélène »), as most are.
 */
const H_ASPIRE = new Set([
  'haie', 'haine', 'hall', 'halte', 'hameau', 'hamac', 'hanche', 'handicap', 'hangar', 'harcelement', 'haricot', 'hasard',
  'hausse', 'haut', 'haute', 'hauteur', 'hautes', 'hauts', 'hernie', 'heros', 'hetre', 'hibou', 'hierarchie', 'hollande',
  'homard', 'hongrie', 'honte', 'hors', 'housse', 'hublot', 'huit', 'hurlement', 'hutte',
]);

/**
 * True when « de » (or « le », « que »…) is elided before `word`: it starts with a vowel, a mute
 * h, or a y before a consonant (« d'Yves », but « de yaourt »). Accents and case do not matter
 * (« d'Éric », « d'ARNAUD »); a word starting with a digit or a symbol is never elided.
 */
export function elides(word: string): boolean {
  const w = word
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (/^[aeiouœæ]/.test(w)) return true;
  if (w.startsWith('y')) return /^y[^aeiouy]/.test(w);
  if (w.startsWith('h')) return !H_ASPIRE.has(/^[a-z]+/.exec(w)?.[0] ?? '');
  return false;
}

/** « de » before a word, elided when French elides it: `de(« Lyon »)` → `de Lyon`, `de(« octobre »)` → `d'octobre`. */
export function de(word: string): string {
  return elides(word) ? `d'${word.trim()}` : `de ${word.trim()}`;
}

/** « de » and a month `2026-10`: `d'octobre 2026`, `de novembre 2026` (« le mois d'octobre 2026 »). */
export function deMonth(month: string): string {
  return de(formatMonth(month));
}

/** An address on one line: `12 rue des Lilas, Bât. B, 69001 LYON` (empty parts left out, the town as La Poste writes it). */
export function formatAddress(a: {
  addressLine1: string | null;
  addressLine2?: string | null;
  postalCode: string | null;
  city: string | null;
}): string {
  return [a.addressLine1, a.addressLine2, formatTownLine(a.postalCode, a.city)].filter(Boolean).join(', ');
}

/** `69001 LYON`: the postcode and the town, as the last line of an address (empty parts left out). */
export function formatTownLine(postalCode: string | null | undefined, city: string | null | undefined): string {
  return [postalCode, formatCity(city)].filter(Boolean).join(' ');
}

// ---------------------------------------------------------------- identifiers and towns
// Stored plain (a NIR's 15 characters, a SIRET's 14 digits, a phone already in its one form),
// shown grouped the way the paper they come from groups them. Anything that does not have the
// expected shape is shown as it is.

/** Groups `text` by the sizes given: `groups('123456', [3, 3])` → `123 456`. */
function groups(text: string, sizes: readonly number[]): string {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(text.slice(at, at + size));
    at += size;
  }
  return out.join(' ');
}

/** A NIR as on the carte Vitale: `290037511204502` → `2 90 03 75 112 045 02` (2A/2B kept). */
export function formatNir(nir: string | null | undefined): string {
  if (!nir) return '';
  return /^[0-9]{5}[0-9AB]{2}[0-9]{8}$/.test(nir) ? groups(nir, [1, 2, 2, 2, 3, 3, 2]) : nir;
}

/** A SIRET as INSEE prints it: `12345678900012` → `123 456 789 00012`; a SIREN `123 456 789`. */
export function formatSiret(siret: string | null | undefined): string {
  if (!siret) return '';
  if (/^\d{14}$/.test(siret)) return groups(siret, [3, 3, 3, 5]);
  return /^\d{9}$/.test(siret) ? groups(siret, [3, 3, 3]) : siret;
}

/** A PASS IAE number as the State platform shows it: `999992612345` → `99999 26 12345`. */
export function formatPassNumber(pass: string | null | undefined): string {
  if (!pass) return '';
  return /^[0-9A-Z]{12}$/.test(pass) ? groups(pass, [5, 2, 5]) : pass;
}

/**
 * A town as La Poste writes the last line of an address (norme NF Z10-011): capitals, no
 * accents, no punctuation: `Saint-Étienne` → `SAINT ETIENNE`, `L'Haÿ-les-Roses` → `L HAY LES ROSES`.
 */
export function formatCity(city: string | null | undefined): string {
  if (!city) return '';
  return city
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A phone number in its one form, from what people type or paste: a French number as
 * `06 12 34 56 78` (from `0612345678`, `06.12.34.56.78`, `06-12-34-56-78`); an international
 * one kept international: `+33 6 12 34 56 78` (from `+33612345678`, `0033 6…`, `+33 (0)6…`),
 * `+32 2 123 45 67` (a foreign number keeps the grouping it was typed with). Null when it is
 * not a phone number (letters, too few or too many digits, 9 digits without their 0).
 */
export function parsePhone(text: string): string | null {
  const t = text.trim().replace(/\(0\)/g, ' ');
  if (!/^(\+|00)?[\d\s\u00a0\u202f.\-/()]+$/.test(t)) return null;
  const international = t.startsWith('+') || t.startsWith('00');
  const digits = t.replace(/\D/g, '').replace(/^00/, '');
  if (!international) return /^0[1-9]\d{8}$/.test(digits) ? groups(digits, [2, 2, 2, 2, 2]) : null;
  if (digits.startsWith('33')) return /^330?[1-9]\d{8}$/.test(digits) ? `+33 ${groups(digits.slice(-9), [1, 2, 2, 2, 2])}` : null;
  // E.164: a country code and at most 15 digits in all.
  if (!/^[1-9]\d{7,14}$/.test(digits)) return null;
  const typed = t.replace(/^(\+|00)/, '').replace(/[\s\u00a0\u202f.\-/()]+/g, ' ').trim();
  return `+${typed}`;
}

/** A stored phone as shown: its one form (parsePhone), or as it is when it cannot be read. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  return parsePhone(phone) ?? phone;
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

/** A two-digit year read as the nearest year that is not more than 10 years in the future. */
function fullYear(yy: number, today: Date): number {
  return 2000 + yy <= today.getFullYear() + 10 ? 2000 + yy : 1900 + yy;
}

/**
 * A date as people type it: `05/10/2026`, `5/10/26`, `051026`, `05102026`, `5-10-2026`,
 * `5.10.2026` or ISO `2026-10-05`. Two-digit years are read as the nearest year that is not
 * more than 10 years in the future (in 2026: `36` → 2036, `37` → 1937).
 * Returns the ISO date, or null when the text is not a real calendar date.
 */
export function parseDate(text: string, today: Date = new Date()): string | null {
  const read = readDate(text, today);
  return read.ok ? read.iso : null;
}

/**
 * parseDate, saying why a text is not a date: `format` when it is not written as a date,
 * `calendar` when it is but the day does not exist (`31/02/1990`, `29/02/2027`).
 */
export function readDate(text: string, today: Date = new Date()): { ok: true; iso: string } | { ok: false; problem: 'format' | 'calendar' } {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const sep = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/.exec(t);
  const packed = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(t);
  const parts = iso ? [iso[0], iso[3], iso[2], iso[1]] : (sep ?? packed);
  if (!parts) return { ok: false, problem: 'format' };
  const d = Number(parts[1]);
  const m = Number(parts[2]);
  const y = parts[3]!.length === 2 ? fullYear(Number(parts[3]), today) : Number(parts[3]);
  const out = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (isIsoDate(out)) return { ok: true, iso: out };
  // A month or day out of any calendar (13/45/2026) is a typing error; 31/02 a day that does not exist.
  return { ok: false, problem: m >= 1 && m <= 12 && d >= 1 && d <= 31 ? 'calendar' : 'format' };
}

/** A whole number written in decimal (`42`, `-3`, ` 120 `); null for anything else (`0x10`, `1e3`, `4,5`). */
export function parseInteger(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?\d{1,15}$/.test(t)) return null;
  return Number(t);
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

/**
 * A month as people type it: `11/2026`, `11/26`, `11-2026`, `112026`, `2026-11`, `novembre 2026`,
 * `nov. 2026`, `Fevrier 27` (accents and case optional, a name shortened to its first letters
 * when they name one month only). A month name alone is taken in `year`. Two-digit years are
 * read as in parseDate. Returns `AAAA-MM`, or null.
 */
export function parseMonth(text: string, year: number = new Date().getFullYear(), today: Date = new Date()): string | null {
  const t = searchKey(text);
  if (t === '') return null;
  const out = (y: number, m: number) => (m >= 1 && m <= 12 && y >= 1000 && y <= 9999 ? `${y}-${String(m).padStart(2, '0')}` : null);
  const yearOf = (digits: string) => (digits.length === 2 ? fullYear(Number(digits), today) : Number(digits));
  const iso = /^(\d{4}) (\d{1,2})$/.exec(t);
  if (iso) return out(Number(iso[1]), Number(iso[2]));
  const numeric = /^(\d{1,2}) (\d{2}|\d{4})$/.exec(t) ?? /^(\d{2})(\d{2}|\d{4})$/.exec(t);
  if (numeric) return out(yearOf(numeric[2]!), Number(numeric[1]));
  const named = /^([a-z]+)(?: (\d{2}|\d{4}))?$/.exec(t);
  if (!named) return null;
  const keys = MONTH_NAMES.map((n) => searchKey(n));
  const word = named[1]!;
  const exact = keys.indexOf(word);
  const matches = exact >= 0 ? [exact] : word.length >= 3 ? keys.flatMap((k, i) => (k.startsWith(word) ? [i] : [])) : [];
  if (matches.length !== 1) return null;
  return out(named[2] ? yearOf(named[2]) : year, matches[0]! + 1);
}
