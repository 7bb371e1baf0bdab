import { useEffect, useMemo, useState } from 'react';
import type { ReportClientRow, ReportDetails, ReportHoursRow, ReportInvoiceRow, ReportWorkerRow } from '../../../../db/contract/annual-report';
import { REPORT_EXIT_CATEGORIES } from '../../../../db/contract/annual-report';
import { CLIENT_KINDS, labelOf } from '../../../../db/contract/reference';
import { formatDate, formatHours, formatMoney, formatNumber } from '../../../../db/base/format';
import { frenchCollator as collator } from '../../../../db/base/search';
import { DataTable, type Column, type SortState } from '../../../components/DataTable';
import { useList } from '../../../components/useList';
import { Link, useRouter } from '../../../router';
import { periodLabel, reportPath, type Period } from './report-period';
import './annual.css';

// The people or records behind one figure of the rapport d'activité: the list the director
// checks the number against. Its length (or its hours) is the figure; each line opens its record.

type Row<T> = T & { id: number; sortKeys: Record<string, string | number> };

const withIds = <T,>(rows: T[], keys: (r: T) => Record<string, string | number>): Row<T>[] => rows.map((r, i) => ({ ...r, id: i + 1, sortKeys: keys(r) }));

const WORKER_COLUMNS: Column<Row<ReportWorkerRow>>[] = [
  { key: 'name', label: 'Salarié', sortable: true, width: 'minmax(180px, 2fr)', title: (r) => r.name, render: (r) => <Link to={`/salaries/${r.workerId}`} tabIndex={-1}>{r.name}</Link> },
  { key: 'birthDate', label: 'Né(e) le', sortable: true, width: '7rem', whole: true, render: (r) => formatDate(r.birthDate) },
  { key: 'ageAtEntry', label: "Âge à l'entrée", sortable: true, align: 'right', width: '8rem', whole: true, render: (r) => `${r.ageAtEntry} ans` },
  { key: 'entryDate', label: 'Entrée', sortable: true, width: '7rem', whole: true, render: (r) => formatDate(r.entryDate) },
  { key: 'exitDate', label: 'Sortie', sortable: true, width: '7rem', whole: true, render: (r) => formatDate(r.exitDate) },
  {
    key: 'exitCategory',
    label: 'Catégorie de sortie',
    sortable: true,
    width: 'minmax(150px, 1fr)',
    render: (r) => REPORT_EXIT_CATEGORIES.find((c) => c.code === r.exitCategory)?.label ?? '',
  },
];

const HOURS_COLUMNS: Column<Row<ReportHoursRow>>[] = [
  { key: 'workerName', label: 'Salarié', sortable: true, width: 'minmax(170px, 1.5fr)', title: (r) => r.workerName, render: (r) => <Link to={`/salaries/${r.workerId}`} tabIndex={-1}>{r.workerName}</Link> },
  { key: 'clientName', label: 'Utilisateur', sortable: true, width: 'minmax(170px, 1.5fr)', title: (r) => r.clientName, render: (r) => <Link to={`/utilisateurs/${r.clientId}`} tabIndex={-1}>{r.clientName}</Link> },
  { key: 'clientKind', label: 'Type', sortable: true, width: '9rem', render: (r) => labelOf(CLIENT_KINDS, r.clientKind) },
  { key: 'placementId', label: 'Mission', sortable: true, width: '6rem', whole: true, render: (r) => <Link to={`/missions/${r.placementId}`} tabIndex={-1}>n° {r.placementId}</Link> },
  { key: 'minutes', label: 'Heures', sortable: true, align: 'right', width: '7rem', whole: true, render: (r) => formatHours(r.minutes) },
];

const CLIENT_COLUMNS: Column<Row<ReportClientRow>>[] = [
  { key: 'name', label: 'Utilisateur', sortable: true, width: 'minmax(200px, 2fr)', title: (r) => r.name, render: (r) => <Link to={`/utilisateurs/${r.clientId}`} tabIndex={-1}>{r.name}</Link> },
  { key: 'kind', label: 'Type', sortable: true, width: '10rem', render: (r) => labelOf(CLIENT_KINDS, r.kind) },
  { key: 'minutes', label: 'Heures de la période', sortable: true, align: 'right', width: '10rem', whole: true, render: (r) => formatHours(r.minutes) },
];

const INVOICE_COLUMNS: Column<Row<ReportInvoiceRow>>[] = [
  { key: 'number', label: 'N°', sortable: true, width: '9rem', whole: true, render: (r) => <Link to={`/facturation/factures/${r.invoiceId}`} tabIndex={-1}>{r.number}</Link> },
  { key: 'kind', label: 'Pièce', sortable: true, width: '6rem', render: (r) => (r.kind === 'avoir' ? 'Avoir' : 'Facture') },
  { key: 'issuedOn', label: 'Émise le', sortable: true, width: '7rem', whole: true, render: (r) => formatDate(r.issuedOn) },
  { key: 'clientName', label: 'Utilisateur', sortable: true, width: 'minmax(180px, 2fr)', title: (r) => r.clientName, render: (r) => r.clientName },
  { key: 'clientKind', label: 'Type', sortable: true, width: '9rem', render: (r) => labelOf(CLIENT_KINDS, r.clientKind) },
  { key: 'cents', label: 'Montant HT', sortable: true, align: 'right', width: '8rem', whole: true, render: (r) => formatMoney(r.cents) },
];

function sorted<T>(rows: Row<T>[], sort: SortState): Row<T>[] {
  const dir = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.sortKeys[sort.column] ?? '';
    const y = b.sortKeys[sort.column] ?? '';
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c * dir || a.id - b.id;
  });
}

/** What the list says it holds: « 12 salariés », « 3 missions, 154 h ». */
function countText(d: ReportDetails): string {
  const n = d.rows.length;
  if (d.kind === 'workers') return `${formatNumber(n)} ${n > 1 ? 'lignes' : 'ligne'}`;
  if (d.kind === 'clients') return `${formatNumber(n)} ${n > 1 ? 'utilisateurs' : 'utilisateur'}`;
  if (d.kind === 'invoices') return `${formatNumber(n)} ${n > 1 ? 'pièces' : 'pièce'}, ${formatMoney(d.cents)} HT`;
  return `${formatNumber(n)} ${n > 1 ? 'missions' : 'mission'}, ${formatHours(d.minutes)}`;
}

export function FigureList({ period, figure }: { period: Period; figure: string }) {
  const { data, error } = useList('annualReport.details', { period, figure }, 0);
  useEffect(() => {
    if (data) document.title = `${data.title} — ${periodLabel(period)}`;
  }, [data, period]);
  return (
    <section className="page report-page">
      <header className="page-header record-header">
        <div>
          <h1>{data?.title ?? 'Liste du rapport'}</h1>
          <p className="muted">
            Rapport d'activité, {periodLabel(period)}
            {data ? ` : ${countText(data)}` : ''}
          </p>
        </div>
        <Link to={reportPath(period)} className="button">
          Retour au rapport
        </Link>
      </header>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p className="muted">Chargement…</p>}
      {data && <DetailsTable details={data} />}
    </section>
  );
}

function DetailsTable({ details: d }: { details: ReportDetails }) {
  const { navigate } = useRouter();
  if (d.kind === 'workers') {
    const rows = withIds(d.rows, (r) => ({ ...r, exitDate: r.exitDate ?? '', exitCategory: r.exitCategory ?? '' }));
    return <SortedTable label={d.title} columns={WORKER_COLUMNS} rows={rows} first="name" onOpen={(r) => navigate(`/salaries/${r.workerId}`)} />;
  }
  if (d.kind === 'hours') {
    const rows = withIds(d.rows, (r) => ({ ...r }));
    return <SortedTable label={d.title} columns={HOURS_COLUMNS} rows={rows} first="workerName" onOpen={(r) => navigate(`/missions/${r.placementId}`)} />;
  }
  if (d.kind === 'invoices') {
    const rows = withIds(d.rows, (r) => ({ ...r }));
    return <SortedTable label={d.title} columns={INVOICE_COLUMNS} rows={rows} first="issuedOn" onOpen={(r) => navigate(`/facturation/factures/${r.invoiceId}`)} />;
  }
  const rows = withIds(d.rows, (r) => ({ ...r }));
  return <SortedTable label={d.title} columns={CLIENT_COLUMNS} rows={rows} first="name" onOpen={(r) => navigate(`/utilisateurs/${r.clientId}`)} />;
}

function SortedTable<T>({ label, columns, rows, first, onOpen }: { label: string; columns: Column<Row<T>>[]; rows: Row<T>[]; first: string; onOpen(row: Row<T>): void }) {
  const [sort, setSort] = useState<SortState>({ column: first, direction: 'asc' });
  const shown = useMemo(() => sorted(rows, sort), [rows, sort]);
  return <DataTable label={label} columns={columns} rows={shown} sort={sort} onSort={setSort} onOpen={onOpen} empty={<p className="muted">Personne : ce chiffre vaut 0.</p>} />;
}
