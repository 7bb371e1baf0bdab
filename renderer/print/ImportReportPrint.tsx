import { useEffect } from 'react';
import { useList } from '../components/useList';
import { ProblemsTable } from '../screens/import/ImportProblems';
import { refusedProblems, reportFacts } from '../screens/import/ImportReport';
import { PrintToolbar } from './PrintView';

// The report of an import, printed: the summary, every refused line with its problems, every
// note on the lines imported. A4, the tables' headings repeated on each page.

export function ImportReportPrint({ id }: { id: number }) {
  const { data: report, error } = useList('imports.report', { id }, 0);

  useEffect(() => {
    document.title = `Rapport d'import n° ${id}`;
  }, [id]);
  // Rendered: tell the Electron print path it can print now.
  useEffect(() => {
    if (report || error) document.documentElement.dataset.printReady = 'true';
  }, [report, error]);

  const back = report ? `${report.list === 'salaries' ? '/salaries' : '/utilisateurs'}/import/${id}` : '/';
  return (
    <div className="print-screen">
      <PrintToolbar ready={report !== null} backTo={back} backLabel="Retour au rapport" />
      {error && (
        <main className="print-doc" role="alert">
          <h1>Le rapport ne peut pas être préparé</h1>
          <p>{error}</p>
        </main>
      )}
      {report && (
        <main className="print-doc doc-import">
          <h1 className="doc-title">Rapport d'import des {report.list === 'salaries' ? 'salariés' : 'utilisateurs'}</h1>
          <p>{reportFacts(report)}</p>
          <p className="doc-import-summary">{report.summary}</p>
          {report.refusedLines.length > 0 && (
            <>
              <h2>Lignes refusées</h2>
              <ProblemsTable problems={refusedProblems(report)} title="Lignes refusées" what="Problème" all />
            </>
          )}
          {report.notes.length > 0 && (
            <>
              <h2>Remarques sur les lignes importées</h2>
              <ProblemsTable problems={report.notes} title="Remarques sur les lignes importées" what="Remarque" all />
            </>
          )}
        </main>
      )}
    </div>
  );
}
