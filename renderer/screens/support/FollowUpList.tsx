import { useState } from 'react';
import { isInterviewDue, type FollowedRow, type InterviewDue } from '../../../db/contract/support';
import { labelOf, WORKER_STATUSES } from '../../../db/contract/reference';
import { formatDate } from '../../../db/base/format';
import { DataTable, type Column, type SortState } from '../../components/DataTable';
import { ChoiceFilter } from '../../components/ListFilters';
import { useList } from '../../components/useList';
import { Link, useRouter } from '../../router';
import { useAccount } from '../../auth/account';
import { DueBadge } from './PlanPanel';
import './support.css';

// The référent's view (Suivi): the people a référent follows (the référent written on their
// record), the interviews due or overdue, and those not seen for more than a chosen number of
// days. Each row opens the person's support.

type View = 'tous' | 'entretiens' | 'pas_vus';
type Row = FollowedRow & { id: number };

const DUE_RANK: Record<InterviewDue, number> = { en_retard: 0, aujourdhui: 1, bientot: 2, plus_tard: 3, a_fixer: 4 };

const COLUMNS: Column<Row>[] = [
  {
    key: 'name',
    label: 'Nom',
    sortable: true,
    width: 'minmax(130px, 2fr)',
    render: (r) => (
      <Link to={`/suivi/${r.workerId}`} tabIndex={-1}>
        {r.name}
      </Link>
    ),
  },
  {
    key: 'pathStart',
    label: 'Entrée',
    width: '108px',
    render: (r) => (r.pathStart ? formatDate(r.pathStart) : <span className="muted" title={`${labelOf(WORKER_STATUSES, r.status)} : aucun parcours ouvert`}>Aucune</span>),
  },
  { key: 'lastSeen', label: 'Dernier entretien', sortable: true, width: 'minmax(160px, 1fr)', render: (r) => (r.lastSeen ? `${formatDate(r.lastSeen)} (${r.daysNotSeen} j)` : 'Aucun') },
  {
    key: 'next',
    label: 'Prochain entretien',
    sortable: true,
    width: 'minmax(200px, 1.2fr)',
    render: (r) => (
      <span>
        {r.nextInterviewDate && r.due !== 'a_fixer' && `${formatDate(r.nextInterviewDate)} `}
        <DueBadge due={r.due} />
      </span>
    ),
  },
];

/** With every référent shown, each row says whose it is (the page stays within 1024 px either way). */
const REFERENT_COLUMN: Column<Row> = { key: 'referent', label: 'Référent', width: 'minmax(100px, 1fr)', render: (r) => r.referent ?? '' };

function sortRows(rows: Row[], sort: SortState): Row[] {
  const by: Record<string, (a: Row, b: Row) => number> = {
    name: (a, b) => a.name.localeCompare(b.name, 'fr'),
    lastSeen: (a, b) => (b.daysNotSeen ?? -1) - (a.daysNotSeen ?? -1),
    next: (a, b) => DUE_RANK[a.due] - DUE_RANK[b.due] || (a.nextInterviewDate ?? '').localeCompare(b.nextInterviewDate ?? ''),
  };
  const compare = by[sort.column] ?? by.name!;
  return [...rows].sort((a, b) => (sort.direction === 'asc' ? compare(a, b) : compare(b, a)));
}

function DaysInput({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  return (
    <label>
      {label}{' '}
      <input type="text" inputMode="numeric" className="days-input" value={value} onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 3))} /> jours
    </label>
  );
}

export function FollowUpList({ referent: initial }: { referent: string | null }) {
  const { navigate } = useRouter();
  const { account } = useAccount();
  // A conseiller·ère opens on the people they follow; direction on everyone.
  const [referent, setReferent] = useState<string | null>(initial ?? (account.role === 'conseiller' ? account.name : null));
  const [view, setView] = useState<View>('tous');
  const [within, setWithin] = useState('7');
  const [notSeenDays, setNotSeenDays] = useState('30');
  const [sort, setSort] = useState<SortState>({ column: 'name', direction: 'asc' });
  const { data, error } = useList('support.followed', { referent, dueWithinDays: within || '0', notSeenDays: notSeenDays || '1' });
  const all: Row[] = (data?.rows ?? []).map((r) => ({ ...r, id: r.workerId }));
  const due = all.filter((r) => isInterviewDue(r.due));
  const unseen = all.filter((r) => r.notSeen);
  const rows = sortRows(view === 'entretiens' ? due : view === 'pas_vus' ? unseen : all, sort);
  const views = [
    { code: 'tous', label: `Toutes les personnes suivies (${all.length})` },
    { code: 'entretiens', label: `Entretiens à faire ou en retard (${due.length})` },
    { code: 'pas_vus', label: `Pas vues depuis plus de ${notSeenDays || '1'} jours (${unseen.length})` },
  ] as const;

  return (
    <section className="page page-wide">
      <header className="page-header">
        <h1>Suivi des personnes</h1>
      </header>
      <div className="filter-bar" role="search">
        <ChoiceFilter label="Référent" value={referent} all="Tous les référents" onChange={setReferent} options={(data?.referents ?? []).map((r) => ({ code: r, label: r }))} />
        <DaysInput label="Entretiens dans les" value={within} onChange={setWithin} />
        <DaysInput label="Pas vues depuis plus de" value={notSeenDays} onChange={setNotSeenDays} />
      </div>
      <div className="view-choice" role="radiogroup" aria-label="Personnes à afficher">
        {views.map((v) => (
          <label key={v.code} className={view === v.code ? 'active' : ''}>
            <input type="radio" name="vue" value={v.code} checked={view === v.code} onChange={() => setView(v.code)} /> {v.label}
          </label>
        ))}
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {data && (
        <DataTable
          label="Personnes suivies"
          columns={referent === null ? [...COLUMNS, REFERENT_COLUMN] : COLUMNS}
          rows={rows}
          sort={sort}
          onSort={setSort}
          onOpen={(r) => navigate(`/suivi/${r.workerId}`)}
          empty={
            all.length === 0 ? (
              <p>Personne n'est suivi{referent ? ` par ${referent}` : ''} : le référent s'indique sur la fiche du salarié.</p>
            ) : (
              <p>Personne dans cette liste.</p>
            )
          }
        />
      )}
    </section>
  );
}
