import { useEffect } from 'react';
import { formatDate, formatHours, formatNumber } from '../../db/base/format';
import { todayIso } from '../../db/base/dates';
import { useList } from '../components/useList';
import { ReportSections, type ShowFigure } from '../screens/reports/annual/ReportTables';
import { periodLabel, reportPath, type Period } from '../screens/reports/annual/report-period';
import { PrintToolbar } from './PrintView';
import '../screens/reports/annual/annual.css';

// The rapport d'activité printed for the DDETS and the board: the screen's tables and charts,
// plain numbers, A4, black on white, the tables' rows never cut across two pages.

const plain: ShowFigure = (_, text) => text;

export function AnnualReportPrint({ period }: { period: Period }) {
  const { data: r, error } = useList('annualReport.get', period, 0);
  const title = `Rapport d'activité — ${periodLabel(period)}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (r || error) document.documentElement.dataset.printReady = 'true';
  }, [r, error]);
  return (
    <div className="print-screen">
      <PrintToolbar ready={r !== null} backTo={reportPath(period)} backLabel="Retour au rapport" />
      {error && (
        <main className="print-doc" role="alert">
          <h1>Le rapport ne peut pas être préparé</h1>
          <p>{error}</p>
        </main>
      )}
      {r && (
        <main className="print-doc doc-report">
          <p className="doc-name">{r.organisationName}</p>
          <h1 className="doc-title">{title[0]!.toUpperCase() + title.slice(1)}</h1>
          <p className="doc-intro">
            Du {formatDate(r.from)} au {formatDate(r.to)} : {formatNumber(r.workers.presents.value)} salariés présents, {formatHours(r.hours.total.value)} travaillées, soit{' '}
            {formatNumber(r.hours.etp, 2)} ETP (une année de {formatHours(r.etpAnnualMinutes)}
            {r.months !== 12 ? `, rapportée à ${formatNumber(r.months, 2)} mois` : ''}).
          </p>
          <ReportSections
            report={r}
            show={plain}
            chartWidth={640}
            last={
              <div className="doc-signatures report-signature">
                <div className="doc-signature">
                  <p className="doc-signature-title">Fait le {formatDate(todayIso())}</p>
                  <p className="doc-signature-hint">Signature de la direction</p>
                </div>
              </div>
            }
          />
        </main>
      )}
    </div>
  );
}
