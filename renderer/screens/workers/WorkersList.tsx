import { useEffect, useRef, useState } from 'react';
import type { WorkerFilters, WorkerRow } from '../../../db/contract/workers';
import { formatDate } from '../../../db/contract/format';
import { labelOf, WORKER_STATUSES } from '../../../db/contract/reference';
import { PASS_STATUS_LABELS } from '../../../db/rules/pass-iae';
import { DataTable, type Column } from '../../components/DataTable';
import { useList } from '../../components/useList';
import { Badge, PassBadge } from '../../components/Badge';
import { ExportButton } from '../../components/ExportButton';
import { Link, useRouter } from '../../router';

type Filters = Required<Omit<WorkerFilters, 'sort'>> & { sort: { column: NonNullable<WorkerFilters['sort']>['column']; direction: 'asc' | 'desc' } };

const STATUS_TONE = { candidat: 'info', en_parcours: 'ok', sorti: 'neutral' } as const;

const COLUMNS: Column<WorkerRow>[] = [
  {
    key: 'name',
    label: 'Nom',
    sortable: true,
    width: 'minmax(180px, 2fr)',
    render: (r) => (
      <Link to={`/salaries/${r.id}`} tabIndex={-1}>
        {r.name}
        {r.archived && <span className="muted"> (archivé)</span>}
      </Link>
    ),
  },
  { key: 'birthDate', label: 'Naissance', sortable: true, width: '110px', render: (r) => formatDate(r.birthDate) },
  {
    key: 'status',
    label: 'Statut',
    sortable: true,
    width: '120px',
    render: (r) => <Badge tone={STATUS_TONE[r.status]}>{labelOf(WORKER_STATUSES, r.status)}</Badge>,
  },
  { key: 'passEnd', label: 'PASS IAE', sortable: true, width: 'minmax(240px, 1.4fr)', render: (r) => <PassCell row={r} /> },
  { key: 'referent', label: 'Référent', sortable: true, width: 'minmax(110px, 1fr)', render: (r) => r.referent ?? '' },
  { key: 'city', label: 'Commune', sortable: true, width: 'minmax(110px, 1fr)', render: (r) => r.city ?? '' },
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
    archived: 'actifs',
    sort: { column: 'name', direction: 'asc' },
  });
  const { data, error } = useList('workers.list', filters);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);
  const set = <F extends keyof Filters>(k: F, v: Filters[F]) => setFilters((f) => ({ ...f, [k]: v }));
  const count = data?.total ?? 0;

  return (
    <section className="page page-wide">
      <header className="page-header">
        <h1>Salariés</h1>
        <div className="actions">
          <Link to="/salaries/import" className="button">
            Importer un fichier
          </Link>
          <ExportButton kind="workers" filters={filters} />
          <Link to="/salaries/nouveau" className="button button-primary">
            Ajouter un salarié
          </Link>
        </div>
      </header>
      <div className="filter-bar" role="search">
        <label className="search-field">
          <span className="sr-only">Rechercher un salarié</span>
          <input
            ref={search}
            type="search"
            placeholder="Rechercher (nom, prénom, NIR)…"
            aria-label="Rechercher un salarié"
            value={filters.search}
            onChange={(e) => set('search', e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                document.querySelector<HTMLElement>('.datatable-body')?.focus();
              }
            }}
          />
        </label>
        <label>
          Statut{' '}
          <select value={filters.status ?? ''} onChange={(e) => set('status', (e.target.value || null) as Filters['status'])}>
            <option value="">Tous</option>
            {WORKER_STATUSES.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Référent{' '}
          <select value={filters.referent ?? ''} onChange={(e) => set('referent', e.target.value || null)}>
            <option value="">Tous</option>
            {(data?.referents ?? []).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          PASS IAE{' '}
          <select value={filters.passStatus ?? ''} onChange={(e) => set('passStatus', (e.target.value || null) as Filters['passStatus'])}>
            <option value="">Tous</option>
            {(Object.keys(PASS_STATUS_LABELS) as (keyof typeof PASS_STATUS_LABELS)[]).map((k) => (
              <option key={k} value={k}>
                {PASS_STATUS_LABELS[k]}
              </option>
            ))}
            <option value="aucun">Sans PASS</option>
          </select>
        </label>
        <label>
          Afficher{' '}
          <select value={filters.archived} onChange={(e) => set('archived', e.target.value as Filters['archived'])}>
            <option value="actifs">Fiches actives</option>
            <option value="archives">Fiches archivées</option>
            <option value="tous">Toutes les fiches</option>
          </select>
        </label>
        <span className="row-count" aria-live="polite">
          {data ? `${count} salarié${count > 1 ? 's' : ''}` : 'Chargement…'}
        </span>
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {data && (
        <DataTable
          label="Liste des salariés"
          columns={COLUMNS}
          rows={data.rows}
          sort={filters.sort}
          onSort={(s) => set('sort', s as Filters['sort'])}
          onOpen={(r) => navigate(`/salaries/${r.id}`)}
          empty={
            filters.search || filters.status || filters.referent || filters.passStatus ? (
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
