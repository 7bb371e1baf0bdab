// Durée maximale du travail (domaine §3) : 10 heures par jour (L3121-18) et 48 heures sur une
// même semaine (L3121-20), toutes missions confondues — un salarié mis à disposition chez
// plusieurs utilisateurs ne peut pas cumuler au-delà.

import { formatDate, formatHours } from '../base/format';
import { addDays } from '../base/dates';
import { weekStart } from './holidays';

export const MAX_DAY_MINUTES = 600;
export const MAX_WEEK_MINUTES = 2880;
/** Une journée compte 24 heures : au-delà, c'est une erreur de saisie. */
export const MINUTES_PER_DAY = 24 * 60;

export type WorkingTimeEntry = { placementId: number; day: string; minutes: number };

/** The Monday of a day's week, remembered: the grid asks it for the same few days again and again. */
const mondays = new Map<string, string>();
function mondayOf(day: string): string {
  let monday = mondays.get(day);
  if (monday === undefined) {
    if (mondays.size > 10_000) mondays.clear();
    monday = weekStart(day);
    mondays.set(day, monday);
  }
  return monday;
}

/**
 * Contrôle une saisie isolée (une case de la grille) : un nombre entier de minutes, positif,
 * au plus 24 heures. Renvoie le message à afficher, ou null si la durée est acceptable.
 */
export function checkEntry(minutes: number): string | null {
  if (!Number.isFinite(minutes) || !Number.isInteger(minutes)) return 'Une durée se compte en minutes entières.';
  if (minutes <= 0) return 'Une durée doit être positive.';
  if (minutes > MINUTES_PER_DAY) return 'Plus de 24 heures dans une journée ? Vérifiez la saisie.';
  return null;
}

/** Un dépassement : un jour au-delà de 10 h, ou une semaine au-delà de 48 h. */
export interface WorkingTimeViolation {
  code: 'duree_max_jour' | 'duree_max_semaine';
  severity: 'blocking';
  message: string;
  /** Le jour, ou le lundi de la semaine. */
  period: string;
  total: number;
  /** Les saisies de la période qui sont à signaler (voir `daysToReport`), dans l'ordre des jours. */
  entries: WorkingTimeEntry[];
}

/**
 * Contrôle les maxima quotidien et hebdomadaire sur TOUTES les saisies d'un salarié dans la
 * période (l'appelant y met aussi les jours des semaines à cheval sur le mois, pris dans les
 * mois voisins). Un dépassement donne UNE violation : une par jour au-delà de 10 h, une par
 * semaine au-delà de 48 h, avec les saisies qui y prennent part. Avec `daysToReport`, seules
 * les périodes qui ont une saisie ces jours-là sont signalées, avec ces seules saisies (par
 * exemple les jours du mois qu'on enregistre), mais tous les jours comptent dans les totaux.
 *
 * Résultat trié par jour (le lundi pour une semaine), le jour avant la semaine qui le contient.
 */
export function workingTimeViolations(entries: readonly WorkingTimeEntry[], daysToReport?: ReadonlySet<string>): WorkingTimeViolation[] {
  const byDay = new Map<string, { total: number; entries: WorkingTimeEntry[] }>();
  const byWeek = new Map<string, { total: number; entries: WorkingTimeEntry[] }>();
  const add = (map: typeof byDay, key: string, e: WorkingTimeEntry) => {
    const group = map.get(key) ?? { total: 0, entries: [] };
    group.total += e.minutes;
    if (!daysToReport || daysToReport.has(e.day)) group.entries.push(e);
    map.set(key, group);
  };
  for (const e of entries) {
    add(byDay, e.day, e);
    add(byWeek, mondayOf(e.day), e);
  }

  const violations: WorkingTimeViolation[] = [];
  const byDayThenPlacement = (a: WorkingTimeEntry, b: WorkingTimeEntry) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.placementId - b.placementId);
  const limits = [
    { code: 'duree_max_jour', groups: byDay, max: MAX_DAY_MINUTES, when: (day: string) => `le ${formatDate(day)}`, per: 'par jour' },
    {
      code: 'duree_max_semaine',
      groups: byWeek,
      max: MAX_WEEK_MINUTES,
      when: (monday: string) => `la semaine du ${formatDate(monday)} au ${formatDate(addDays(monday, 6))}`,
      per: 'par semaine',
    },
  ] as const;
  for (const { code, groups, max, when, per } of limits) {
    for (const [period, g] of groups) {
      if (g.total <= max || g.entries.length === 0) continue;
      const message = `${formatHours(g.total)} ${when(period)}, toutes missions confondues : ${formatHours(max)} ${per} au maximum.`;
      violations.push({ code, severity: 'blocking', period, total: g.total, entries: g.entries.sort(byDayThenPlacement), message });
    }
  }
  // A week's Monday sorts with its first day; on the same date, the day comes first.
  const first = (v: WorkingTimeViolation) => (v.code === 'duree_max_jour' ? v.period : v.entries[0]!.day);
  return violations.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0) || (a.code === b.code ? 0 : a.code === 'duree_max_jour' ? -1 : 1));
}
