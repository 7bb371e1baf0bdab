import type { AspMonthly } from '../../db/contract/reports';
import type { Organisation } from '../../db/contract/settings';
import { formatDate, formatHours, formatMonth } from '../../db/base/format';
import { send } from '../api/client';
import { block, PrintedDocument, table, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle, organisationIdentity, Parties } from './document-parts';
import { loadMonthReport } from './month-report';

// The suivi mensuel (domain §4): for each worker, the PASS IAE and its dates, the hours of the
// month and the placements' dates: what the office types into the ASP's extranet.

export const aspLabel = (month: string) => `Suivi mensuel ASP – ${formatMonth(month)}`;
export const aspRoute = (month: string) => `/print/suivi-asp/${month}`;
export const aspFileName = (month: string) => `suivi-mensuel-asp-${month}.pdf`;

function aspBlocks(a: AspMonthly, o: Organisation): PrintBlock[] {
  return [
    block('parties', <Parties from={organisationIdentity(o)} role="Extranet IAE (ASP)" to={{ name: 'Suivi mensuel', lines: [`Mois : ${formatMonth(a.month)}`] }} />),
    block('title', <DocTitle>{aspLabel(a.month)}</DocTitle>, { keepWithNext: true }),
    block(
      'intro',
      <p>
        {a.workers.length} salarié{a.workers.length > 1 ? 's' : ''} en mission dans le mois, {formatHours(a.minutes)} de travail.
      </p>,
      { keepWithNext: true },
    ),
    table('workers', {
      label: 'Salariés du mois',
      columns: [
        { header: 'Salarié', width: '44mm' },
        { header: 'PASS IAE', width: '50mm' },
        { header: 'Missions', width: 'auto' },
        { header: 'Heures', width: '20mm', align: 'right' },
      ],
      rows: a.workers.map((w) => ({
        key: String(w.workerId),
        cells: [
          <>
            <p>{w.workerName}</p>
            <p className="doc-small">né(e) le {formatDate(w.birthDate)}</p>
          </>,
          w.pass ? (
            <>
              <p>n° {w.pass.number}</p>
              <p className="doc-small">
                du {formatDate(w.pass.startDate)} au {formatDate(w.pass.endDate)}
              </p>
            </>
          ) : (
            <p>Aucun PASS IAE enregistré</p>
          ),
          <>
            {w.placements.map((p) => (
              <div key={p.placementId} className="doc-cell-item">
                <p>{p.clientName}</p>
                <p className="doc-small">
                  du {formatDate(p.startDate)} au {formatDate(p.endDate)}
                </p>
              </div>
            ))}
          </>,
          formatHours(w.minutes),
        ],
      })),
      foot: [{ key: 'total', cells: ['Total du mois', '', '', formatHours(a.minutes)] }],
    }),
  ];
}

/** #/print/suivi-asp/2026-03 */
export function AspMonthlyPrint({ month }: { month: string }) {
  return (
    <PrintScreen
      load={() => loadMonthReport(month, () => send('reports.asp', { month }), (r) => r.workers.length === 0)}
      title={() => aspLabel(month)}
      fileName={() => aspFileName(month)}
      back={{ to: `/rapports?mois=${month}`, label: 'Retour aux rapports' }}
      preparing="Préparation du suivi mensuel…"
    >
      {(d) => <PrintedDocument key={month} label={aspLabel(month)} blocks={aspBlocks(d.report, d.organisation)} />}
    </PrintScreen>
  );
}
