import type { ReactNode } from 'react';
import type { PlacementStatus } from '../../../db/contract/placements';
import { issueText, type RuleIssue } from '../../../db/contract/result';
import { PLACEMENT_STATUSES } from '../../../db/contract/placements';
import { labelOf } from '../../../db/contract/reference';
import { formatDateTime, formatNumber } from '../../../db/base/format';
import { Badge, type Tone } from '../../components/Badge';

// Pieces shared by the placement screens: the status badge, and the banners that show what the
// rules say (blocking problems in red, warnings to confirm in amber, warnings already confirmed
// with who confirmed them and when).

const STATUS_TONE: Record<PlacementStatus, Tone> = {
  prevue: 'info',
  en_cours: 'ok',
  terminee: 'neutral',
  annulee: 'danger',
};

export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{labelOf(PLACEMENT_STATUSES, status)}</Badge>;
}


/** "1 mission", "12 missions". */
export function missionsCount(n: number): string {
  return `${formatNumber(n)} mission${n > 1 ? 's' : ''}`;
}

/** « confirmé par Claire le 12/03/2026 à 10:04 » */
export function confirmationText(c: NonNullable<RuleIssue['confirmation']>): string {
  return `confirmé par ${c.by} le ${formatDateTime(c.at)}`;
}

/**
 * The rules' verdict: one red banner for what blocks, one amber banner for the warnings to
 * confirm (with their question), one banner for the warnings already confirmed (by whom, when).
 */
export function IssueBanners({ issues, blockingLead, warningLead }: { issues: RuleIssue[]; blockingLead: ReactNode; warningLead: ReactNode }) {
  const blocking = issues.filter((i) => i.severity === 'blocking');
  const warnings = issues.filter((i) => i.severity === 'warning' && !i.confirmation);
  const confirmed = issues.filter((i) => i.severity === 'warning' && i.confirmation);
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
              <li key={`${i.code}-${i.message}`}>{issueText(i)}</li>
            ))}
          </ul>
        </div>
      )}
      {confirmed.length > 0 && (
        <div className="banner banner-info issue-banner confirmed-issues" role="status" aria-label="Avertissements confirmés">
          <p>
            <strong>{confirmed.length > 1 ? 'Avertissements confirmés :' : 'Avertissement confirmé :'}</strong>
          </p>
          <ul>
            {confirmed.map((i) => (
              <li key={`${i.code}-${i.message}`}>
                {i.message} <span className="confirmation">({confirmationText(i.confirmation!)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
