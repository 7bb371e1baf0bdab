import { Fragment, useEffect } from 'react';
import type { AnnualReport, Figure } from '../../../../db/contract/annual-report';
import { formatHours, formatNumber } from '../../../../db/base/format';
import { useList } from '../../../components/useList';
import { ExportButton } from '../../../components/ExportButton';
import { DocumentActions } from '../../../print/DocumentActions';
import { Link, useRouter } from '../../../router';
import { PeriodForm } from './PeriodForm';
import { reportParts, type ShowFigure } from './ReportTables';
import { ReportCharts } from './ReportCharts';
import { figurePath, periodLabel, reportPrintPath, type Period } from './report-period';
import './annual.css';

// Rapports > Rapport d'activité (domain §5): the year's (or any period's) figures for the DDETS
// and the board. Every number is a link to the people or records it counts, so the director can
// check it before signing; the same figures print (#/print/rapport-annuel) and export.

export function AnnualReportScreen({ period }: { period: Period }) {
  const { data: report, error, loading } = useList('annualReport.get', period, 0);
  useEffect(() => {
    document.title = `Rapport d'activité — ${periodLabel(period)}`;
  }, [period]);
  return (
    <section className="page report-page">
      <header className="page-header record-header">
        <div>
          <h1>Rapport d'activité</h1>
          <p className="muted">{periodLabel(period)[0]!.toUpperCase() + periodLabel(period).slice(1)}</p>
        </div>
        <div className="record-actions">
          <DocumentActions doc={{ route: reportPrintPath(period), fileName: `rapport-activite-${period.from}-${period.to}.pdf` }} printLabel="Imprimer le rapport" />
          <ExportButton kind="annualReport" period={period} />
        </div>
      </header>
      <PeriodForm key={`${period.from}|${period.to}`} period={period} />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!report && !error && <p className="muted">Préparation du rapport…</p>}
      {report && <ReportBody report={report} period={period} stale={loading} />}
    </section>
  );
}

function ReportBody({ report: r, period, stale }: { report: AnnualReport; period: Period; stale: boolean }) {
  const { navigate } = useRouter();
  const show: ShowFigure = (f, text) => (
    <Link to={figurePath(period, f.key)} className="figure-link" title="Voir la liste">
      {text}
    </Link>
  );
  const open = (f: Figure) => navigate(figurePath(period, f.key));
  return (
    <div className="report-body" aria-busy={stale || undefined}>
      <p className="report-summary">
        {show(r.workers.presents, `${formatNumber(r.workers.presents.value)} salariés présents`)}, {show(r.hours.total, `${formatHours(r.hours.total.value)} travaillées`)}, soit{' '}
        {formatNumber(r.hours.etp, 2)} ETP (une année de {formatHours(r.etpAnnualMinutes)}
        {r.months !== 12 ? `, rapportée à ${formatNumber(r.months, 2)} mois` : ''}). Chaque chiffre ouvre la liste qu'il compte.
      </p>
      {reportParts(r, show, <ReportCharts report={r} onOpen={open} />).map((p) => (
        <Fragment key={p.key}>{p.node}</Fragment>
      ))}
    </div>
  );
}
