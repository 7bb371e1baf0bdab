import type { ImportReport } from '../../db/contract/imports';
import { send } from '../api/client';
import { columnName } from '../screens/import/import-text';
import { refusedProblems, reportFacts } from '../screens/import/ImportReport';
import { block, PrintedDocument, table, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle } from './document-parts';

// The report of an import, printed on the one print mechanism: the summary, every refused line
// with its problems, every note on the lines imported; the tables' headings repeated on each page,
// rows never split.

type Problem = ReturnType<typeof refusedProblems>[number];

function problemsTable(key: string, title: string, what: string, problems: Problem[]): PrintBlock[] {
  return [
    block(`${key}-title`, <h2 className="doc-import-heading">{title}</h2>, { keepWithNext: true }),
    table(key, {
      label: title,
      className: 'doc-import-table',
      columns: [
        { header: 'Ligne', width: '13mm', align: 'right' },
        { header: 'Colonne', width: '46mm' },
        { header: 'Valeur', width: '42mm' },
        { header: what, width: 'auto' },
      ],
      rows: problems.map((p, i) => ({
        key: String(i),
        cells: [String(p.line), columnName(p), p.column || p.field ? (p.value === '' ? '(vide)' : `« ${p.value} »`) : '', p.message],
      })),
    }),
  ];
}

function reportBlocks(report: ImportReport): PrintBlock[] {
  const refused = refusedProblems(report);
  return [
    block('title', <DocTitle>Rapport d'import des {report.list === 'salaries' ? 'salariés' : 'utilisateurs'}</DocTitle>, { keepWithNext: true }),
    block('facts', <p>{reportFacts(report)}</p>),
    block('summary', <p className="doc-import-summary">{report.summary}</p>),
    ...(refused.length > 0 ? problemsTable('refused', 'Lignes refusées', 'Problème', refused) : []),
    ...(report.notes.length > 0 ? problemsTable('notes', 'Remarques sur les lignes importées', 'Remarque', report.notes) : []),
  ];
}

export function ImportReportPrint({ id }: { id: number }) {
  return (
    <PrintScreen
      load={async () => {
        const r = await send('imports.report', { id });
        return r.ok ? r.value : r.error.message;
      }}
      title={() => `Rapport d'import n° ${id}`}
      fileName={() => `rapport-import-${id}.pdf`}
      back={(report) => ({ to: `${report?.list === 'utilisateurs' ? '/utilisateurs' : '/salaries'}/import/${id}`, label: 'Retour au rapport' })}
      preparing="Préparation du rapport…"
    >
      {(report) => <PrintedDocument key={report.id} label={`Rapport d'import n° ${id}`} blocks={reportBlocks(report)} />}
    </PrintScreen>
  );
}
