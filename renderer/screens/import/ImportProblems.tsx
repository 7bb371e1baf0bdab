import type { ImportProblem } from '../../../db/contract/imports';
import { formatNumber as n } from '../../../db/base/format';
import { columnName, notedCount, refusedCount } from './import-text';

// The problems of an import, line by line, in a table: the line of the file, the column as the
// file heads it (and Passerelle's name for it when different), the value found and what is wrong
// with it. The same table in the preview, on the report kept after the import, and in its print.

/** Problems listed on screen; the rest are counted (the report's CSV holds them all). */
const MAX_SHOWN = 200;

interface ProblemsTableProps {
  problems: ImportProblem[];
  /** The table's accessible name and heading: « Lignes refusées », « Remarques sur les lignes importées ». */
  title: string;
  /** The last column's heading: « Problème » or « Remarque ». */
  what: string;
  /** Everything, for print; else the first MAX_SHOWN. */
  all?: boolean;
}

export function ProblemsTable({ problems, title, what, all }: ProblemsTableProps) {
  const shown = all ? problems : problems.slice(0, MAX_SHOWN);
  const more = problems.length - shown.length;
  return (
    <>
      <div className={all ? undefined : 'import-table-wrap import-errors-wrap'}>
        <table className="import-table import-errors" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Colonne</th>
              <th scope="col">Valeur</th>
              <th scope="col">{what}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={i}>
                <td className="num">{p.line}</td>
                <td>{columnName(p)}</td>
                <td className={p.value.length <= 24 ? 'import-value import-value-short' : 'import-value'}>{p.column || p.field ? (p.value === '' ? <span className="muted">(vide)</span> : `« ${p.value} »`) : ''}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p className="import-more">
          Les {n(MAX_SHOWN)} premières lignes du tableau sont affichées ; {more >= 2 ? `${n(more)} autres ne le sont pas` : '1 autre ne l’est pas'}.
          Le fichier des lignes refusées les contient toutes.
        </p>
      )}
    </>
  );
}

/** The refused lines and the notes, under their headings: what the preview and the report show. */
interface ImportProblemsProps {
  errors: ImportProblem[];
  errorLineCount: number;
  notes: ImportProblem[];
  noteLineCount: number;
  /** Said after the import (« n'a pas été importée »), rather than before it. */
  done?: boolean;
}

export function ImportProblems({ errors, errorLineCount, notes, noteLineCount, done }: ImportProblemsProps) {
  return (
    <>
      {errors.length > 0 && (
        <section aria-labelledby="import-refused-title">
          <h2 id="import-refused-title">Lignes refusées</h2>
          <p className="muted">
            {refusedCount(errorLineCount, done)} ; corrigez-les dans le tableur puis importez-les à nouveau. Les numéros de ligne sont ceux du
            fichier (la ligne 1 est celle des titres).
          </p>
          <ProblemsTable problems={errors} title="Lignes refusées" what="Problème" />
        </section>
      )}
      {notes.length > 0 && (
        <section aria-labelledby="import-notes-title">
          <h2 id="import-notes-title">Remarques sur les lignes importées</h2>
          <p className="muted">
            {notedCount(noteLineCount, done)} avec une valeur corrigée ou laissée de côté : vérifiez les fiches concernées.
          </p>
          <ProblemsTable problems={notes} title="Remarques sur les lignes importées" what="Remarque" />
        </section>
      )}
    </>
  );
}
