import type { SupportDetail } from '../../../db/contract/support';
import { formatDate } from '../../../db/base/format';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { useRouter } from '../../router';
import { SupportHeader } from './SupportHeader';
import { PlanPanel } from './PlanPanel';
import { InterviewsPanel } from './InterviewsPanel';
import { BarriersPanel } from './BarriersPanel';
import { TrainingsPanel } from './TrainingsPanel';
import { ExitPanel } from './ExitPanel';
import { OpenPathForm } from './OpenPathForm';
import { StartCorrection } from './StartCorrection';
import './support.css';

// A worker's support (Suivi): the path shown (the open one, or `?parcours=ID`), with its
// objectives and next interview, interviews, barriers, actions and trainings, and its exit.
// A finished path is read only; after an exit a new path may be started.

const pathLabel = (p: SupportDetail['paths'][number]) =>
  `Parcours n° ${p.number} : ${p.exitDate ? `du ${formatDate(p.startDate)} au ${formatDate(p.exitDate)}` : `depuis le ${formatDate(p.startDate)}`}`;

export function SupportPage({ workerId, pathId }: { workerId: number; pathId: number | null }) {
  const { navigate } = useRouter();
  const { data: page, error, set } = useList('support.get', { workerId, pathId }, 0);
  if (error || !page) return <LoadState error={error} />;
  const path = page.path;
  const canOpen = page.paths.every((p) => p.exitDate !== null);
  const onSaved = (p: SupportDetail) => {
    set(p);
    if (p.path && p.path.id !== pathId && pathId !== null) navigate(`/suivi/${workerId}?parcours=${p.path.id}`);
  };

  return (
    <section className="page">
      <SupportHeader worker={page.worker} tab="parcours" />
      {page.paths.length > 1 && (
        <div className="filter-bar">
          <label htmlFor="path-choice">Parcours</label>
          <select id="path-choice" value={path?.id ?? ''} onChange={(e) => navigate(`/suivi/${workerId}?parcours=${e.target.value}`)}>
            {page.paths.map((p) => (
              <option key={p.id} value={p.id}>
                {pathLabel(p)}
              </option>
            ))}
          </select>
        </div>
      )}
      {canOpen && (path === null || path.id === page.paths[0]?.id) && <OpenPathForm page={page} onSaved={onSaved} />}
      {path && (
        <>
          <div className="path-heading">
            <h2 className="path-title">{pathLabel(path)}</h2>
            <StartCorrection page={page} path={path} onSaved={onSaved} />
          </div>
          {path.exitDate !== null && (
            <div className="banner banner-info" role="status">
              Ce parcours est terminé : il se consulte, et seules ses dates d'entrée et de sortie se corrigent.
            </div>
          )}
          <PlanPanel page={page} path={path} onSaved={onSaved} />
          <InterviewsPanel page={page} path={path} onSaved={onSaved} />
          <BarriersPanel page={page} path={path} onSaved={onSaved} />
          <TrainingsPanel page={page} path={path} onSaved={onSaved} />
          <ExitPanel page={page} path={path} onSaved={onSaved} />
        </>
      )}
    </section>
  );
}
