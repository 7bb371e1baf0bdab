import type { AnnualReport } from '../../db/contract/annual-report';
import { formatDate, formatHours, formatNumber } from '../../db/base/format';
import { todayIso } from '../../db/base/dates';
import { send } from '../api/client';
import { ReportCharts } from '../screens/reports/annual/ReportCharts';
import { reportParts, type ShowFigure } from '../screens/reports/annual/ReportTables';
import { periodLabel, reportPath, type Period } from '../screens/reports/annual/report-period';
import { block, PrintedDocument, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle, Signatures } from './document-parts';
import '../screens/reports/annual/annual.css';

// The rapport d'activité printed for the DDETS and the board: the screen's tables and charts,
// plain numbers, on A4 sheets cut by PrintedDocument (no table or chart across two pages,
// « Page n / N »), the signature never alone on its page.

const plain: ShowFigure = (_, text) => text;

const titleOf = (p: Period) => `Rapport d'activité — ${periodLabel(p)}`;

function reportBlocks(r: AnnualReport, period: Period): PrintBlock[] {
  return [
    block('organisation', <p className="doc-name">{r.organisationName}</p>),
    block('title', <DocTitle>{titleOf(period)}</DocTitle>, { keepWithNext: true }),
    block(
      'intro',
      <p>
        Du {formatDate(r.from)} au {formatDate(r.to)} : {formatNumber(r.workers.presents.value)} salariés présents, {formatHours(r.hours.total.value)} travaillées, soit{' '}
        {formatNumber(r.hours.etp, 2)} ETP (une année de {formatHours(r.etpAnnualMinutes)}
        {r.months !== 12 ? `, rapportée à ${formatNumber(r.months, 2)} mois` : ''}).
      </p>,
    ),
    ...reportParts(r, plain, <ReportCharts report={r} width={640} />).map((p) => block(p.key, p.node, { keepWithNext: p.keepWithNext ?? false, className: 'doc-report' })),
    block('signature', <Signatures boxes={[{ title: `Fait le ${formatDate(todayIso())}`, name: '', hint: 'Signature de la direction' }]} />, { keepWithPrevious: true }),
  ];
}

/** #/print/rapport-annuel?du=2026-01-01&au=2026-12-31 */
export function AnnualReportPrint({ period }: { period: Period }) {
  return (
    <PrintScreen
      load={async () => {
        const r = await send('annualReport.get', period);
        return r.ok ? r.value : r.error.message;
      }}
      title={() => titleOf(period)}
      fileName={() => `rapport-activite-${period.from}-${period.to}.pdf`}
      back={{ to: reportPath(period), label: 'Retour au rapport' }}
      preparing="Préparation du rapport…"
    >
      {(r) => <PrintedDocument key={`${period.from}-${period.to}`} label={titleOf(period)} blocks={reportBlocks(r, period)} />}
    </PrintScreen>
  );
}
