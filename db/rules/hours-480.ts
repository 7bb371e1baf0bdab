// Les 480 heures sur 24 mois (domaine §3, L5132-9 et R5132-18) : les heures d'un salarié mis à
// disposition d'entreprises (une ou plusieurs) ne peuvent dépasser 480 heures sur 24 mois. Seuls
// les utilisateurs qui « comptent dans les 480 h » sont concernés (entreprises, ESH…) :
// l'appelant ne passe que les dates et les heures de ceux-là. Alerte à partir de 400 h, refus
// au-delà de 480 h sauf dérogation préfectorale couvrant le jour travaillé.
//
// La façon de compter les 24 mois est à vérifier (domaine §3) : c'est un réglage (`Mode480`).
// - `fenetre` (par défaut) : une période de 24 mois s'ouvre à la première mission ou heure qui
//   compte ; une fois finie, la suivante s'ouvre à la première date qui compte après sa fin
//   (`counting480Windows`, `check480`, `usage480`) ;
// - `glissante` : chaque jour, les heures des 24 mois qui se terminent ce jour-là (jour compris)
//   ne dépassent pas 480 h (`rolling480Window`, `check480Rolling`, `usage480Rolling`).

import { formatDate, formatHours } from '../base/format';
import { addDays, addMonths, compareIso, isBetween } from '../base/dates';
import type { CellIssue } from './issues';

export const LIMIT_480_MINUTES = 480 * 60;
export const WARN_480_MINUTES = 400 * 60;

/** Une fenêtre de 24 mois, bornes comprises. */
export type Window480 = { start: string; end: string };

/** Une dérogation préfectorale : référence de l'arrêté et période couverte, bornes comprises. */
export type Waiver480 = { start: string; end: string; reference: string };

/** Comment compter les 24 mois (réglage, « à vérifier ») : voir l'en-tête du fichier. */
export type Mode480 = 'fenetre' | 'glissante';

export type CountingEntry = { day: string; minutes: number };
export type CountingPlacementEntry = CountingEntry & { placementId: number };

/** Dernier jour d'une fenêtre ouverte le `start` : la veille de la même date 24 mois plus tard. */
export function window480End(start: string): string {
  // 24 mois après un 29 février, la « même date » est le 28 février (addMonths s'arrête au
  // dernier jour du mois) : la fenêtre finit alors le 27, soit 730 jours comme les autres.
  return addDays(addMonths(start, 24), -1);
}

/**
 * Les fenêtres successives de 24 mois. `firstDates` : les dates qui peuvent ouvrir une fenêtre,
 * c'est-à-dire les débuts des missions chez des utilisateurs qui comptent ET les jours où des
 * heures qui comptent ont été faites (dans n'importe quel ordre, doublons admis). La première
 * fenêtre s'ouvre à la plus ancienne ; une fois finie, la suivante s'ouvre à la première de
 * ces dates postérieure à sa fin, et ainsi de suite. Fenêtres dans l'ordre chronologique.
 */
export function counting480Windows(firstDates: readonly string[]): Window480[] {
  const dates = [...new Set(firstDates)].sort(compareIso);
  const windows: Window480[] = [];
  for (const date of dates) {
    const last = windows[windows.length - 1];
    if (last && compareIso(date, last.end) <= 0) continue;
    windows.push({ start: date, end: window480End(date) });
  }
  return windows;
}

/** La fenêtre qui contient `day`, ou null (avant la première, ou entre deux fenêtres). */
export function windowOn(windows: readonly Window480[], day: string): Window480 | null {
  return windows.find((w) => isBetween(day, w.start, w.end)) ?? null;
}

export type Usage480 = { window: Window480 | null; usedMinutes: number; leftMinutes: number };

/**
 * Heures utilisées et restantes dans la fenêtre qui contient `day` (`entries` : les seules
 * saisies qui comptent). Hors de toute fenêtre, rien n'est utilisé : une mission qui
 * commencerait ce jour-là ouvrirait une nouvelle fenêtre avec 480 h disponibles.
 * `leftMinutes` ne descend pas sous 0.
 */
export function usage480(entries: readonly CountingEntry[], windows: readonly Window480[], day: string): Usage480 {
  const window = windowOn(windows, day);
  if (!window) return { window: null, usedMinutes: 0, leftMinutes: LIMIT_480_MINUTES };
  let used = 0;
  for (const e of entries) if (isBetween(e.day, window.start, window.end)) used += e.minutes;
  return { window, usedMinutes: used, leftMinutes: Math.max(0, LIMIT_480_MINUTES - used) };
}


/** Les 24 mois glissants qui se terminent le `day` (jour compris) : du lendemain du même jour 24 mois plus tôt au `day`. */
export function rolling480Window(day: string): Window480 {
  return { start: addDays(addMonths(day, -24), 1), end: day };
}

/** Heures utilisées et restantes sur les 24 mois glissants qui se terminent le `day`. */
export function usage480Rolling(entries: readonly CountingEntry[], day: string): Usage480 & { window: Window480 } {
  const window = rolling480Window(day);
  let used = 0;
  for (const e of entries) if (isBetween(e.day, window.start, window.end)) used += e.minutes;
  return { window, usedMinutes: used, leftMinutes: Math.max(0, LIMIT_480_MINUTES - used) };
}

/**
 * Contrôle le plafond sur toutes les saisies qui comptent, telles qu'elles seraient après la
 * modification, en mode `fenetre`. Pour chaque jour travaillé d'une fenêtre, le cumul va du
 * début de la fenêtre à ce jour (compris) :
 * - un jour où le cumul dépasse 480 h (donc aussi chaque jour travaillé suivant de la fenêtre)
 *   est BLOQUANT pour toutes ses saisies, sauf si une dérogation couvre ce jour (alors simple
 *   alerte qui cite la dérogation) ;
 * - un jour où le cumul atteint 400 h sans dépasser 480 h donne une ALERTE sur ses saisies.
 * Le cumul se compte par jour, pas par saisie : plusieurs missions le même jour sont toutes
 * signalées, quel que soit leur ordre. Les saisies hors de toute fenêtre ne sont pas contrôlées :
 * les fenêtres doivent avoir été calculées avec leurs jours (`counting480Windows`).
 * Avec `reportDays`, seuls ces jours-là sont signalés ; tous comptent dans le cumul.
 */
export function check480(
  entries: readonly CountingPlacementEntry[],
  windows: readonly Window480[],
  waivers: readonly Waiver480[],
  reportDays?: ReadonlySet<string>,
): CellIssue[] {
  return checkDays(entries, (day) => windowOn(windows, day), (w) => `fenêtre du ${formatDate(w.start)} au ${formatDate(w.end)}`, waivers, reportDays);
}

/**
 * Le même contrôle en mode `glissante` : pour chaque jour travaillé, le cumul porte sur les 24
 * mois qui se terminent ce jour-là (`rolling480Window`). Mêmes alertes, refus et dérogations.
 */
export function check480Rolling(entries: readonly CountingPlacementEntry[], waivers: readonly Waiver480[], reportDays?: ReadonlySet<string>): CellIssue[] {
  return checkDays(entries, rolling480Window, (w) => `24 mois glissants du ${formatDate(w.start)} au ${formatDate(w.end)}`, waivers, reportDays);
}

/** `check480` ou `check480Rolling` selon le réglage (`windows` ne sert qu'en mode `fenetre`). */
export function check480ByMode(
  mode: Mode480,
  entries: readonly CountingPlacementEntry[],
  windows: readonly Window480[],
  waivers: readonly Waiver480[],
  reportDays?: ReadonlySet<string>,
): CellIssue[] {
  return mode === 'glissante' ? check480Rolling(entries, waivers, reportDays) : check480(entries, windows, waivers, reportDays);
}

/**
 * Le contrôle commun : pour chaque jour travaillé, `windowOf(jour)` donne la période dont le
 * cumul compte (null : jour non contrôlé), et le cumul va du début de cette période au jour.
 */
function checkDays(
  entries: readonly CountingPlacementEntry[],
  windowOf: (day: string) => Window480 | null,
  label: (w: Window480) => string,
  waivers: readonly Waiver480[],
  reportDays?: ReadonlySet<string>,
): CellIssue[] {
  const sortedWaivers = [...waivers].sort((a, b) => compareIso(a.start, b.start));
  const sorted = [...entries].sort((a, b) => compareIso(a.day, b.day) || a.placementId - b.placementId);

  // The worked days in order, each with its entries and the running total up to it (included).
  const days: { day: string; entries: CountingPlacementEntry[]; upTo: number }[] = [];
  let running = 0;
  for (const e of sorted) {
    running += e.minutes;
    const last = days[days.length - 1];
    if (last?.day === e.day) {
      last.entries.push(e);
      last.upTo = running;
    } else days.push({ day: e.day, entries: [e], upTo: running });
  }
  /** The running total just before `start`: what precedes the first worked day on or after it. */
  const before = (start: string): number => {
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareIso(days[mid]!.day, start) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : days[lo - 1]!.upTo;
  };

  const violations: CellIssue[] = [];
  for (const { day, entries: sameDay, upTo } of days) {
    if (reportDays && !reportDays.has(day)) continue;
    const window = windowOf(day);
    if (!window) continue;
    const total = upTo - before(window.start);
    if (total < WARN_480_MINUTES) continue;

    const used = `${formatHours(total)} sur ${formatHours(LIMIT_480_MINUTES)} utilisées (${label(window)})`;
    let severity: CellIssue['severity'];
    let code: string;
    let message: string;
    if (total <= LIMIT_480_MINUTES) {
      severity = 'warning';
      code = 'heures_480_alerte';
      message = `${used}.`;
    } else {
      const waiver = sortedWaivers.find((w) => isBetween(day, w.start, w.end));
      if (waiver) {
        severity = 'warning';
        code = 'heures_480_derogation';
        message = `${used} : au-delà de ${formatHours(LIMIT_480_MINUTES)}, couvert par la dérogation ${waiver.reference}.`;
      } else {
        severity = 'blocking';
        code = 'heures_480_depassees';
        message = `${used} le ${formatDate(day)} : au-delà de ${formatHours(LIMIT_480_MINUTES)} sur 24 mois chez des entreprises, il faut une dérogation préfectorale en cours de validité.`;
      }
    }
    const placements = new Set<number>();
    for (const e of sameDay) {
      if (placements.has(e.placementId)) continue;
      placements.add(e.placementId);
      violations.push({ placementId: e.placementId, day, severity, code, message });
    }
  }
  return violations;
}
