import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ImportPreviewResult } from '../../../db/contract/imports';
import { formatNumber } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { fileToBase64, saveTextFile } from '../../api/files';
import { useFeedback } from '../../components/feedback';
import { useRouter } from '../../router';

// Importing a spreadsheet (workers or clients), in three steps: choose the CSV file; check what
// Passerelle understood (the columns matched, the first lines, every error with its line);
// import. Nothing is written before the last step, and then either every valid line (after
// confirming that the lines in error are left out) or nothing at all.

export type ImportKind = 'workers' | 'clients';

export interface ImportWizardProps {
  kind: ImportKind;
  /** Hash route to return to after the import or on « Annuler » (e.g. `/salaries`). */
  backTo: string;
  /** The page's heading, e.g. « Importer des salariés ». */
  title: string;
}

type Mapping = Record<string, number | null>;
type Busy = null | 'reading' | 'checking' | 'importing';

/** The schema accepts 40 M base64 characters, i.e. 30 MB. */
const MAX_BYTES = 30 * 1024 * 1024;
/** Errors listed on screen; the rest are counted. */
const MAX_ERRORS_SHOWN = 200;


const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (avec BOM)',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
};

const DELIMITERS: Record<string, string> = {
  ';': 'point-virgule',
  ',': 'virgule',
  '\t': 'tabulation',
  '|': 'barre verticale',
};

const n = (value: number) => formatNumber(value);

function preview(kind: ImportKind, fileBase64: string, mapping: Mapping | null) {
  const input = { fileBase64, mapping };
  return kind === 'workers' ? send('workers.importPreview', input) : send('clients.importPreview', input);
}

function commit(kind: ImportKind, fileBase64: string, mapping: Mapping, skipInvalid: boolean) {
  const input = { fileBase64, mapping, skipInvalid };
  return kind === 'workers' ? send('workers.importCommit', input) : send('clients.importCommit', input);
}

function importLabel(result: ImportPreviewResult): string {
  const valid = result.validCount;
  if (result.errorLineCount === 0) return valid >= 2 ? `Importer ${n(valid)} lignes` : 'Importer 1 ligne';
  return valid >= 2 ? `Importer les ${n(valid)} lignes valides` : 'Importer la ligne valide';
}

function skipMessage(result: ImportPreviewResult): string {
  const bad = result.errorLineCount;
  const good = result.validCount;
  const first = bad >= 2 ? `Les ${n(bad)} lignes en erreur ne seront pas importées.` : 'La ligne en erreur ne sera pas importée.';
  const second = good >= 2 ? `Les ${n(good)} lignes valides seront importées.` : 'La ligne valide sera importée.';
  return `${first} ${second}`;
}

function headerName(headers: string[], index: number): string {
  const h = headers[index]?.trim() ?? '';
  return h === '' ? `(colonne ${index + 1} sans titre)` : h;
}

export function ImportWizard(props: ImportWizardProps) {
  // Keyed by kind: going from one import page to the other starts afresh.
  return <Wizard key={props.kind} {...props} />;
}

function Wizard({ kind, backTo, title }: ImportWizardProps) {
  const { toast, confirm } = useFeedback();

  const downloadTemplate = async () => {
    const r = kind === 'workers' ? await send('workers.importTemplate', {}) : await send('clients.importTemplate', {});
    if (!r.ok) return toast(errorText(r.error, true), 'error');
    const saved = await saveTextFile(r.value.fileName, r.value.content);
    if (saved.ok) toast(`Modèle enregistré (${r.value.fileName})`);
  };
  const { navigate } = useRouter();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [result, setResult] = useState<ImportPreviewResult | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  /** Each preview request gets a number; an answer to an older request is dropped. */
  const request = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const focusSummary = useRef(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusAlert = useRef(false);

  // Keyboard: the file input on arrival (and when changing file), the summary once a file is read.
  useEffect(() => {
    if (!result) fileInput.current?.focus();
    else if (focusSummary.current) {
      focusSummary.current = false;
      summaryRef.current?.focus();
    }
  }, [result]);

  useEffect(() => {
    if (error && focusAlert.current) {
      focusAlert.current = false;
      alertRef.current?.focus();
    }
  }, [error]);

  const chooseFile = async (chosen: File) => {
    setError(null);
    if (/\.(xlsx|xlsm|xls|ods)$/i.test(chosen.name)) {
      setError(
        `« ${chosen.name} » est un classeur, pas un fichier CSV. Ouvrez-le dans Excel, choisissez Fichier > Enregistrer sous > « CSV (séparateur : point-virgule) », puis choisissez ici le fichier .csv obtenu.`,
      );
      return;
    }
    if (chosen.size === 0) {
      setError(`Le fichier « ${chosen.name} » est vide.`);
      return;
    }
    if (chosen.size > MAX_BYTES) {
      setError('Le fichier dépasse 30 Mo : découpez-le en plusieurs fichiers.');
      return;
    }
    const id = ++request.current;
    setBusy('reading');
    let base64: string;
    try {
      base64 = await fileToBase64(chosen);
    } catch {
      if (id === request.current) {
        setBusy(null);
        setError(`Le fichier « ${chosen.name} » n'a pas pu être lu. Vérifiez qu'il n'est pas ouvert dans un autre programme, puis réessayez.`);
      }
      return;
    }
    const r = await preview(kind, base64, null);
    if (id !== request.current) return;
    setBusy(null);
    if (!r.ok) {
      setError(errorText(r.error, true));
      return;
    }
    focusSummary.current = true;
    setFile({ name: chosen.name, base64 });
    setMapping(r.value.mapping);
    setResult(r.value);
  };

  const changeMapping = async (key: string, value: number | null) => {
    if (!file) return;
    const next = { ...mapping, [key]: value };
    setMapping(next);
    setError(null);
    const id = ++request.current;
    setBusy('checking');
    const r = await preview(kind, file.base64, next);
    if (id !== request.current) return;
    setBusy(null);
    if (!r.ok) {
      setError(errorText(r.error, true));
      return;
    }
    setMapping(r.value.mapping);
    setResult(r.value);
  };

  const changeFile = () => {
    request.current++;
    setBusy(null);
    setError(null);
    setFile(null);
    setResult(null);
    setMapping({});
  };

  const runImport = async () => {
    if (!file || !result || busy) return;
    const skipInvalid = result.errorLineCount > 0;
    if (skipInvalid) {
      const ok = await confirm({
        title: 'Ignorer les lignes en erreur ?',
        body: skipMessage(result),
        confirmLabel: 'Importer les lignes valides',
        cancelLabel: 'Revenir',
      });
      if (!ok) return;
    }
    const id = ++request.current;
    setError(null);
    setBusy('importing');
    const r = await commit(kind, file.base64, result.mapping, skipInvalid);
    if (id !== request.current) return;
    if (r.ok) {
      toast(r.value.summary);
      navigate(backTo);
      return;
    }
    setBusy(null);
    setError(errorText(r.error, true));
    // The button pressed may go away with the new preview: keep the keyboard on the message.
    focusAlert.current = true;
    // The database may have changed since the preview (someone added the same person):
    // read the file again so that the lists below say why. The preview stays if that fails.
    const again = await preview(kind, file.base64, result.mapping);
    if (id === request.current && again.ok) {
      setMapping(again.value.mapping);
      setResult(again.value);
    }
  };

  const step = busy === 'importing' ? 3 : result ? 2 : 1;
  const noun = kind === 'workers' ? 'salariés' : 'utilisateurs';

  return (
    <section className="page import-wizard">
      <header className="page-header">
        <h1>{title}</h1>
      </header>

      <ol className="import-steps" aria-label="Étapes de l'import">
        {['Choisir le fichier', 'Vérifier', 'Importer'].map((label, i) => (
          <li key={label} className={step === i + 1 ? 'current' : step > i + 1 ? 'done' : undefined} aria-current={step === i + 1 ? 'step' : undefined}>
            {i + 1}. {label}
          </li>
        ))}
      </ol>

      {error && (
        <div ref={alertRef} className="import-alert" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}

      {!result ? (
        <div className="import-choose">
          <div className="notice import-help">
            <p>
              Choisissez un tableau de {noun} enregistré depuis Excel au format <strong>« CSV (séparateur : point-virgule) »</strong>{' '}
              (Fichier &gt; Enregistrer sous). Passerelle lit les fichiers en UTF-8 (avec ou sans BOM) ou en Windows-1252, les dates au
              format JJ/MM/AAAA (05/10/2026), les nombres avec une virgule (22,50) et « oui » / « non » pour les cases à cocher.
            </p>
            <p>
              Les colonnes attendues sont celles du modèle, prêt à remplir dans Excel :{' '}
              <button type="button" className="button" onClick={() => void downloadTemplate()}>
                Télécharger le modèle
              </button>
            </p>
            <p>Rien n'est enregistré avant que vous ayez vérifié l'aperçu et confirmé l'import.</p>
          </div>
          <div className="field import-file">
            <label htmlFor="import-file">Fichier CSV</label>
            <input
              ref={fileInput}
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="import-file-help"
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                e.target.value = '';
                if (chosen) void chooseFile(chosen);
              }}
            />
            <p id="import-file-help" className="field-help">
              Un fichier .csv de 30 Mo au plus.
            </p>
          </div>
          <p className="import-status" role="status">
            {busy === 'reading' ? 'Lecture du fichier…' : ''}
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => navigate(backTo)}>
              Annuler
            </button>
          </div>
        </div>
      ) : (
        <Preview
          fileName={file?.name ?? ''}
          result={result}
          mapping={mapping}
          busy={busy}
          summaryRef={summaryRef}
          onMapping={(key, value) => void changeMapping(key, value)}
          onImport={() => void runImport()}
          onChangeFile={changeFile}
          onCancel={() => navigate(backTo)}
        />
      )}
    </section>
  );
}

function Preview({
  fileName,
  result,
  mapping,
  busy,
  summaryRef,
  onMapping,
  onImport,
  onChangeFile,
  onCancel,
}: {
  fileName: string;
  result: ImportPreviewResult;
  mapping: Mapping;
  busy: Busy;
  summaryRef: RefObject<HTMLParagraphElement | null>;
  onMapping(key: string, value: number | null): void;
  onImport(): void;
  onChangeFile(): void;
  onCancel(): void;
}) {
  const missing = result.missingColumns.length > 0;
  // Which column each header of the file serves (to say « déjà pour … » in the lists).
  const usedBy = new Map<number, string>();
  for (const c of result.columns) {
    const index = mapping[c.key];
    if (index !== null && index !== undefined && !usedBy.has(index)) usedBy.set(index, c.label);
  }
  const unused = result.headers.map((h, i) => ({ h: h.trim(), i })).filter(({ h, i }) => h !== '' && !usedBy.has(i));
  const sampleColumns = result.columns.filter((c) => result.sample.some((s) => c.label in s.cells));
  const shownErrors = result.errors.slice(0, MAX_ERRORS_SHOWN);
  const moreErrors = result.errors.length - shownErrors.length;

  return (
    <div className="import-preview">
      <p className="muted import-file-facts">
        Fichier <strong>{fileName}</strong> : {ENCODINGS[result.encoding] ?? result.encoding}, séparateur{' '}
        {DELIMITERS[result.delimiter] ?? `« ${result.delimiter} »`}, {n(result.headers.length)} colonne{result.headers.length >= 2 ? 's' : ''}.
      </p>
      <p
        ref={summaryRef}
        tabIndex={-1}
        className={`import-summary ${missing || result.errorLineCount > 0 ? 'import-summary-warn' : 'import-summary-ok'}`}
        aria-live="polite"
      >
        {result.summary}
      </p>
      <p className="import-status" role="status">
        {busy === 'checking' ? 'Vérification du fichier…' : busy === 'importing' ? 'Import en cours…' : ''}
      </p>

      <h2 id="import-mapping-title">Correspondance des colonnes</h2>
      <p className="muted">
        Pour chaque colonne attendue, la colonne du fichier qui la contient. <span className="required">*</span> colonne obligatoire.
      </p>
      <table className="import-table import-mapping" aria-labelledby="import-mapping-title">
        <thead>
          <tr>
            <th scope="col">Colonne attendue</th>
            <th scope="col">Colonne du fichier</th>
          </tr>
        </thead>
        <tbody>
          {result.columns.map((c) => {
            const id = `import-map-${c.key}`;
            const value = mapping[c.key] ?? null;
            const lacking = c.required && value === null;
            return (
              <tr key={c.key} className={lacking ? 'import-row-missing' : undefined}>
                <th scope="row">
                  <label htmlFor={id}>
                    {c.label}
                    {c.required && (
                      <span className="required" aria-hidden="true">
                        {' '}*
                      </span>
                    )}
                  </label>
                </th>
                <td>
                  <select
                    id={id}
                    value={value === null ? '' : String(value)}
                    required={c.required}
                    aria-required={c.required || undefined}
                    aria-invalid={lacking || undefined}
                    aria-describedby={lacking ? `${id}-missing` : undefined}
                    disabled={busy === 'importing'}
                    onChange={(e) => onMapping(c.key, e.target.value === '' ? null : Number(e.target.value))}
                  >
                    <option value="">(aucune)</option>
                    {result.headers.map((_, i) => {
                      const other = usedBy.get(i);
                      return (
                        <option key={i} value={String(i)}>
                          {headerName(result.headers, i)}
                          {other && other !== c.label && value !== i ? ` (déjà pour « ${other} »)` : ''}
                        </option>
                      );
                    })}
                  </select>
                  {lacking && (
                    <span id={`${id}-missing`} className="import-missing">
                      {' '}
                      Obligatoire : à associer
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {unused.length > 0 && (
        <p className="muted">
          Colonnes du fichier non utilisées : {unused.map(({ h }) => `« ${h} »`).join(', ')}.
        </p>
      )}

      {result.sample.length > 0 && (
        <>
          <h2 id="import-sample-title">Premières lignes</h2>
          <div className="import-table-wrap" role="region" aria-labelledby="import-sample-title" tabIndex={0}>
            <table className="import-table import-sample">
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  {sampleColumns.map((c) => (
                    <th key={c.key} scope="col">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.sample.map((s) => (
                  <tr key={s.line}>
                    <td className="num">{s.line}</td>
                    {sampleColumns.map((c) => (
                      <td key={c.key} title={s.cells[c.label] ?? ''}>
                        {s.cells[c.label] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {result.errors.length > 0 && (
        <>
          <h2>Erreurs ligne par ligne</h2>
          <p className="muted">
            {result.errors.length >= 2 ? `${n(result.errors.length)} erreurs` : '1 erreur'} sur{' '}
            {result.errorLineCount >= 2 ? `${n(result.errorLineCount)} lignes` : '1 ligne'}. Les numéros de ligne sont ceux du fichier
            (la ligne 1 est celle des titres).
          </p>
          <div className="import-table-wrap import-errors-wrap">
            <table className="import-table import-errors" aria-label="Erreurs ligne par ligne">
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Colonne</th>
                  <th scope="col">Problème</th>
                </tr>
              </thead>
              <tbody>
                {shownErrors.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.line}</td>
                    <td>{e.field === '' ? '(ligne entière)' : e.field}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {moreErrors > 0 && (
            <p className="import-more">
              Les {n(MAX_ERRORS_SHOWN)} premières erreurs sont affichées ; {moreErrors >= 2 ? `${n(moreErrors)} autres ne le sont pas` : '1 autre ne l’est pas'}.
              Corrigez-les dans le fichier puis choisissez-le à nouveau.
            </p>
          )}
        </>
      )}

      <div className="form-actions import-actions">
        {!missing && result.validCount > 0 && (
          <button type="button" className="button button-primary" aria-disabled={busy !== null || undefined} onClick={onImport}>
            {busy === 'importing' ? 'Import en cours…' : importLabel(result)}
          </button>
        )}
        <button type="button" className="button" disabled={busy === 'importing'} onClick={onChangeFile}>
          Changer de fichier
        </button>
        <button type="button" className="button" disabled={busy === 'importing'} onClick={onCancel}>
          Annuler
        </button>
        {missing ? (
          <span className="muted">Associez d'abord les colonnes obligatoires : {result.missingColumns.join(', ')}.</span>
        ) : result.validCount === 0 ? (
          <span className="muted">Aucune ligne à importer : corrigez le fichier, puis choisissez-le à nouveau.</span>
        ) : null}
      </div>
    </div>
  );
}
