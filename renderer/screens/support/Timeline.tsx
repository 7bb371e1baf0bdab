import { TIMELINE_KINDS, type TimelineKind } from '../../../db/contract/support';
import { formatDate } from '../../../db/base/format';
import { Badge, type Tone } from '../../components/Badge';
import { ChoiceFilter } from '../../components/ListFilters';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { Link, useRouter } from '../../router';
import { SupportHeader } from './SupportHeader';
import './support.css';

// A worker's timeline: interviews, placements, hours by month, actions and trainings, PASS IAE
// events, entries and exits, newest first; `?type=entretien` keeps one kind.

const KIND_TONE: Record<TimelineKind, Tone> = { entretien: 'info', mission: 'ok', heures: 'neutral', formation: 'warn', pass: 'neutral', parcours: 'danger' };
const KIND_WORD: Record<TimelineKind, string> = {
  entretien: 'Entretien',
  mission: 'Mission',
  heures: 'Heures',
  formation: 'Formation',
  pass: 'PASS IAE',
  parcours: 'Parcours',
};

const isKind = (x: string | null): x is TimelineKind => TIMELINE_KINDS.some((k) => k.code === x);

export function Timeline({ workerId, kind }: { workerId: number; kind: string | null }) {
  const { navigate } = useRouter();
  const page = useList('support.get', { workerId, pathId: null }, 0);
  const timeline = useList('support.timeline', { workerId }, 0);
  const error = page.error ?? timeline.error;
  if (error || !page.data || !timeline.data) return <LoadState error={error} />;
  const shown = isKind(kind) ? kind : null;
  const events = timeline.data.events.filter((e) => shown === null || e.kind === shown);
  const count = events.length;

  return (
    <section className="page">
      <SupportHeader worker={page.data.worker} tab="chronologie" />
      <div className="filter-bar">
        <ChoiceFilter
          label="Afficher"
          value={shown}
          options={TIMELINE_KINDS}
          all="Tout"
          onChange={(x) => navigate(`/suivi/${workerId}/chronologie${x ? `?type=${x}` : ''}`)}
        />
        <span className="row-count" aria-live="polite">
          {count} événement{count > 1 ? 's' : ''}
        </span>
      </div>
      {count === 0 ? (
        <p className="muted">{shown ? 'Aucun événement de ce type.' : 'Rien encore dans la chronologie de cette personne.'}</p>
      ) : (
        <ol className="timeline" aria-label="Chronologie">
          {events.map((e) => (
            <li key={e.key} className="timeline-item">
              <span className="timeline-date">{formatDate(e.date)}</span>
              <span className="timeline-kind">
                <Badge tone={KIND_TONE[e.kind]}>{KIND_WORD[e.kind]}</Badge>
              </span>
              <span className="timeline-text">
                {e.to ? <Link to={e.to}>{e.title}</Link> : e.title}
                {e.detail && <span className="timeline-detail">{e.detail}</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
