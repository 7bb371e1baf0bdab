import { labelOf, WORKER_STATUSES, type WorkerStatus } from '../../../db/contract/reference';
import { Badge } from '../../components/Badge';

const STATUS_TONE = { candidat: 'info', en_parcours: 'ok', sorti: 'neutral' } as const;

/** A worker's status, as a word and a colour. */
export function WorkerStatusBadge({ status }: { status: WorkerStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{labelOf(WORKER_STATUSES, status)}</Badge>;
}
