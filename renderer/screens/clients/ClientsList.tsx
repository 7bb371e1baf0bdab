import { useEffect, useRef, useState } from 'react';
import type { ClientFilters, ClientRow } from '../../../db/contract/clients';
import { CLIENT_KINDS, labelOf } from '../../../db/contract/reference';
import { DataTable, type Column } from '../../components/DataTable';
import { useList } from '../../components/useList';
import { Badge } from '../../components/Badge';
import { ExportButton } from '../../components/ExportButton';
import { Link, useRouter } from '../../router';

type Filters = Required<Omit<ClientFilters, 'sort'>> & { sort: { column: NonNullable<ClientFilters['sort']>['column']; direction: 'asc' | 'desc' } };

function columns(year: number): Column<ClientRow>[] {
  return [
    {
      key: 'name',
      label: 'Nom ou raison sociale',
      sortable: true,
      width: 'minmax(200px, 2fr)',
      render: (r) => (
        <Link to={`/utilisateurs/${r.id}`} tabIndex={-1}>
          {r.name}
          {r.archived && <span className="muted"> (archivé)</span>}
        </Link>
      ),
    },
    { key: 'kind', label: 'Type', sortable: true, width: '130px', render: (r) => labelOf(CLIENT_KINDS, r.kind) },
    { key: 'city', label: 'Commune', sortable: true, width: 'minmax(110px, 1fr)', render: (r) => r.city ?? '' },
    { key: 'siret', label: 'SIRET', sortable: true, width: '150px', render: (r) => r.siret ?? '' },
    {
      key: 'membership',
      label: `Adhésion ${year}`,
      sortable: true,
      width: '140px',
      render: (r) => (r.membershipPaid ? <Badge tone="ok">Payée</Badge> : <Badge tone="warn">Manquante</Badge>),
    },
    { key: 'phone', label: 'Téléphone', width: '130px', render: (r) => r.phone ?? '' },
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
  const { data, error } = useList('clients.list', filters);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);
  const set = <F extends keyof Filters>(k: F, v: Filters[F]) => setFilters((f) => ({ ...f, [k]: v }));
  const count = data?.total ?? 0;
  const year = data?.year ?? new Date().getFullYear();

  return (
    <section className="page page-wide">
      <header className="page-header">
        <h1>Utilisateurs</h1>
        <div className="actions">
          <Link to="/utilisateurs/import" className="button">
            Importer un fichier
          </Link>
          <ExportButton kind="clients" filters={filters} />
          <Link to="/utilisateurs/nouveau" className="button button-primary">
            Ajouter un utilisateur
          </Link>
        </div>
      </header>
      <div className="filter-bar" role="search">
        <label className="search-field">
          <span className="sr-only">Rechercher un utilisateur</span>
          <input
            ref={search}
            type="search"
            placeholder="Rechercher (nom, contact, commune, SIRET)…"
            aria-label="Rechercher un utilisateur"
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
          Type{' '}
          <select value={filters.kind ?? ''} onChange={(e) => set('kind', (e.target.value || null) as Filters['kind'])}>
            <option value="">Tous</option>
            {CLIENT_KINDS.map((k) => (
              <option key={k.code} value={k.code}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Adhésion {year}{' '}
          <select value={filters.membership ?? ''} onChange={(e) => set('membership', (e.target.value || null) as Filters['membership'])}>
            <option value="">Toutes</option>
            <option value="a_jour">Payée</option>
            <option value="manquante">Manquante</option>
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
          {data ? `${count} utilisateur${count > 1 ? 's' : ''}` : 'Chargement…'}
        </span>
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {data && (
        <DataTable
          label="Liste des utilisateurs"
          columns={columns(year)}
          rows={data.rows}
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
