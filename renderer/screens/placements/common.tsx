import type { ReactNode } from 'react';
import type { PlacementStatus } from '../../../db/contract/placements';
import type { RuleIssue } from '../../../db/contract/result';
import { PLACEMENT_STATUSES } from '../../../db/contract/placements';
import { labelOf } from '../../../db/contract/reference';
import { formatNumber } from '../../../db/base/format';
import { Badge, type Tone } from '../../components/Badge';

// Pieces shared by the placement screens: the status badge, the field labels, and the banners
// that show what the rules say (blocking problems in red, warnings in amber).

const STATUS_TONE: Record<PlacementStatus, Tone> = {
  prevue: 'info',
  en_cours: 'ok',
  terminee: 'neutral',
  annulee: 'danger',
};

export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{labelOf(PLACEMENT_STATUSES, status)}</Badge>;
}

export const PLACEMENT_LABELS: Record<string, string> = {
  workerId: 'Salarié',
  clientId: 'Utilisateur',
  workAddressId: 'Lieu de travail',
  taskKind: 'Tâche',
  taskDetail: 'Précision sur la tâche',
  startDate: 'Début',
  endDate: 'Fin',
  plannedMinutes: 'Heures prévues',
  billedRateCents: 'Taux horaire facturé',
  wageRateCents: 'Salaire horaire',
  ppeNeeded: 'EPI nécessaires',
  ppeSuppliedBy: 'Fournis par',
  status: 'Statut',
  notes: 'Notes',
  exposesForbiddenWork: 'Travaux interdits',
};

/** "1 mission", "12 missions". */
export function missionsCount(n: number): string {
  return `${formatNumber(n)} mission${n > 1 ? 's' : ''}`;
}

/** The rules' verdict: one red banner for what blocks, one amber banner for what warns. */
export function IssueBanners({ issues, blockingLead, warningLead }: { issues: RuleIssue[]; blockingLead: ReactNode; warningLead: ReactNode }) {
  const blocking = issues.filter((i) => i.severity === 'blocking');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return (
    <>
      {blocking.length > 0 && (
        <div className="banner banner-danger issue-banner" role="alert">
          <p>
            <strong>{blockingLead}</strong>
          </p>
          <ul>
            {blocking.map((i) => (
              <li key={`${i.code}-${i.message}`}>{i.message}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="banner banner-warning issue-banner" role="status">
          <p>
            <strong>{warningLead}</strong>
          </p>
          <ul>
            {warnings.map((i) => (
              <li key={`${i.code}-${i.message}`}>{i.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
