import { formatCity, formatNumber, formatPhone, formatSiret } from '../../../db/base/format';
import { useState } from 'react';
import type { ClientFilters, ClientRow } from '../../../db/contract/clients';
import { CLIENT_KINDS, labelOf, type Choice } from '../../../db/contract/reference';
import { DataTable, type Column } from '../../components/DataTable';
import { useListWindow } from '../../components/useListWindow';
import { ArchivedFilter, ChoiceFilter, SearchBox } from '../../components/ListFilters';
import { Badge } from '../../components/Badge';
import { ExportButton } from '../../components/ExportButton';
import { Link, useRouter } from '../../router';
import { IfAllowed } from '../NotAllowed';

type Filters = Required<Omit<ClientFilters, 'sort' | 'window'>> & { sort: { column: NonNullable<ClientFilters['sort']>['column']; direction: 'asc' | 'desc' } };

const MEMBERSHIP_FILTER: Choice<NonNullable<Filters['membership']>>[] = [
  { code: 'a_jour', label: 'Payée' },
  { code: 'manquante', label: 'Manquante' },
];

function columns(year: number): Column<ClientRow>[] {
  return [
    {
      key: 'name',
      label: 'Nom ou raison sociale',
      sortable: true,
      title: (r) => r.name,
      width: 'minmax(200px, 2fr)',
      render: (r) => (
        <Link to={`/utilisateurs/${r.id}`} tabIndex={-1}>
          {r.name}
          {r.archived && <span className="muted"> (archivé)</span>}
        </Link>
      ),
    },
    { key: 'kind', label: 'Type', sortable: true, width: '8.5rem', render: (r) => labelOf(CLIENT_KINDS, r.kind) },
    { key: 'city', label: 'Commune', sortable: true, title: (r) => formatCity(r.city), width: 'minmax(110px, 1fr)', render: (r) => formatCity(r.city) },
    { key: 'siret', label: 'SIRET', sortable: true, width: 'calc(17ch + 1.3rem)', whole: true, render: (r) => formatSiret(r.siret) },
    {
      key: 'membership',
      label: `Adhésion ${year}`,
      sortable: true,
      width: '9.5rem',
      whole: true,
      render: (r) => (r.membershipPaid ? <Badge tone="ok">Payée</Badge> : <Badge tone="warn">Manquante</Badge>),
    },
    { key: 'phone', label: 'Téléphone', width: 'calc(17ch + 1.3rem)', whole: true, render: (r) => formatPhone(r.phone) },
  ];
}

export function ClientsList() {
  const { navigate } = useRouter();
  const [filters, setFilters] = useState<Filters>({
    search: '',
    kind: null,
    membership: null,
    year: null,
    archived: 'actifs',
    sort: { column: 'name', direction: 'asc' },
  });
  const { data, error, count, rowAt, showRange } = useListWindow('clients.list', filters);
  const set = <F extends keyof Filters>(k: F, v: Filters[F]) => setFilters((f) => ({ ...f, [k]: v }));
  const year = data?.year ?? new Date().getFullYear();

  return (
    <section className="page page-wide">
      <header className="page-header">
        <h1>Utilisateurs</h1>
        <div className="actions">
          <IfAllowed to="clients.write">
            <Link to="/utilisateurs/import" className="button">
              Importer un fichier
            </Link>
          </IfAllowed>
          <ExportButton kind="clients" filters={filters} />
          <IfAllowed to="clients.write">
            <Link to="/utilisateurs/nouveau" className="button button-primary">
              Ajouter un utilisateur
            </Link>
          </IfAllowed>
        </div>
      </header>
      <div className="filter-bar" role="search">
        <SearchBox label="Rechercher un utilisateur" placeholder="Rechercher (nom, contact, commune, SIRET)…" value={filters.search} onChange={(x) => set('search', x)} />
        <ChoiceFilter label="Type" value={filters.kind} onChange={(x) => set('kind', x)} options={CLIENT_KINDS} />
        <ChoiceFilter label={`Adhésion ${year}`} value={filters.membership} onChange={(x) => set('membership', x)} options={MEMBERSHIP_FILTER} all="Toutes" />
        <ArchivedFilter value={filters.archived} onChange={(x) => set('archived', x)} />
        <span className="row-count" aria-live="polite">
          {data ? `${formatNumber(count)} utilisateur${count > 1 ? 's' : ''}` : 'Chargement…'}
        </span>
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {data && (
        <DataTable
          label="Liste des utilisateurs"
          columns={columns(year)}
          count={count}
          rowAt={rowAt}
          onRange={showRange}
          sort={filters.sort}
          onSort={(s) => set('sort', s as Filters['sort'])}
          onOpen={(r) => navigate(`/utilisateurs/${r.id}`)}
          empty={
            filters.search || filters.kind || filters.membership ? (
              <p>Aucun utilisateur ne correspond à ces critères.</p>
            ) : (
              <p>
                Aucun utilisateur. <Link to="/utilisateurs/nouveau">Ajouter un utilisateur</Link> ou{' '}
                <Link to="/utilisateurs/import">importer un fichier</Link>.
              </p>
            )
          }
        />
      )}
    </section>
  );
}
