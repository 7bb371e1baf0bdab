import type { Choice } from './reference';

// The journal of changes (domain §7): what was done, to what. Stored as these codes, in French
// like the rest of the office's data; the labels are for the screen that will show the journal.

export const AUDIT_ENTITIES = [
  { code: 'salarie', label: 'Salarié' },
  { code: 'pass_iae', label: 'PASS IAE' },
  { code: 'diagnostic', label: "Diagnostic d'éligibilité" },
  { code: 'utilisateur', label: 'Utilisateur' },
  { code: 'adhesion', label: 'Adhésion' },
  { code: 'lieu_travail', label: 'Lieu de travail' },
  { code: 'mission', label: 'Mission' },
  { code: 'heures', label: 'Heures' },
  { code: 'mois', label: 'Mois' },
  { code: 'organisation', label: 'Organisation' },
  { code: 'regles', label: 'Règles des missions' },
] as const satisfies readonly Choice[];

export const AUDIT_ACTIONS = [
  { code: 'création', label: 'Création' },
  { code: 'modification', label: 'Modification' },
  { code: 'statut', label: 'Changement de statut' },
  { code: 'archivage', label: 'Archivage' },
  { code: 'désarchivage', label: 'Désarchivage' },
  { code: 'suppression', label: 'Suppression' },
  { code: 'import', label: 'Import' },
  { code: 'saisie', label: 'Saisie' },
  { code: 'clôture', label: 'Clôture' },
  { code: 'réouverture', label: 'Réouverture' },
] as const satisfies readonly Choice[];

export type AuditEntity = (typeof AUDIT_ENTITIES)[number]['code'];
export type AuditAction = (typeof AUDIT_ACTIONS)[number]['code'];
