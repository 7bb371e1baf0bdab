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
import { addDays, addMonths } from '../base/dates';
import type { CellIssue } from './issues';

// Les jours sont des dates ISO valides (le contrat les vérifie) : leur ordre est celui des
// chaînes, comparées sans les relire — la grille refait ces calculs à chaque saisie.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const within = (day: string, start: string, end: string) => start <= day && day <= end;

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
 * Avec `after`, la suite d'une fenêtre déjà ouverte : les fenêtres qui la suivent, sans elle.
 * Les fenêtres qui s'ouvrent avant un jour ne dépendent que des dates d'avant ce jour : la
 * suite se calcule avec la dernière d'entre elles et les dates à partir du jour, sans relire
 * tout l'historique (ce que fait la grille des heures).
 */
export function counting480Windows(firstDates: readonly string[], after: Window480 | null = null): Window480[] {
  const dates = [...new Set(firstDates)].sort(cmp);
  const windows: Window480[] = after ? [after] : [];
  for (const date of dates) {
    const last = windows[windows.length - 1];
    if (last && date <= last.end) continue;
    windows.push({ start: date, end: window480End(date) });
  }
  return after ? windows.slice(1) : windows;
}

/** La fenêtre qui contient `day`, ou null (avant la première, ou entre deux fenêtres). */
export function windowOn(windows: readonly Window480[], day: string): Window480 | null {
  return windows.find((w) => within(day, w.start, w.end)) ?? null;
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
  for (const e of entries) if (within(e.day, window.start, window.end)) used += e.minutes;
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
  for (const e of entries) if (within(e.day, window.start, window.end)) used += e.minutes;
  return { window, usedMinutes: used, leftMinutes: Math.max(0, LIMIT_480_MINUTES - used) };
}

/** Le verdict d'un jour travaillé où le cumul atteint 400 h : alerte, dérogation ou refus. */
export interface Verdict480 {
  day: string;
  /** Le cumul de la période jusqu'à ce jour (compris). */
  total: number;
  /** La période dont le cumul compte ce jour-là (fenêtre, ou 24 mois glissants). */
  window: Window480;
  severity: 'blocking' | 'warning';
  code: 'heures_480_alerte' | 'heures_480_derogation' | 'heures_480_depassees';
  message: string;
  /** La dérogation qui couvre le jour (code `heures_480_derogation`). */
  waiver: Waiver480 | null;
  /** Les saisies du jour. */
  entries: CountingPlacementEntry[];
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
 * Une violation par mission et par jour (`verdicts480` : un verdict par jour).
 */
export function check480(
  entries: readonly CountingPlacementEntry[],
  windows: readonly Window480[],
  waivers: readonly Waiver480[],
  reportDays?: ReadonlySet<string>,
): CellIssue[] {
  return cellIssues(verdicts480('fenetre', entries, windows, waivers, reportDays));
}

/**
 * Le même contrôle en mode `glissante` : pour chaque jour travaillé, le cumul porte sur les 24
 * mois qui se terminent ce jour-là (`rolling480Window`). Mêmes alertes, refus et dérogations.
 */
export function check480Rolling(entries: readonly CountingPlacementEntry[], waivers: readonly Waiver480[], reportDays?: ReadonlySet<string>): CellIssue[] {
  return cellIssues(verdicts480('glissante', entries, [], waivers, reportDays));
}

/** `check480` ou `check480Rolling` selon le réglage (`windows` ne sert qu'en mode `fenetre`). */
export function check480ByMode(
  mode: Mode480,
  entries: readonly CountingPlacementEntry[],
  windows: readonly Window480[],
  waivers: readonly Waiver480[],
  reportDays?: ReadonlySet<string>,
): CellIssue[] {
  return cellIssues(verdicts480(mode, entries, windows, waivers, reportDays));
}

/** Ce que dit une période de 24 mois : `fenêtre du … au …` ou `24 mois glissants du … au …`. */
export function window480Label(mode: Mode480, w: Window480): string {
  return `${mode === 'glissante' ? '24 mois glissants' : 'fenêtre'} du ${formatDate(w.start)} au ${formatDate(w.end)}`;
}

function cellIssues(verdicts: readonly Verdict480[]): CellIssue[] {
  const out: CellIssue[] = [];
  for (const { day, severity, code, message, entries } of verdicts) {
    const placements = new Set<number>();
    for (const e of entries) {
      if (placements.has(e.placementId)) continue;
      placements.add(e.placementId);
      out.push({ placementId: e.placementId, day, severity, code, message });
    }
  }
  return out;
}

/**
 * Le contrôle commun, un verdict par jour travaillé où le cumul atteint 400 h. La période dont
 * le cumul compte : la fenêtre qui contient le jour en mode `fenetre` (aucune : jour non
 * contrôlé), les 24 mois qui finissent ce jour-là en mode `glissante` ; le cumul va du début de
 * cette période au jour.
 */
export function verdicts480(
  mode: Mode480,
  entries: readonly CountingPlacementEntry[],
  windows: readonly Window480[],
  waivers: readonly Waiver480[],
  reportDays?: ReadonlySet<string>,
): Verdict480[] {
  const windowOf = mode === 'glissante' ? rolling480Window : (day: string) => windowOn(windows, day);
  const sortedWaivers = [...waivers].sort((a, b) => cmp(a.start, b.start));
  const sorted = [...entries].sort((a, b) => cmp(a.day, b.day) || a.placementId - b.placementId);

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
      if (days[mid]!.day < start) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : days[lo - 1]!.upTo;
  };

  const verdicts: Verdict480[] = [];
  for (const { day, entries: sameDay, upTo } of days) {
    if (reportDays && !reportDays.has(day)) continue;
    const window = windowOf(day);
    if (!window) continue;
    const total = upTo - before(window.start);
    if (total < WARN_480_MINUTES) continue;

    const used = `${formatHours(total)} sur ${formatHours(LIMIT_480_MINUTES)} utilisées (${window480Label(mode, window)})`;
    const base = { day, total, window, entries: sameDay };
    if (total <= LIMIT_480_MINUTES) {
      verdicts.push({ ...base, severity: 'warning', code: 'heures_480_alerte', waiver: null, message: `${used}.` });
      continue;
    }
    const waiver = sortedWaivers.find((w) => within(day, w.start, w.end));
    if (waiver) {
      verdicts.push({
        ...base,
        severity: 'warning',
        code: 'heures_480_derogation',
        waiver,
        message: `${used} : au-delà de ${formatHours(LIMIT_480_MINUTES)}, couvert par la dérogation ${waiver.reference}.`,
      });
    } else {
      verdicts.push({
        ...base,
        severity: 'blocking',
        code: 'heures_480_depassees',
        waiver: null,
        message: `${used} le ${formatDate(day)} : au-delà de ${formatHours(LIMIT_480_MINUTES)} sur 24 mois chez des entreprises, il faut une dérogation préfectorale en cours de validité.`,
      });
    }
  }
  return verdicts;
}
