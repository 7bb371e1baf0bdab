import type { HoursStatement } from '../../db/contract/reports';
import type { Organisation } from '../../db/contract/settings';
import { formatDate, formatDayWithWeekday, formatHours, formatMonth } from '../../db/base/format';
import { labelOf, TASK_KINDS } from '../../db/contract/reference';
import { send } from '../api/client';
import { block, PrintedDocument, table, type PrintBlock, type PrintRow } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { loadMonthReport } from './month-report';
import { clientIdentity, DocTitle, organisationIdentity, Parties, Signatures } from './document-parts';

// The relevé d'heures par utilisateur (domain §4): for one client and one month, the placements
// with their workers, then the hours day by day, and the boxes where the client certifies them.
// It goes with the client's invoice: HoursStatementDocument is the document on its own sheets,
// for any print view to place after the invoice (each document keeps its own page numbers).
// The month's batch (#/print/releves/2026-03) prints every client's relevé, one after another.

/** « Relevé d'heures mars 2026 – Atelier Vert »: the label at the foot of every page. */
export function hoursStatementLabel(s: Pick<HoursStatement, 'month' | 'clientName'>): string {
  return `Relevé d'heures ${formatMonth(s.month)} – ${s.clientName}`;
}

/** The PDF's name: `releve-heures-2026-03-utilisateur-12.pdf`. */
export function hoursStatementFileName(month: string, clientId?: number): string {
  return clientId === undefined ? `releves-heures-${month}.pdf` : `releve-heures-${month}-utilisateur-${clientId}.pdf`;
}

/** The print route of a month's relevés, or of one client's. */
export function hoursStatementRoute(month: string, clientId?: number): string {
  return clientId === undefined ? `/print/releves/${month}` : `/print/releves/${month}?utilisateur=${clientId}`;
}

const task = (p: HoursStatement['placements'][number]) => labelOf(TASK_KINDS, p.taskKind);

export function hoursStatementBlocks(s: HoursStatement, o: Organisation): PrintBlock[] {
  const missions: PrintRow[] = s.placements.map((p) => ({
    key: String(p.placementId),
    cells: [String(p.placementId), p.workerName, task(p), `${formatDate(p.startDate)} – ${formatDate(p.endDate)}`, String(p.days.length), formatHours(p.minutes)],
  }));
  // The days as a timesheet reads them: in order, then by worker.
  const days: PrintRow[] = s.placements
    .flatMap((p) => p.days.map((d) => ({ ...d, p })))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.p.workerName.localeCompare(b.p.workerName, 'fr') || a.p.placementId - b.p.placementId))
    .map((d) => ({ key: `${d.p.placementId}-${d.day}`, cells: [formatDayWithWeekday(d.day), d.p.workerName, `${task(d.p)} (n° ${d.p.placementId})`, formatHours(d.minutes)] }));
  const dayCount = new Set(s.placements.flatMap((p) => p.days.map((d) => d.day))).size;
  const total = (label: string): PrintRow => ({ key: 'total', cells: [label, '', '', formatHours(s.minutes)] });

  return [
    block('parties', <Parties from={organisationIdentity(o)} role="Utilisateur" to={clientIdentity({ ...s, displayName: s.clientName })} />),
    block('title', <DocTitle>Relevé d'heures – {formatMonth(s.month)}</DocTitle>, { keepWithNext: true }),
    block(
      'intro',
      <p>
        Heures effectuées en {formatMonth(s.month)} par les salariés de {o.name || "l'association"} mis à la disposition de l'utilisateur
        ci-dessus : <strong>{formatHours(s.minutes)}</strong> sur {dayCount} jour{dayCount > 1 ? 's' : ''}.
      </p>,
      { keepWithNext: true },
    ),
    table('missions', {
      label: 'Missions du mois',
      columns: [
        { header: 'Mission', width: '19mm', align: 'right' },
        { header: 'Salarié', width: '42mm' },
        { header: 'Tâche', width: 'auto' },
        { header: 'Période de la mission', width: '52mm' },
        { header: 'Jours', width: '14mm', align: 'right' },
        { header: 'Heures', width: '20mm', align: 'right' },
      ],
      rows: missions,
      foot: [{ key: 'total', cells: ['Total', '', '', '', String(dayCount), formatHours(s.minutes)] }],
    }),
    block('days-title', <h2>Détail par jour</h2>, { keepWithNext: true }),
    table('days', {
      label: 'Heures par jour',
      columns: [
        { header: 'Date', width: '34mm' },
        { header: 'Salarié', width: '50mm' },
        { header: 'Mission', width: 'auto' },
        { header: 'Heures', width: '20mm', align: 'right' },
      ],
      rows: days,
      foot: [total('Total du mois')],
    }),
    block(
      'certify',
      <p>
        L'utilisateur certifie exactes les heures ci-dessus. L'association établit sa facture sur la base de ce relevé.
      </p>,
      { keepWithNext: true },
    ),
    block(
      'signatures',
      <Signatures
        boxes={[
          { title: "Pour l'utilisateur", name: s.clientName, hint: `Date, nom, signature${s.clientKind === 'particulier' ? '' : ' et cachet'}` },
          { title: "Pour l'association", name: o.name, hint: 'Date, nom et signature' },
        ]}
      />,
      { keepWithPrevious: true },
    ),
  ];
}

/** One client's relevé on its own A4 sheets: to print on its own or after the invoice. */
export function HoursStatementDocument({ statement, organisation }: { statement: HoursStatement; organisation: Organisation }) {
  return (
    <PrintedDocument
      key={`${statement.month}-${statement.clientId}`}
      label={hoursStatementLabel(statement)}
      blocks={hoursStatementBlocks(statement, organisation)}
    />
  );
}

/** #/print/releves/2026-03: every client's relevé of the month; `?utilisateur=12`: one client's. */
export function HoursStatementsPrint({ month, clientId }: { month: string; clientId: number | null }) {
  const one = clientId ?? undefined;
  return (
    <PrintScreen
      load={() => loadMonthReport(month, () => send('reports.hoursStatements', one === undefined ? { month } : { month, clientIds: [one] }), (r) => r.length === 0)}
      title={(d) => (d.report.length === 1 ? hoursStatementLabel(d.report[0]!) : `Relevés d'heures ${formatMonth(d.month)}`)}
      fileName={() => hoursStatementFileName(month, one)}
      back={{ to: `/rapports?mois=${month}`, label: 'Retour aux rapports' }}
      preparing="Préparation des relevés d'heures…"
    >
      {(d) => d.report.map((s) => <HoursStatementDocument key={s.clientId} statement={s} organisation={d.organisation} />)}
    </PrintScreen>
  );
}
