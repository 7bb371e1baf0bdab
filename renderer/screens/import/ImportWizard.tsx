import { de } from '../../../db/base/format';
import { useRef } from 'react';
import { FileChooser } from '../../components/FileChooser';
import { ImportPreview } from './ImportPreview';
import { useImport, type ImportKind } from './useImport';
import { RecentImports } from './RecentImports';
import './import.css';

// Importing a spreadsheet (workers or clients), in three steps: choose the CSV file; check what
// Passerelle understood (the refused lines and the notes right under the summary, the columns
// matched, the first lines); import. Nothing is written before the last step, and then either
// every valid line (after confirming that the lines in error are left out) or nothing at all;
// the report of the import then stays (ImportReport). The state and the calls live in
// useImport; the preview's panels in ImportPreview.

export interface ImportWizardProps {
  kind: ImportKind;
  /** Hash route to return to after the import or on « Annuler » (e.g. `/salaries`). */
  backTo: string;
  /** The page's heading, e.g. « Importer des salariés ». */
  title: string;
}

const STEPS = ['Choisir le fichier', 'Vérifier', 'Importer'];

export function ImportWizard(props: ImportWizardProps) {
  // Keyed by kind: going from one import page to the other starts afresh.
  return <Wizard key={props.kind} {...props} />;
}

function Wizard({ kind, backTo, title }: ImportWizardProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const w = useImport(kind, backTo, { fileInput, summary, alert });
  const step = w.busy === 'importing' ? 3 : w.result ? 2 : 1;
  const noun = kind === 'workers' ? 'salariés' : 'utilisateurs';

  return (
    <section className="page import-wizard">
      <header className="page-header">
        <h1>{title}</h1>
      </header>

      <ol className="import-steps" aria-label="Étapes de l'import">
        {STEPS.map((label, i) => (
          <li key={label} className={step === i + 1 ? 'current' : step > i + 1 ? 'done' : undefined} aria-current={step === i + 1 ? 'step' : undefined}>
            {i + 1}. {label}
          </li>
        ))}
      </ol>

      {w.error && (
        <div ref={alert} className="import-alert" role="alert" tabIndex={-1}>
          <p>{w.error}</p>
        </div>
      )}

      {!w.result ? (
        <div className="import-choose">
          <div className="notice import-help">
            <p>
              Choisissez un tableau {de(noun)} enregistré depuis Excel au format <strong>« CSV (séparateur : point-virgule) »</strong>{' '}
              (Fichier &gt; Enregistrer sous). Passerelle lit les fichiers en UTF-8 (avec ou sans BOM) ou en Windows-1252, les dates au
              format JJ/MM/AAAA (05/10/2026), les nombres avec une virgule (22,50) et « oui » / « non » pour les cases à cocher.
            </p>
            <p>
              Les colonnes attendues sont celles du modèle, prêt à remplir dans Excel :{' '}
              <button type="button" className="button" onClick={() => void w.downloadTemplate()}>
                Télécharger le modèle
              </button>
            </p>
            <p>Rien n'est enregistré avant que vous ayez vérifié l'aperçu et confirmé l'import.</p>
          </div>
          <FileChooser
            id="import-file"
            className="import-file"
            label="Fichier CSV"
            help="Un fichier .csv de 30 Mo au plus."
            type="csv"
            title="Choisir le fichier CSV à importer"
            inputRef={fileInput}
            onChosen={(file) => void w.chooseFile(file)}
            onFailed={w.setError}
          />
          <p className="import-status" role="status">
            {w.busy === 'reading' ? 'Lecture du fichier…' : ''}
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={w.cancel}>
              Annuler
            </button>
          </div>
          <RecentImports list={kind === 'workers' ? 'salaries' : 'utilisateurs'} backTo={backTo} />
        </div>
      ) : (
        <ImportPreview
          fileName={w.fileName}
          result={w.result}
          mapping={w.mapping}
          busy={w.busy}
          summaryRef={summary}
          onMapping={(key, value) => void w.changeMapping(key, value)}
          onImport={() => void w.runImport()}
          onChangeFile={w.changeFile}
          onCancel={w.cancel}
        />
      )}
    </section>
  );
}
