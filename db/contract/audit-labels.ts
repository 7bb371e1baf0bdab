import type { AuditEntity } from './audit';
import { ACCOUNT_LABELS, SECURITY_LABELS } from './accounts';
import { CLIENT_FIELDS } from './client-fields';
import { WORK_ADDRESS_LABELS } from './clients';
import { fieldLabels } from './field-spec';
import { PLACEMENT_LABELS } from './placements';
import { RULE_SETTINGS_LABELS } from './rule-settings';
import { ORGANISATION_LABELS } from './settings';
import { WORKER_FIELDS } from './worker-fields';
import { PASS_LABELS } from './workers';

// The journal's values name the fields as stored (`birthName`); its screen says them as the
// forms do (« Nom de naissance »), from the same labels.

const LABELS: Partial<Record<AuditEntity, Readonly<Record<string, string>>>> = {
  salarie: { ...fieldLabels(WORKER_FIELDS), archivedAt: 'Archivé le', referentAccountId: 'Compte du référent' },
  utilisateur: { ...fieldLabels(CLIENT_FIELDS), archivedAt: 'Archivé le' },
  lieu_travail: WORK_ADDRESS_LABELS,
  mission: { ...PLACEMENT_LABELS, status: 'Statut' },
  pass_iae: PASS_LABELS,
  organisation: ORGANISATION_LABELS,
  regles: RULE_SETTINGS_LABELS,
  compte: { ...ACCOUNT_LABELS, disabledAt: 'Désactivé le' },
  securite: SECURITY_LABELS,
};

export function auditFieldLabel(entity: AuditEntity, key: string): string {
  return LABELS[entity]?.[key] ?? key;
}
