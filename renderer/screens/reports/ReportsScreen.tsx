import type { ReactNode } from 'react';
import { formatHours, formatMoney } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { ExportButton } from '../../components/ExportButton';
import { MonthPicker } from '../../components/MonthPicker';
import { useList } from '../../components/useList';
import { BatchActions, DocumentActions } from '../../print/DocumentActions';
import { hoursStatementFileName, hoursStatementRoute } from '../../print/HoursStatement';
import { payrollFileName, payrollRoute } from '../../print/PayrollStatementPrint';
import { aspFileName, aspRoute } from '../../print/AspMonthlyPrint';
import { Link, useRouter } from '../../router';
import { useAccount } from '../../auth/account';
import { MonthFiguresPanel } from '../dashboard/MonthFiguresPanel';
import { monthAsked, shiftMonth } from '../hours/grid-model';
import './reports.css';

// #/rapports?mois=2026-03: the month's documents (domain §4): the relevés d'heures of every
// client, the état des heures par salarié for payroll, the suivi mensuel for the ASP, and the
// dashboard of the month. Each is printed through the print views (renderer/print/), the
// spreadsheets are written by the back end.

export function ReportsScreen({ month }: { month: string | null }) {
  const shown = monthAsked(month) ?? shiftMonth(todayIso().slice(0, 7), -1);
  const { navigate } = useRouter();
  const { can } = useAccount();
  const go = (m: string) => navigate(`/rapports?mois=${m}`);
  return (
    <section className="page reports-page">
      <header className="page-header">
        <h1>Rapports</h1>
        {/* The year's documents, beside the month's. */}
        <nav className="record-actions" aria-label="Documents de l'année">
          {can('reports.annual') && (
            <Link to="/rapports/annuel" className="button">
              Rapport d'activité
            </Link>
          )}
          {can('invoices.read') && (
            <Link to="/rapports/attestations" className="button">
              Attestations fiscales
            </Link>
          )}
        </nav>
      </header>
      <div className="filter-bar reports-month">
        <button type="button" className="button" onClick={() => go(shiftMonth(shown, -1))}>
          <span aria-hidden="true">‹ </span>Mois précédent
        </button>
        <MonthPicker id="rapports-mois" label="Mois" value={shown} onChange={(m) => m && go(m)} />
        <button type="button" className="button" onClick={() => go(shiftMonth(shown, 1))}>
          Mois suivant<span aria-hidden="true"> ›</span>
        </button>
      </div>
      <MonthDocuments key={shown} month={shown} />
    </section>
  );
}

function MonthDocuments({ month }: { month: string }) {
  return (
    <>
      <Statements month={month} />
      <Payroll month={month} />
      <Asp month={month} />
      <MonthFiguresPanel month={month} title="Tableau de bord du mois" />
    </>
  );
}

/** One document of the month: its title, what it is for, what it holds, its actions. */
function ReportCard({ title, purpose, summary, children }: { title: string; purpose: string; summary: ReactNode; children: ReactNode }) {
  return (
    <section className="report-card" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted">{purpose}</p>
      <div className="report-summary">{summary}</div>
      <div className="actions report-actions">{children}</div>
    </section>
  );
}

function Statements({ month }: { month: string }) {
  const list = useList('reports.hoursStatements', { month }, 0);
  const statements = list.data ?? [];
  const minutes = statements.reduce((s, x) => s + x.minutes, 0);
  return (
    <ReportCard
      title="Relevés d'heures par utilisateur"
      purpose="Pour chaque utilisateur : les missions, les salariés, les jours et les heures, avec le cadre de signature. Joint à la facture."
      summary={
        <Summary list={list} empty={statements.length === 0}>
          {statements.length} utilisateur{statements.length > 1 ? 's' : ''}, {formatHours(minutes)}
        </Summary>
      }
    >
      {statements.length > 0 && (
        <BatchActions
          noun="les relevés"
          whole={{ route: hoursStatementRoute(month), fileName: hoursStatementFileName(month) }}
          documents={statements.map((s) => ({ route: hoursStatementRoute(month, s.clientId), fileName: hoursStatementFileName(month, s.clientId) }))}
        />
      )}
      {statements.length > 0 && (
        <details className="report-clients">
          <summary>Un relevé à la fois</summary>
          <ul>
            {statements.map((s) => (
              <li key={s.clientId}>
                <Link to={hoursStatementRoute(month, s.clientId)}>{s.clientName}</Link> <span className="muted">{formatHours(s.minutes)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </ReportCard>
  );
}

function Payroll({ month }: { month: string }) {
  const list = useList('reports.payroll', { month }, 0);
  const p = list.data;
  return (
    <ReportCard
      title="État des heures par salarié"
      purpose="Pour le service de la paie : les heures de chaque salarié par utilisateur et au total, le salaire horaire et le montant brut."
      summary={
        <Summary list={list} empty={!p || p.workers.length === 0}>
          {p && `${p.workers.length} salarié${p.workers.length > 1 ? 's' : ''}, ${formatHours(p.minutes)}, ${formatMoney(p.grossCents)} brut`}
        </Summary>
      }
    >
      {p && p.workers.length > 0 && (
        <>
          <DocumentActions doc={{ route: payrollRoute(month), fileName: payrollFileName(month) }} printLabel="Imprimer l'état des heures" />
          <ExportButton kind="payroll" month={month} />
        </>
      )}
    </ReportCard>
  );
}

function Asp({ month }: { month: string }) {
  const list = useList('reports.asp', { month }, 0);
  const a = list.data;
  return (
    <ReportCard
      title="Suivi mensuel (ASP)"
      purpose="Les chiffres à saisir dans l'extranet de l'ASP : pour chaque salarié, le PASS IAE et ses dates, les heures du mois et les dates des missions."
      summary={
        <Summary list={list} empty={!a || a.workers.length === 0}>
          {a && `${a.workers.length} salarié${a.workers.length > 1 ? 's' : ''} en mission, ${formatHours(a.minutes)}`}
        </Summary>
      }
    >
      {a && a.workers.length > 0 && (
        <>
          <DocumentActions doc={{ route: aspRoute(month), fileName: aspFileName(month) }} printLabel="Imprimer le suivi mensuel" />
          <ExportButton kind="asp" month={month} />
        </>
      )}
    </ReportCard>
  );
}

function Summary({ list, empty, children }: { list: { data: unknown; error: string | null }; empty: boolean; children: ReactNode }) {
  if (list.error) {
    return (
      <p className="error-text" role="alert">
        {list.error}
      </p>
    );
  }
  if (list.data === null) return <p className="muted">Chargement…</p>;
  return <p>{empty ? 'Rien ce mois-ci : aucune heure enregistrée.' : children}</p>;
}
