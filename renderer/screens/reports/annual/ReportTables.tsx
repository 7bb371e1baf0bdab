import type { ReactNode } from 'react';
import type { AnnualReport, Breakdown, Figure } from '../../../../db/contract/annual-report';
import { CLIENT_KINDS, labelOf } from '../../../../db/contract/reference';
import { formatHours, formatMoney, formatMonth, formatNumber, formatPercent } from '../../../../db/base/format';

// The tables of the rapport d'activité, shared by the screen (each figure a link to the list
// behind it) and the printed document (plain numbers): `show` draws a figure either way.

export type ShowFigure = (figure: Figure, text: string) => ReactNode;

const count = (show: ShowFigure, f: Figure) => show(f, formatNumber(f.value));
const hours = (show: ShowFigure, f: Figure) => show(f, formatHours(f.value));
const etp = (value: number) => formatNumber(value, 2);

function Table({ caption, head, children, className }: { caption: string; head: string[]; children: ReactNode; className?: string }) {
  return (
    <table className={`report-table ${className ?? ''}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function WorkersTable({ report: r, show }: { report: AnnualReport; show: ShowFigure }) {
  return (
    <Table caption="Salariés en parcours" head={['', 'Présents', 'Entrées', 'Sorties']}>
      <tr>
        <th scope="row">Salariés</th>
        <td className="num">{count(show, r.workers.presents)}</td>
        <td className="num">{count(show, r.workers.entrees)}</td>
        <td className="num">{count(show, r.workers.sorties)}</td>
      </tr>
    </Table>
  );
}

export function HoursTable({ report: r, show }: { report: AnnualReport; show: ShowFigure }) {
  return (
    <Table caption="Heures et ETP par type d'utilisateur" head={["Type d'utilisateur", 'Salariés', 'Heures', 'ETP']}>
      {r.hours.byKind.map((k) => (
        <tr key={k.kind}>
          <th scope="row">{labelOf(CLIENT_KINDS, k.kind)}</th>
          <td className="num">{count(show, k.workers)}</td>
          <td className="num">{hours(show, k.minutes)}</td>
          <td className="num">{etp(k.etp)}</td>
        </tr>
      ))}
      <tr className="total">
        <th scope="row">Total</th>
        <td className="num">{count(show, r.hours.workers)}</td>
        <td className="num">{hours(show, r.hours.total)}</td>
        <td className="num">{etp(r.hours.etp)}</td>
      </tr>
    </Table>
  );
}

export function MonthsTable({ report: r, show }: { report: AnnualReport; show: ShowFigure }) {
  return (
    <Table caption="Heures par mois" head={['Mois', 'Heures']} className="report-months">
      {r.hours.byMonth.map((m) => (
        <tr key={m.month}>
          <th scope="row">{formatMonth(m.month)}</th>
          <td className="num">{hours(show, m.minutes)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function BreakdownTable({ breakdown: b, show }: { breakdown: Breakdown; show: ShowFigure }) {
  return (
    <Table caption={b.label} head={['', 'Présents', 'Entrées', 'Sorties']} className="report-breakdown">
      {b.lines.map((l) => (
        <tr key={l.code}>
          <th scope="row">{l.label}</th>
          <td className="num">{count(show, l.presents)}</td>
          <td className="num">{count(show, l.entrees)}</td>
          <td className="num">{count(show, l.sorties)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function ExitsTable({ report: r, show }: { report: AnnualReport; show: ShowFigure }) {
  const { exits } = r;
  return (
    <>
      <Table caption="Sorties par catégorie" head={['Catégorie', 'Nombre', 'Taux']}>
        {exits.byCategory.map((e) => (
          <tr key={e.category}>
            <th scope="row">{e.label}</th>
            <td className="num">{count(show, e.count)}</td>
            <td className="num">{formatPercent(e.rate)}</td>
          </tr>
        ))}
        <tr className="total">
          <th scope="row">Sorties dynamiques</th>
          <td className="num">{count(show, exits.dynamic.count)}</td>
          <td className="num">{formatPercent(exits.dynamic.rate)}</td>
        </tr>
        <tr>
          <th scope="row">Total des sorties</th>
          <td className="num">{count(show, exits.total)}</td>
          <td className="num">{exits.total.value > 0 ? formatPercent(100) : formatPercent(null)}</td>
        </tr>
      </Table>
      {!exits.categoriesRecorded && (
        <p className="report-note">
          Des sorties n'ont pas de motif (enregistrées avant le suivi des parcours) : elles sont comptées « Motif non renseigné ». Donnez leur motif dans Suivi,
          sur le parcours de chaque salarié, pour qu'elles comptent dans leur catégorie.
        </p>
      )}
      <p className="report-note">Sorties dynamiques : emploi durable, emploi de transition et sorties positives. Taux calculés sur l'ensemble des sorties.</p>
    </>
  );
}

export function ClientsTable({ report: r, show }: { report: AnnualReport; show: ShowFigure }) {
  return (
    <Table caption="Utilisateurs servis par type" head={["Type d'utilisateur", 'Nombre']}>
      {r.clients.byKind.map((c) => (
        <tr key={c.kind}>
          <th scope="row">{labelOf(CLIENT_KINDS, c.kind)}</th>
          <td className="num">{count(show, c.count)}</td>
        </tr>
      ))}
      <tr className="total">
        <th scope="row">Total</th>
        <td className="num">{count(show, r.clients.total)}</td>
      </tr>
    </Table>
  );
}

export function TurnoverTable({ report: r, show }: { report: AnnualReport; show: ShowFigure }) {
  return (
    <>
      <Table caption="Chiffre d'affaires facturé (HT)" head={["Type d'utilisateur", 'Montant']}>
        {r.turnover.byKind.map((k) => (
          <tr key={k.kind}>
            <th scope="row">{labelOf(CLIENT_KINDS, k.kind)}</th>
            <td className="num">{show(k.cents, formatMoney(k.cents.value))}</td>
          </tr>
        ))}
        <tr className="total">
          <th scope="row">Total</th>
          <td className="num">{show(r.turnover.total, formatMoney(r.turnover.total.value))}</td>
        </tr>
      </Table>
      <p className="report-note">Factures émises dans la période, moins les avoirs émis dans la période, hors taxes.</p>
    </>
  );
}

/** One part of the report, in order: the screen shows them one after the other, the printed report makes each a block never cut across two pages. */
export interface ReportPart {
  key: string;
  node: ReactNode;
  /** A heading that stays with what follows. */
  keepWithNext?: boolean;
}

/** The whole report below its summary, on screen and printed: the same tables and charts in the same order. */
export function reportParts(r: AnnualReport, show: ShowFigure, charts: ReactNode): ReportPart[] {
  const pairs: Breakdown[][] = [];
  for (let i = 0; i < r.breakdowns.length; i += 2) pairs.push(r.breakdowns.slice(i, i + 2));
  return [
    {
      key: 'workers',
      node: (
        <div className="report-grid">
          <WorkersTable report={r} show={show} />
          <ClientsTable report={r} show={show} />
        </div>
      ),
    },
    { key: 'hours', node: <HoursTable report={r} show={show} /> },
    { key: 'charts', node: charts },
    { key: 'months', node: <MonthsTable report={r} show={show} /> },
    {
      key: 'breakdowns',
      keepWithNext: true,
      node: (
        <>
          <h2>Répartition des salariés</h2>
          <p className="report-note">Présents : une fois chacun, tels qu'à leur entrée ; entrées et sorties : chaque parcours commencé ou terminé dans la période.</p>
        </>
      ),
    },
    ...pairs.map((pair) => ({
      key: `breakdown-${pair[0]!.dimension}`,
      node: (
        <div className="report-grid">
          {pair.map((b) => (
            <BreakdownTable key={b.dimension} breakdown={b} show={show} />
          ))}
        </div>
      ),
    })),
    { key: 'exits-title', keepWithNext: true, node: <h2>Sorties</h2> },
    { key: 'exits', node: <ExitsTable report={r} show={show} /> },
    { key: 'turnover', node: <TurnoverTable report={r} show={show} /> },
  ];
}
