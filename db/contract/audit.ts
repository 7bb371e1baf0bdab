import { z } from 'zod';
import { call } from './define';
import { optionalDate } from './fields';
import { exportFormat, type ExportFile } from './exports';

// The journal of changes (domain §7): what was done, to what, by whom, with the changed fields'
// values before and after. Stored as these codes, in French like the rest of the office's data;
// the labels are for the journal's screen (Paramètres > Journal, direction only).

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
  compte: 'Compte',
  securite: 'Sécurité',
  journal: 'Journal des modifications',
  sauvegarde: 'Sauvegarde',
  import: 'Rapport d’import',
  mission_liste: 'Liste des missions',
  salarie_liste: 'Liste des salariés',
  utilisateur_liste: 'Liste des utilisateurs',
  etat_heures: 'État des heures (paie)',
  suivi_asp: 'Suivi mensuel ASP',
  journal_ventes: 'Journal des ventes',
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
  export: 'Export de données personnelles',
  impression: 'Impression de données personnelles',
  anonymisation: 'Anonymisation',
  connexion: 'Connexion',
  échec_connexion: 'Échec de connexion',
  blocage: 'Blocage après 5 échecs',
  déconnexion: 'Déconnexion',
  désactivation: 'Désactivation',
  réactivation: 'Réactivation',
  réinitialisation: 'Mot de passe réinitialisé',
  mot_de_passe: 'Mot de passe changé',
  restauration: 'Restauration d’une sauvegarde',
  sortie: 'Sortie',
  préparation: 'Préparation',
  émission: 'Émission',
} as const;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_PAGE = 200;

export const auditFilters = z.object({
  /** Who: an account. */
  actorId: z.number().int().positive().nullable().default(null),
  /** Which record: its kind, and its number when given. */
  entity: z.enum(Object.keys(AUDIT_ENTITIES) as [AuditEntity, ...AuditEntity[]], { error: 'Type de fiche inconnu.' }).nullable().default(null),
  entityId: z.string().trim().max(40).nullable().default(null),
  from: optionalDate,
  to: optionalDate,
  /** Entries before this id (the next page, newest first). */
  before: z.number().int().positive().nullable().default(null),
});
export type AuditFilters = z.input<typeof auditFilters>;
export type ParsedAuditFilters = z.output<typeof auditFilters>;

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  actorId: number | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | null;
  /** What the entry says besides the values (fields changed, counts, a reason…). */
  details: Record<string, unknown> | null;
  /** The changed fields' values before and after (null for a creation, a deletion). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  redacted: boolean;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** The id to ask `before` for the next page; null at the end. */
  next: number | null;
  /** The accounts that appear in the filter « Qui ». */
  actors: { id: number; name: string }[];
}

export const auditContract = {
  'audit.list': call<AuditPage>()(auditFilters, { write: false, permission: 'audit.read' }),
  /** The filtered journal as a file (this export is itself recorded). */
  'audit.export': call<ExportFile>()(z.object({ filters: auditFilters, format: exportFormat }), { write: false, permission: 'audit.read' }),
};
