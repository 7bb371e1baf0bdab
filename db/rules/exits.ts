import { formatDate } from '../base/format';

// The end of a path (domain §5): the reason the person left, its category for the State and the
// board, and what an exit does to the worker's placements still open.

export const EXIT_CATEGORIES = [
  { code: 'emploi_durable', label: 'Emploi durable' },
  { code: 'emploi_transition', label: 'Emploi de transition' },
  { code: 'sortie_positive', label: 'Sortie positive' },
  { code: 'autre', label: 'Autre sortie' },
] as const;
export type ExitCategory = (typeof EXIT_CATEGORIES)[number]['code'];

/** The reasons of an exit, each in its category (domain §5). */
export const EXIT_REASONS = [
  { code: 'cdi', label: 'CDI', category: 'emploi_durable' },
  { code: 'cdd_6_mois_plus', label: 'CDD de 6 mois ou plus', category: 'emploi_durable' },
  { code: 'interim_6_mois_plus', label: 'Intérim de 6 mois ou plus', category: 'emploi_durable' },
  { code: 'titularisation', label: 'Titularisation dans la fonction publique', category: 'emploi_durable' },
  { code: 'creation_entreprise', label: "Création d'entreprise", category: 'emploi_durable' },
  { code: 'cdd_moins_6_mois', label: 'CDD de moins de 6 mois', category: 'emploi_transition' },
  { code: 'interim_moins_6_mois', label: 'Intérim de moins de 6 mois', category: 'emploi_transition' },
  { code: 'contrat_aide', label: 'Contrat aidé chez un employeur ordinaire', category: 'emploi_transition' },
  { code: 'formation_qualifiante', label: 'Formation qualifiante', category: 'sortie_positive' },
  { code: 'autre_siae', label: 'Embauche dans une autre SIAE', category: 'sortie_positive' },
  { code: 'recherche_emploi', label: "En recherche d'emploi", category: 'autre' },
  { code: 'inactivite', label: 'Inactivité', category: 'autre' },
  { code: 'sante', label: 'Raisons de santé', category: 'autre' },
  { code: 'demenagement', label: 'Déménagement', category: 'autre' },
  { code: 'retraite', label: 'Retraite', category: 'autre' },
  { code: 'sans_nouvelles', label: 'Sans nouvelles', category: 'autre' },
  { code: 'autre_motif', label: 'Autre motif', category: 'autre' },
] as const satisfies readonly { code: string; label: string; category: ExitCategory }[];
export type ExitReason = (typeof EXIT_REASONS)[number]['code'];

export function exitCategory(reason: ExitReason): ExitCategory {
  return EXIT_REASONS.find((r) => r.code === reason)!.category;
}

export function exitCategoryLabel(category: ExitCategory): string {
  return EXIT_CATEGORIES.find((c) => c.code === category)!.label;
}

/** « Sorties dynamiques » (domain §5): every category but « autre ». */
export function isDynamicExit(category: ExitCategory): boolean {
  return category !== 'autre';
}

/** A placement not finished yet: the statuses an exit ends. */
export const OPEN_PLACEMENT_STATUSES = ['prevue', 'en_cours'] as const;

export interface OpenPlacement {
  id: number;
  startDate: string;
  endDate: string;
  status: string;
}

export interface PlacementEnding {
  id: number;
  /** Ended on the exit day (`terminee`), or cancelled when it had not started by then (`annulee`). */
  status: 'terminee' | 'annulee';
  endDate: string;
}

/**
 * What an exit on `exitDate` does to the worker's placements: each open one ends on the exit day
 * at the latest; one that would only start after it is cancelled. Finished ones are left alone.
 */
export function placementsEndedByExit(placements: readonly OpenPlacement[], exitDate: string): PlacementEnding[] {
  return placements
    .filter((p) => (OPEN_PLACEMENT_STATUSES as readonly string[]).includes(p.status))
    .map((p) =>
      p.startDate > exitDate
        ? { id: p.id, status: 'annulee' as const, endDate: p.endDate }
        : { id: p.id, status: 'terminee' as const, endDate: p.endDate < exitDate ? p.endDate : exitDate },
    );
}

/**
 * What moving a recorded exit back to `exitDate` does to the placements the path held: none may
 * last past the exit, so each one ending after it ends on the exit day, or is cancelled when it
 * only started after it. Cancelled placements are left alone.
 */
export function placementsCutByEarlierExit(placements: readonly OpenPlacement[], exitDate: string): PlacementEnding[] {
  return placements
    .filter((p) => p.status !== 'annulee' && p.endDate > exitDate)
    .map((p) => (p.startDate > exitDate ? { id: p.id, status: 'annulee' as const, endDate: p.endDate } : { id: p.id, status: 'terminee' as const, endDate: exitDate }));
}

/**
 * Why an exit cannot be on `exitDate`, or null: not before the path began, nor before a day
 * the worker has hours on (they would lie after the exit), nor once the worker's next path has
 * begun (for a recorded exit corrected).
 */
export function exitDateProblem(exitDate: string, pathStart: string, lastWorkedDay: string | null, nextPathStart: string | null = null): string | null {
  if (exitDate < pathStart) return `La sortie ne peut pas précéder l'entrée en parcours (${formatDate(pathStart)}).`;
  if (nextPathStart !== null && exitDate >= nextPathStart) {
    return `Le parcours suivant commence le ${formatDate(nextPathStart)} : la sortie est avant ce jour.`;
  }
  if (lastWorkedDay !== null && exitDate < lastWorkedDay) {
    return `Des heures sont saisies jusqu'au ${formatDate(lastWorkedDay)} : la sortie ne peut pas être avant ce jour.`;
  }
  return null;
}

/**
 * Why a path's entry cannot be corrected to `startDate`, or null: not after its exit (a finished
 * path), nor on or before the previous path's exit, nor after the first day the worker has hours
 * on within the path (they would lie before the entry).
 */
export function startDateProblem(startDate: string, exitDate: string | null, firstWorkedDay: string | null, previousExit: string | null): string | null {
  if (exitDate !== null && startDate > exitDate) return `L'entrée ne peut pas suivre la sortie du parcours (${formatDate(exitDate)}).`;
  if (previousExit !== null && startDate <= previousExit) {
    return `Le parcours précédent se termine le ${formatDate(previousExit)} : l'entrée est après ce jour.`;
  }
  if (firstWorkedDay !== null && startDate > firstWorkedDay) {
    return `Des heures sont saisies dès le ${formatDate(firstWorkedDay)} : l'entrée ne peut pas être après ce jour.`;
  }
  return null;
}

/** Why a new path cannot start on `startDate` after a path that ended on `lastExit`, or null. */
export function newPathProblem(startDate: string, openPath: boolean, lastExit: string | null): string | null {
  if (openPath) return 'Un parcours est déjà en cours : enregistrez sa sortie avant d’en commencer un nouveau.';
  if (lastExit !== null && startDate <= lastExit) {
    return `Le nouveau parcours commence après la sortie du précédent (${formatDate(lastExit)}).`;
  }
  return null;
}
