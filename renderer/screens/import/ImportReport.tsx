import { useEffect } from 'react';
import type { ImportList, ImportReport } from '../../../db/contract/imports';
import { formatDateTime } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { base64ToBytes } from '../../api/files';
import { printDocument, saveFile } from '../../api/platform';
import { useFeedback } from '../../components/feedback';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { Link } from '../../router';
import { ImportProblems } from './ImportProblems';
import './import.css';

// The report an import leaves (step 3 of the wizard, and from « Derniers imports »): its summary,
// and right under it the refused lines with their problems and the notes on the lines imported.
// It can be printed, and the refused lines downloaded as a CSV (the file's columns and a
// « Problème » column) to correct them in the spreadsheet and import them again.

const LIST_NAMES: Record<ImportList, { path: string; noun: string }> = {
  salaries: { path: '/salaries', noun: 'salariés' },
  utilisateurs: { path: '/utilisateurs', noun: 'utilisateurs' },
};

/** The problems of the refused lines, one after the other (the table has a line per problem). */
export function refusedProblems(report: ImportReport) {
  return report.refusedLines.flatMap((l) => (l.problems.length > 0 ? l.problems : [{ line: l.line, column: '', field: '', value: '', message: 'Ligne refusée.' }]));
}

/** « Fichier « x.csv », importé le 28/11/2026 à 10:05 par lea. » */
export function reportFacts(report: ImportReport): string {
  return `Fichier « ${report.fileName} », importé le ${formatDateTime(report.importedAt)} par ${report.actor}.`;
}

export function ImportReportScreen({ id }: { id: number }) {
  const { toast } = useFeedback();
  const { data: report, error } = useList('imports.report', { id }, 0);

  useEffect(() => {
    document.getElementById('import-report-summary')?.focus();
  }, [report]);

  if (error || !report) return <LoadState error={error} />;
  const list = LIST_NAMES[report.list];
  const noteLines = new Set(report.notes.map((n) => n.line)).size;

  const download = async () => {
    const r = await send('imports.refusedLines', { id });
    if (!r.ok) return toast(errorText(r.error, true), 'error');
    const saved = await saveFile({ name: r.value.fileName, content: base64ToBytes(r.value.base64), type: 'csv' });
    if (saved.kind === 'saved') toast(`Lignes refusées enregistrées (${r.value.fileName})`);
    else if (saved.kind === 'failed') toast(saved.message, 'error');
  };
  const print = async () => {
    const r = await printDocument({ route: `/print/import/${id}`, fileName: `rapport-import-${id}.pdf` });
    if (r.kind === 'saved') toast(r.path ? `Rapport enregistré : ${r.path}` : 'Rapport enregistré');
    else if (r.kind === 'failed') toast(r.message, 'error');
  };

  return (
    <section className="page import-report">
      <header className="page-header">
        <h1>Rapport d'import des {list.noun}</h1>
        <div className="actions">
          {report.refused > 0 && (
            <button type="button" className="button" onClick={() => void download()}>
              Télécharger les lignes refusées (CSV)
            </button>
          )}
          <button type="button" className="button" onClick={() => void print()}>
            Imprimer le rapport
          </button>
        </div>
      </header>
      <p className="muted">{reportFacts(report)}</p>
      <p id="import-report-summary" tabIndex={-1} className={`import-summary ${report.refused > 0 ? 'import-summary-warn' : 'import-summary-ok'}`}>
        {report.summary}
      </p>
      {report.refused === 0 && report.notes.length === 0 && <p>Toutes les lignes du fichier ont été importées, sans remarque.</p>}
      <ImportProblems errors={refusedProblems(report)} errorLineCount={report.refused} notes={report.notes} noteLineCount={noteLines} done />
      <div className="form-actions">
        <Link to={list.path} className="button button-primary">
          Voir la liste des {list.noun}
        </Link>
        <Link to={`${list.path}/import`} className="button">
          Importer un autre fichier
        </Link>
      </div>
    </section>
  );
}
