import type { ImportProblem, ImportReport } from '../../db/contract/imports';
import { send } from '../api/client';
import { columnName } from '../screens/import/import-text';
import { refusedProblems, reportFacts } from '../screens/import/ImportReport';
import { block, PrintedDocument, table, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle } from './document-parts';

// The report of an import, printed on the app's one print mechanism: the summary, every refused
// line with its problems, every note on the lines imported; A4 sheets, the tables' headings
// repeated on each page, a line never split.

function problemsTable(key: string, label: string, what: string, problems: ImportProblem[]) {
  return table(key, {
    label,
    columns: [
      { header: 'Ligne', width: '14mm', align: 'right' },
      { header: 'Colonne', width: '44mm' },
      { header: 'Valeur', width: '42mm' },
      { header: what, width: 'auto' },
    ],
    rows: problems.map((p, i) => ({
      key: String(i),
      cells: [String(p.line), columnName(p), p.column || p.field ? (p.value === '' ? '(vide)' : `« ${p.value} »`) : '', p.message],
    })),
  });
}

function reportBlocks(report: ImportReport): PrintBlock[] {
  const blocks: PrintBlock[] = [
    block('title', <DocTitle>Rapport d'import des {report.list === 'salaries' ? 'salariés' : 'utilisateurs'}</DocTitle>, { keepWithNext: true }),
    block('facts', <p>{reportFacts(report)}</p>),
    block('summary', <p className="doc-import-summary">{report.summary}</p>),
  ];
  if (report.refusedLines.length > 0) {
    blocks.push(block('refused-title', <h2>Lignes refusées</h2>, { keepWithNext: true }), problemsTable('refused', 'Lignes refusées', 'Problème', refusedProblems(report)));
  }
  if (report.notes.length > 0) {
    blocks.push(
      block('notes-title', <h2>Remarques sur les lignes importées</h2>, { keepWithNext: true }),
      problemsTable('notes', 'Remarques sur les lignes importées', 'Remarque', report.notes),
    );
  }
  return blocks;
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
      back={(report) => ({ to: report ? `${report.list === 'salaries' ? '/salaries' : '/utilisateurs'}/import/${id}` : '/', label: 'Retour au rapport' })}
      preparing="Préparation du rapport…"
    >
      {(report) => <PrintedDocument key={id} label={`Rapport d'import n° ${id}`} blocks={reportBlocks(report)} />}
    </PrintScreen>
  );
}
