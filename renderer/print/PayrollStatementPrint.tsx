import type { PayrollStatement } from '../../db/contract/reports';
import type { Organisation } from '../../db/contract/settings';
import { formatHours, formatMoney, formatMonth } from '../../db/base/format';
import { send } from '../api/client';
import { block, PrintedDocument, table, type PrintBlock, type PrintRow } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle, organisationIdentity, Parties } from './document-parts';
import { loadMonthReport } from './month-report';

// The état des heures par salarié (domain §4), for the payroll office: for each worker the hours
// with each client at its wage rate and their gross amount, the worker's total, and the month's.

export const payrollLabel = (month: string) => `État des heures par salarié – ${formatMonth(month)}`;
export const payrollRoute = (month: string) => `/print/etat-des-heures/${month}`;
export const payrollFileName = (month: string) => `etat-des-heures-${month}.pdf`;

function payrollBlocks(p: PayrollStatement, o: Organisation): PrintBlock[] {
  const rows: PrintRow[] = p.workers.flatMap((w) => [
    ...w.lines.map((l, i) => ({
      key: `${w.workerId}-${l.clientId}-${l.wageRateCents}`,
      cells: [i === 0 ? w.workerName : '', l.clientName, formatHours(l.minutes), formatMoney(l.wageRateCents), formatMoney(l.grossCents)],
    })),
    { key: `${w.workerId}-total`, className: 'pd-subtotal', cells: ['Total du salarié', '', formatHours(w.minutes), '', formatMoney(w.grossCents)] },
  ]);
  return [
    block('parties', <Parties from={organisationIdentity(o)} role="Destinataire" to={{ name: 'Service de la paie', lines: [`Mois : ${formatMonth(p.month)}`] }} />),
    block('title', <DocTitle>{payrollLabel(p.month)}</DocTitle>, { keepWithNext: true }),
    block(
      'intro',
      <p>
        {p.workers.length} salarié{p.workers.length > 1 ? 's' : ''}, {formatHours(p.minutes)} de travail, {formatMoney(p.grossCents)} brut au
        total.
      </p>,
      { keepWithNext: true },
    ),
    table('workers', {
      label: 'Heures par salarié',
      columns: [
        { header: 'Salarié', width: '44mm' },
        { header: 'Utilisateur', width: 'auto' },
        { header: 'Heures', width: '22mm', align: 'right' },
        { header: 'Salaire horaire brut', width: '26mm', align: 'right' },
        { header: 'Montant brut', width: '27mm', align: 'right' },
      ],
      rows,
      foot: [{ key: 'total', cells: ['Total du mois', '', formatHours(p.minutes), '', formatMoney(p.grossCents)] }],
    }),
    block(
      'note',
      <p className="doc-legal">
        Montant brut d'une ligne : heures × salaire horaire brut, arrondi au centime. Le total d'un salarié est la somme de ses lignes. Les
        majorations éventuelles (heures supplémentaires, dimanches, jours fériés) sont à ajouter par le service de la paie.
      </p>,
    ),
  ];
}

/** #/print/etat-des-heures/2026-03 */
export function PayrollStatementPrint({ month }: { month: string }) {
  return (
    <PrintScreen
      load={() => loadMonthReport(month, () => send('reports.payroll', { month }), (r) => r.workers.length === 0)}
      title={() => payrollLabel(month)}
      fileName={() => payrollFileName(month)}
      back={{ to: `/rapports?mois=${month}`, label: 'Retour aux rapports' }}
      preparing="Préparation de l'état des heures…"
    >
      {(d) => <PrintedDocument key={month} label={payrollLabel(month)} blocks={payrollBlocks(d.report, d.organisation)} />}
    </PrintScreen>
  );
}
