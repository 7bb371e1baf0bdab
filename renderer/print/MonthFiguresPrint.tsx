import type { MonthFigures } from '../../db/contract/reports';
import type { Organisation } from '../../db/contract/settings';
import { formatMonth } from '../../db/base/format';
import { send } from '../api/client';
import { etpNote, hoursByKindLines, keyFigureLines, yearToDate } from '../components/month-figures';
import { block, PrintedDocument, table, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle, organisationIdentity, Parties } from './document-parts';
import { loadMonthReport } from './month-report';

// The Tableau de bord du mois on paper: the same figures as the home page.

export const figuresLabel = (month: string) => `Tableau de bord – ${formatMonth(month)}`;
export const figuresRoute = (month: string) => `/print/tableau-de-bord/${month}`;
export const figuresFileName = (month: string) => `tableau-de-bord-${month}.pdf`;

function figuresBlocks(f: MonthFigures, o: Organisation): PrintBlock[] {
  const byKind = hoursByKindLines(f);
  return [
    block('parties', <Parties from={organisationIdentity(o)} role="Document interne" to={{ name: 'Tableau de bord', lines: [`Mois : ${formatMonth(f.month)}`] }} />),
    block('title', <DocTitle>{figuresLabel(f.month)}</DocTitle>, { keepWithNext: true }),
    table('hours', {
      label: "Heures par type d'utilisateur",
      columns: [
        { header: "Type d'utilisateur", width: 'auto', rowHeader: true },
        { header: 'Heures du mois', width: '40mm', align: 'right' },
        { header: `Heures ${yearToDate(f.month)}`, width: '55mm', align: 'right' },
      ],
      rows: byKind.slice(0, -1).map((k) => ({ key: k.key, cells: [k.label, k.month, k.year] })),
      foot: byKind.slice(-1).map((k) => ({ key: k.key, cells: [k.label, k.month, k.year] })),
    }),
    table('figures', {
      label: 'Chiffres du mois',
      head: false,
      className: 'doc-mentions',
      columns: [
        { header: 'Chiffre', width: 'auto', rowHeader: true },
        { header: 'Valeur', width: '80mm', align: 'right' },
      ],
      rows: keyFigureLines(f).map((l) => ({ key: l.key, cells: [l.label, l.value] })),
    }),
    block('note', <p className="doc-legal">{etpNote(f)}</p>),
  ];
}

/** #/print/tableau-de-bord/2026-03 */
export function MonthFiguresPrint({ month }: { month: string }) {
  return (
    <PrintScreen
      load={() => loadMonthReport(month, () => send('reports.monthFigures', { month }))}
      title={() => figuresLabel(month)}
      fileName={() => figuresFileName(month)}
      back={{ to: `/rapports?mois=${month}`, label: 'Retour aux rapports' }}
      preparing="Préparation du tableau de bord…"
    >
      {(d) => <PrintedDocument key={month} label={figuresLabel(month)} blocks={figuresBlocks(d.report, d.organisation)} />}
    </PrintScreen>
  );
}
