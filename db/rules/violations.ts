// Ce que les contrôles de saisie des heures renvoient (durée du travail, 480 heures) : un
// problème rattaché à une case de la grille (une mission, un jour), bloquant ou simple alerte,
// avec un code stable pour l'écran et un message en français pour l'utilisateur.

export type ViolationSeverity = 'blocking' | 'warning';

export interface Violation {
  placementId: number;
  day: string;
  severity: ViolationSeverity;
  code: string;
  message: string;
}
