import { useMemo, useState } from 'react';
import type { PlacementFilters, PlacementRow, PlacementStatus } from '../../../db/contract/placements';
import { PLACEMENT_STATUSES } from '../../../db/contract/placements';
import { formatDate, formatHours } from '../../../db/base/format';
import { labelOf, TASK_KINDS } from '../../../db/contract/reference';
import { DataTable, type Column, type SortState } from '../../components/DataTable';
import { useList } from '../../components/useList';
import { ChoiceFilter, SearchBox } from '../../components/ListFilters';
import { ExportButton } from '../../components/ExportButton';
import { Link, useRouter } from '../../router';
import { missionsCount, PlacementStatusBadge } from './common';
import { frenchCollator as collator } from '../../../db/base/search';
import { MonthPicker } from '../../components/MonthPicker';

type Filters = Required<PlacementFilters>;

const COLUMNS: Column<PlacementRow>[] = [
  {
    key: 'workerName',
    label: 'Salarié',
    sortable: true,
    title: (r) => r.workerName,
    width: 'minmax(170px, 1.6fr)',
    render: (r) => (
      <Link to={`/missions/${r.id}`} tabIndex={-1}>
        {r.workerName}
      </Link>
    ),
  },
  { key: 'clientName', label: 'Utilisateur', sortable: true, title: (r) => r.clientName, width: 'minmax(170px, 1.6fr)', render: (r) => r.clientName },
  { key: 'taskKind', label: 'Tâche', sortable: true, width: 'minmax(130px, 1fr)', render: (r) => labelOf(TASK_KINDS, r.taskKind) },
  { key: 'startDate', label: 'Du', sortable: true, width: '7rem', whole: true, render: (r) => formatDate(r.startDate) },
  { key: 'endDate', label: 'Au', sortable: true, width: '7rem', whole: true, render: (r) => formatDate(r.endDate) },
  { key: 'status', label: 'Statut', sortable: true, width: '8rem', whole: true, render: (r) => <PlacementStatusBadge status={r.status} /> },
  { key: 'workedMinutes', label: 'Heures', sortable: true, align: 'right', width: '6.5rem', whole: true, render: (r) => formatHours(r.workedMinutes) },
];

const STATUS_ORDER: Record<PlacementStatus, number> = { prevue: 0, en_cours: 1, terminee: 2, annulee: 3 };

/** The back end answers in one order (latest start first); the columns sort in the page. */
function sortRows(rows: PlacementRow[], sort: SortState): PlacementRow[] {
  const dir = sort.direction === 'asc' ? 1 : -1;
  const by = (r: PlacementRow): string | number => {
    switch (sort.column) {
      case 'workerName':
        return r.workerName;
      case 'clientName':
        return r.clientSortName;
      case 'taskKind':
        return labelOf(TASK_KINDS, r.taskKind);
      case 'endDate':
        return r.endDate;
      case 'status':
        return STATUS_ORDER[r.status];
      case 'workedMinutes':
        return r.workedMinutes;
      default:
        return r.startDate;
    }
  };
  return [...rows].sort((a, b) => {
    const x = by(a);
    const y = by(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c !== 0 ? c * dir : (b.id - a.id) * dir;
  });
}

export function PlacementsList() {
  const { navigate } = useRouter();
  const [filters, setFilters] = useState<Filters>({ search: '', workerId: null, clientId: null, status: null, month: null });
  const [sort, setSort] = useState<SortState>({ column: 'startDate', direction: 'desc' });
  const { data, error } = useList('placements.list', filters);
  const set = <F extends keyof Filters>(k: F, v: Filters[F]) => setFilters((f) => ({ ...f, [k]: v }));
  const rows = useMemo(() => (data ? sortRows(data.rows, sort) : []), [data, sort]);
  const filtered = Boolean(filters.search || filters.status || filters.month);

  return (
    <section className="page page-wide">
      <header className="page-header">
        <h1>Missions</h1>
        <div className="actions">
          <ExportButton kind="placements" filters={filters} />
          <Link to="/missions/nouvelle" className="button button-primary">
            Nouvelle mission
          </Link>
        </div>
      </header>
      <div className="filter-bar" role="search">
        <SearchBox label="Rechercher une mission" placeholder="Rechercher (salarié, utilisateur)…" value={filters.search} onChange={(x) => set('search', x)} />
        <ChoiceFilter label="Statut" value={filters.status} onChange={(x) => set('status', x)} options={PLACEMENT_STATUSES} />
        <MonthPicker id="missions-mois" label="Mois" value={filters.month} onChange={(m) => set('month', m)} emptyLabel="Tous les mois" />
        {filters.month && (
          <button type="button" className="button button-small" onClick={() => set('month', null)}>
            Tous les mois
          </button>
        )}
        <span className="row-count" aria-live="polite">
          {data ? missionsCount(data.total) : 'Chargement…'}
        </span>
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {data && (
        <DataTable
          label="Liste des missions"
          columns={COLUMNS}
          rows={rows}
          sort={sort}
          onSort={setSort}
          onOpen={(r) => navigate(`/missions/${r.id}`)}
          empty={
            filtered ? (
              <p>Aucune mission ne correspond à ces critères.</p>
            ) : (
              <p>
                Aucune mission. <Link to="/missions/nouvelle">Créer une mission</Link> pour mettre un salarié à disposition d'un
                utilisateur.
              </p>
            )
          }
        />
      )}
    </section>
  );
}
