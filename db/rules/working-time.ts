// Durée maximale du travail (domaine §3) : 10 heures par jour (L3121-18) et 48 heures sur une
// même semaine (L3121-20), toutes missions confondues — un salarié mis à disposition chez
// plusieurs utilisateurs ne peut pas cumuler au-delà.

import { formatDate, formatHours } from '../base/format';
import { addDays } from '../base/dates';
import { weekStart } from './holidays';
import type { CellIssue } from './issues';

export const MAX_DAY_MINUTES = 600;
export const MAX_WEEK_MINUTES = 2880;
/** Une journée compte 24 heures : au-delà, c'est une erreur de saisie. */
export const MINUTES_PER_DAY = 24 * 60;

export type WorkingTimeEntry = { placementId: number; day: string; minutes: number };

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

/**
 * Contrôle les maxima quotidien et hebdomadaire sur TOUTES les saisies d'un salarié dans la
 * période (l'appelant y met aussi les jours des semaines à cheval sur le mois, pris dans les
 * mois voisins). Chaque dépassement produit une violation bloquante par mission et par jour
 * concernés. Avec `daysToReport`, seuls ces jours-là sont signalés (par exemple les jours du
 * mois qu'on enregistre), mais tous les jours comptent dans les totaux.
 *
 * Résultat trié par jour puis par mission ; pour une même case, le maximum quotidien avant
 * l'hebdomadaire.
 */
export function checkWorkingTime(entries: readonly WorkingTimeEntry[], daysToReport?: ReadonlySet<string>): CellIssue[] {
  const byDay = new Map<string, number>();
  const byWeek = new Map<string, number>();
  for (const e of entries) {
    byDay.set(e.day, (byDay.get(e.day) ?? 0) + e.minutes);
    const week = weekStart(e.day);
    byWeek.set(week, (byWeek.get(week) ?? 0) + e.minutes);
  }

  const violations: CellIssue[] = [];
  const seen = new Set<string>();
  const push = (v: CellIssue) => {
    // Deux saisies de la même mission le même jour ne donnent qu'une violation.
    const key = `${v.code}|${v.placementId}|${v.day}`;
    if (seen.has(key)) return;
    seen.add(key);
    violations.push(v);
  };

  for (const e of entries) {
    if (daysToReport && !daysToReport.has(e.day)) continue;
    const dayTotal = byDay.get(e.day) ?? 0;
    if (dayTotal > MAX_DAY_MINUTES) {
      push({
        placementId: e.placementId,
        day: e.day,
        severity: 'blocking',
        code: 'duree_max_jour',
        message: `${formatHours(dayTotal)} le ${formatDate(e.day)} pour ce salarié, toutes missions confondues : ${formatHours(MAX_DAY_MINUTES)} par jour au maximum.`,
      });
    }
    const week = weekStart(e.day);
    const weekTotal = byWeek.get(week) ?? 0;
    if (weekTotal > MAX_WEEK_MINUTES) {
      push({
        placementId: e.placementId,
        day: e.day,
        severity: 'blocking',
        code: 'duree_max_semaine',
        message: `${formatHours(weekTotal)} la semaine du ${formatDate(week)} au ${formatDate(addDays(week, 6))} pour ce salarié, toutes missions confondues : ${formatHours(MAX_WEEK_MINUTES)} par semaine au maximum.`,
      });
    }
  }

  const codeOrder = (code: string) => (code === 'duree_max_jour' ? 0 : 1);
  return violations.sort(
    (a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || a.placementId - b.placementId || codeOrder(a.code) - codeOrder(b.code),
  );
}
