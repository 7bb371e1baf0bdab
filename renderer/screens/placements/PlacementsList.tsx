import { useState } from 'react';
import type { PlacementFilters, PlacementRow, PlacementSortColumn } from '../../../db/contract/placements';
import { PLACEMENT_STATUSES } from '../../../db/contract/placements';
import { formatDate, formatHours } from '../../../db/base/format';
import { labelOf, TASK_KINDS } from '../../../db/contract/reference';
import { DataTable, type Column } from '../../components/DataTable';
import { useListWindow } from '../../components/useListWindow';
import { ChoiceFilter, SearchBox } from '../../components/ListFilters';
import { ExportButton } from '../../components/ExportButton';
import { Link, useRouter } from '../../router';
import { IfAllowed } from '../NotAllowed';
import { missionsCount, PlacementStatusBadge } from './common';
import { MonthPicker } from '../../components/MonthPicker';

type Filters = Required<Omit<PlacementFilters, 'sort' | 'window'>>;
type Sort = { column: PlacementSortColumn; direction: 'asc' | 'desc' };

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

export function PlacementsList() {
  const { navigate } = useRouter();
  const [filters, setFilters] = useState<Filters>({ search: '', workerId: null, clientId: null, status: null, month: null });
  const [sort, setSort] = useState<Sort>({ column: 'startDate', direction: 'desc' });
  // Sorted by the back end, which answers the rows in view (useListWindow).
  const { data, error, count, rowAt, showRange } = useListWindow('placements.list', { ...filters, sort });
  const set = <F extends keyof Filters>(k: F, v: Filters[F]) => setFilters((f) => ({ ...f, [k]: v }));
  const filtered = Boolean(filters.search || filters.status || filters.month);

  return (
    <section className="page page-wide">
      <header className="page-header">
        <h1>Missions</h1>
        <div className="actions">
          <ExportButton kind="placements" filters={filters} />
          <IfAllowed to="placements.write">
            <Link to="/missions/nouvelle" className="button button-primary">
              Nouvelle mission
            </Link>
          </IfAllowed>
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
          count={count}
          rowAt={rowAt}
          onRange={showRange}
          sort={sort}
          onSort={(s) => setSort(s as Sort)}
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
