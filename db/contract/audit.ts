// The journal of changes (domain §7): what was done, to what. Stored as these codes, in French
// like the rest of the office's data; the labels are for the screen that will show the journal.

export const AUDIT_ENTITIES = {
  salarie: 'Salarié',
  pass_iae: 'PASS IAE',
  diagnostic: "Diagnostic d'éligibilité",
  utilisateur: 'Utilisateur',
  adhesion: 'Adhésion',
  lieu_travail: 'Lieu de travail',
  mission: 'Mission',
  heures: 'Heures',
  mois: 'Mois',
  organisation: 'Organisation',
  regles: 'Règles des missions',
  parcours: 'Parcours',
  entretien: 'Entretien',
  frein: 'Frein',
  action_formation: 'Action ou formation',
  facture: 'Facture',
  avoir: 'Avoir',
  paiement: 'Paiement',
  facturation: 'Paramètres de facturation',
} as const;

export const AUDIT_ACTIONS = {
  création: 'Création',
  modification: 'Modification',
  statut: 'Changement de statut',
  archivage: 'Archivage',
  désarchivage: 'Désarchivage',
  suppression: 'Suppression',
  import: 'Import',
  saisie: 'Saisie',
  clôture: 'Clôture',
  réouverture: 'Réouverture',
  sortie: 'Sortie',
  préparation: 'Préparation',
  émission: 'Émission',
} as const;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;
export type AuditAction = keyof typeof AUDIT_ACTIONS;
