import type { SupportDetail } from '../../../db/contract/support';
import { Badge } from '../../components/Badge';
import { WorkerStatusBadge } from '../workers/WorkerStatusBadge';
import { Link, useRouter } from '../../router';

// The top of a worker's support pages: who, their status and référent, and the two tabs
// (#/suivi/12: the path; #/suivi/12/chronologie: the timeline).

export function SupportHeader({ worker, tab }: { worker: SupportDetail['worker']; tab: 'parcours' | 'chronologie' }) {
  const { navigate } = useRouter();
  const tabs = [
    { id: 'parcours', label: 'Parcours', path: `/suivi/${worker.id}` },
    { id: 'chronologie', label: 'Chronologie', path: `/suivi/${worker.id}/chronologie` },
  ] as const;
  return (
    <>
      <header className="page-header record-header">
        <div>
          <h1>Suivi : {worker.name}</h1>
          <p className="record-badges">
            <WorkerStatusBadge status={worker.status} />{' '}
            {worker.archived && <Badge tone="neutral">Archivé</Badge>}{' '}
            <span className="muted">Référent : {worker.referent ?? 'non renseigné'}</span>
          </p>
        </div>
        <div className="actions">
          <Link to={`/salaries/${worker.id}`} className="button">
            Fiche du salarié
          </Link>
          <Link to="/suivi" className="button">
            Personnes suivies
          </Link>
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label="Suivi du salarié">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === tab}
            className={`tab ${t.id === tab ? 'active' : ''}`}
            onClick={() => navigate(t.path)}
          >
            {t.label}
          </button>
        ))}
      </div>
    </>
  );
}
