import { useState } from 'react';
import type { WorkerFilters, WorkerRow } from '../../../db/contract/workers';
import { formatCity, formatDate, formatNumber } from '../../../db/base/format';
import { WORKER_STATUSES, type Choice } from '../../../db/contract/reference';
import { daysLeftText, PASS_STATUS_LABELS } from '../../../db/contract/workers';
import { daysBetween, todayIso } from '../../../db/base/dates';
import { DataTable, type Column } from '../../components/DataTable';
import { useList } from '../../components/useList';
import { useListWindow } from '../../components/useListWindow';
import { ArchivedFilter, ChoiceFilter, SearchBox } from '../../components/ListFilters';
import { Badge, PassBadge } from '../../components/Badge';
import { WorkerStatusBadge } from './WorkerStatusBadge';
import { ExportButton } from '../../components/ExportButton';
import { Link, useRouter } from '../../router';
import { IfAllowed } from '../NotAllowed';

type Filters = Required<Omit<WorkerFilters, 'sort' | 'window'>> & { sort: { column: NonNullable<WorkerFilters['sort']>['column']; direction: 'asc' | 'desc' } };

const COLUMNS: Column<WorkerRow>[] = [
  {
    key: 'name',
    label: 'Nom',
    sortable: true,
    title: (r) => r.name,
    width: 'minmax(180px, 2fr)',
    render: (r) => (
      <Link to={`/salaries/${r.id}`} tabIndex={-1}>
        {r.name}
        {r.archived && <span className="muted"> (archivé)</span>}
      </Link>
    ),
  },
  { key: 'birthDate', label: 'Naissance', sortable: true, width: '7.5rem', whole: true, render: (r) => formatDate(r.birthDate) },
  {
    key: 'status',
    label: 'Statut',
    sortable: true,
    width: '8.75rem',
    whole: true,
    render: (r) => <WorkerStatusBadge status={r.status} />,
  },
  { key: 'passEnd', label: 'PASS IAE', sortable: true, width: 'minmax(18.5rem, 1.4fr)', whole: true, render: (r) => <PassCell row={r} /> },
  { key: 'referent', label: 'Référent', sortable: true, title: (r) => r.referent ?? '', width: 'minmax(110px, 1fr)', render: (r) => r.referent ?? '' },
  { key: 'city', label: 'Commune', sortable: true, title: (r) => formatCity(r.city), width: 'minmax(110px, 1fr)', render: (r) => formatCity(r.city) },
];

/** Shown while the list is filtered on the titres de séjour to renew: when each one ends. */
const PERMIT_COLUMN: Column<WorkerRow> = {
  key: 'permitExpiry',
  label: 'Titre de séjour',
  width: '12.5rem',
  whole: true,
  render: (r) => <PermitCell expiry={r.permitExpiry} />,
};

const PERMIT_FILTER: Choice<NonNullable<Filters['permit']>>[] = [{ code: 'a_renouveler', label: 'À renouveler' }];

function PermitCell({ expiry }: { expiry: string | null }) {
  if (!expiry) return null;
  const today = todayIso();
  if (expiry < today) return <Badge tone="danger">Expiré le {formatDate(expiry)}</Badge>;
  return (
    <span>
      {formatDate(expiry)} <span className="muted">({daysLeftText(daysBetween(today, expiry))})</span>
    </span>
  );
}

const PASS_FILTER: Choice<NonNullable<Filters['passStatus']>>[] = [
  ...(Object.keys(PASS_STATUS_LABELS) as (keyof typeof PASS_STATUS_LABELS)[]).map((k) => ({ code: k, label: PASS_STATUS_LABELS[k] })),
  { code: 'aucun', label: 'Sans PASS' },
];

function PassCell({ row }: { row: WorkerRow }) {
  return (
    <span>
      <PassBadge status={row.passStatus} />
      {row.passEnd && <span className="muted"> fin {formatDate(row.passEnd)}</span>}
    </span>
  );
}

export function WorkersList() {
  const { navigate } = useRouter();
  const [filters, setFilters] = useState<Filters>({
    search: '',
    status: null,
    referent: null,
    passStatus: null,
    permit: null,
    archived: 'actifs',
    sort: { column: 'name', direction: 'asc' },
  });
  const { data, error, count, rowAt, showRange } = useListWindow('workers.list', filters);
  // Loaded once: the referents change only when a worker's page is saved.
  const referents = useList('workers.referents', {});
  const set = <F extends keyof Filters>(k: F, v: Filters[F]) => setFilters((f) => ({ ...f, [k]: v }));

  return (
    <section className="page page-wide">
      <header className="page-header">
        <h1>Salariés</h1>
        <div className="actions">
          <IfAllowed to="workers.write">
            <Link to="/salaries/import" className="button">
              Importer un fichier
            </Link>
          </IfAllowed>
          <ExportButton kind="workers" filters={filters} />
          <IfAllowed to="workers.write">
            <Link to="/salaries/nouveau" className="button button-primary">
              Ajouter un salarié
            </Link>
          </IfAllowed>
        </div>
      </header>
      <div className="filter-bar" role="search">
        <SearchBox label="Rechercher un salarié" placeholder="Rechercher (nom, prénom, NIR)…" value={filters.search} onChange={(x) => set('search', x)} />
        <ChoiceFilter label="Statut" value={filters.status} onChange={(x) => set('status', x)} options={WORKER_STATUSES} />
        <ChoiceFilter
          label="Référent"
          value={filters.referent}
          onChange={(x) => set('referent', x)}
          options={(referents.data ?? []).map((r) => ({ code: r, label: r }))}
        />
        <ChoiceFilter label="PASS IAE" value={filters.passStatus} onChange={(x) => set('passStatus', x)} options={PASS_FILTER} />
        <ChoiceFilter
          label="Titre de séjour"
          value={filters.permit}
          onChange={(x) => set('permit', x)}
          options={PERMIT_FILTER}
          title="À renouveler : expiré, ou expirant dans les 60 jours"
        />
        <ArchivedFilter value={filters.archived} onChange={(x) => set('archived', x)} />
        <span className="row-count" aria-live="polite">
          {data ? `${formatNumber(count)} salarié${count > 1 ? 's' : ''}` : 'Chargement…'}
        </span>
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {data && (
        <DataTable
          label="Liste des salariés"
          columns={filters.permit ? [...COLUMNS.slice(0, 3), PERMIT_COLUMN, ...COLUMNS.slice(3)] : COLUMNS}
          count={count}
          rowAt={rowAt}
          onRange={showRange}
          sort={filters.sort}
          onSort={(s) => set('sort', s as Filters['sort'])}
          onOpen={(r) => navigate(`/salaries/${r.id}`)}
          empty={
            filters.search || filters.status || filters.referent || filters.passStatus || filters.permit ? (
              <p>Aucun salarié ne correspond à ces critères.</p>
            ) : (
              <p>
                Aucun salarié. <Link to="/salaries/nouveau">Ajouter un salarié</Link> ou{' '}
                <Link to="/salaries/import">importer un fichier</Link>.
              </p>
            )
          }
        />
      )}
    </section>
  );
}
