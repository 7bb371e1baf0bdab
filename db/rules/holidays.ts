// Calendrier : jours fériés de métropole, semaines ISO (du lundi au dimanche).
// Pas d'Alsace-Moselle (Vendredi saint, 26 décembre) : l'association est en métropole hors
// régime local. Pas de dépendance ni de module Node : ce module tourne aussi dans le navigateur.

import { addDays, daysBetween, isIsoDate } from '../base/dates';

/**
 * Dimanche de Pâques de l'année `year` (calendrier grégorien), par l'algorithme anonyme
 * (Meeus/Jones/Butcher).
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Année invalide : ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type PublicHoliday = { date: string; name: string };

/** Les 11 jours fériés de métropole de l'année `year`, dans l'ordre des dates. */
export function publicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (md: string, name: string): PublicHoliday => ({ date: `${year}-${md}`, name });
  const list: PublicHoliday[] = [
    fixed('01-01', "Jour de l'an"),
    { date: addDays(easter, 1), name: 'Lundi de Pâques' },
    fixed('05-01', 'Fête du travail'),
    fixed('05-08', 'Victoire 1945'),
    { date: addDays(easter, 39), name: 'Ascension' },
    { date: addDays(easter, 50), name: 'Lundi de Pentecôte' },
    fixed('07-14', 'Fête nationale'),
    fixed('08-15', 'Assomption'),
    fixed('11-01', 'Toussaint'),
    fixed('11-11', 'Armistice'),
    fixed('12-25', 'Noël'),
  ];
  // L'Ascension peut tomber le 1er ou le 8 mai : deux jours fériés le même jour, on garde les deux
  // noms, mais l'ordre reste celui des dates.
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<number, PublicHoliday[]>();

function holidaysOf(year: number): PublicHoliday[] {
  let list = cache.get(year);
  if (!list) {
    list = publicHolidays(year);
    cache.set(year, list);
  }
  return list;
}

/** Nom du jour férié tombant le `date` (« Ascension »…), ou null. Deux fêtes le même jour : « A et B ». */
export function holidayName(date: string): string | null {
  if (!isIsoDate(date)) throw new RangeError(`Date ISO invalide : « ${date} »`);
  const names = holidaysOf(Number(date.slice(0, 4)))
    .filter((h) => h.date === date)
    .map((h) => h.name);
  return names.length === 0 ? null : names.join(' et ');
}

// Un lundi de référence : le jour de la semaine se déduit de l'écart en jours.
const A_MONDAY = '2024-01-01';

/** Jour de la semaine ISO : 1 = lundi … 7 = dimanche. */
export function isoWeekday(date: string): number {
  const offset = daysBetween(A_MONDAY, date) % 7;
  return ((offset + 7) % 7) + 1;
}

/** Vrai le samedi et le dimanche. */
export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** Le lundi de la semaine (ISO, du lundi au dimanche) qui contient `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}
