import type { WorkerDetail } from '../../../db/contract/workers';
import { formatDate } from '../../../db/base/format';
import { Fact } from '../../components/Facts';
import { useAccount } from '../../auth/account';
import { Link } from '../../router';
import { WorkerStatusBadge } from './WorkerStatusBadge';

// On the worker form, the status and the dates of entry and exit are read, never typed: they
// follow the worker's path, whose exit records a reason and closes the placements (Suivi).

const ACTION = { candidat: 'Commencer un parcours', en_parcours: 'Enregistrer une sortie', sorti: 'Corriger la sortie' } as const;

export function WorkerPathFacts({ worker }: { worker: WorkerDetail }) {
  const { can } = useAccount();
  return (
    <div className="wide path-facts">
      <dl className="facts">
        <Fact label="Statut">
          <WorkerStatusBadge status={worker.status} />
        </Fact>
        <Fact label="Date d'entrée">{worker.entryDate && formatDate(worker.entryDate)}</Fact>
        <Fact label="Date de sortie">{worker.exitDate && formatDate(worker.exitDate)}</Fact>
      </dl>
      <p className="muted">
        Le statut, l'entrée et la sortie (avec son motif) s'enregistrent dans le Suivi, qui clôt aussi les missions.{' '}
        {can('support.write') && (
          <Link to={`/suivi/${worker.id}`} className="button button-small">
            {ACTION[worker.status]}
          </Link>
        )}
      </p>
    </div>
  );
}
