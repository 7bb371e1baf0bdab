import type { RefObject } from 'react';
import type { ImportPreviewResult } from '../../../db/contract/imports';
import { formatNumber as n } from '../../../db/base/format';
import { DELIMITERS, ENCODINGS, headerName, importLabel } from './import-text';
import { ImportProblems } from './ImportProblems';
import type { Busy, Mapping } from './useImport';

// Step 2 of the import wizard: what Passerelle understood of the file. The facts and the
// summary, the buttons, then right under them the refused lines and the notes (ImportProblems),
// then the columns matched (each one can be changed) and the first lines.

interface PreviewProps {
  fileName: string;
  result: ImportPreviewResult;
  mapping: Mapping;
  busy: Busy;
  summaryRef: RefObject<HTMLParagraphElement | null>;
  onMapping(key: string, value: number | null): void;
  onImport(): void;
  onChangeFile(): void;
  onCancel(): void;
}

export function ImportPreview({ fileName, result, mapping, busy, summaryRef, onMapping, onImport, onChangeFile, onCancel }: PreviewProps) {
  const missing = result.missingColumns.length > 0;
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

      <ImportProblems errors={result.errors} errorLineCount={result.errorLineCount} notes={result.notes} noteLineCount={result.noteLineCount} />
      <MappingPanel result={result} mapping={mapping} disabled={busy === 'importing'} onMapping={onMapping} />
      <SamplePanel result={result} />
    </div>
  );
}

function MappingPanel({
  result,
  mapping,
  disabled,
  onMapping,
}: {
  result: ImportPreviewResult;
  mapping: Mapping;
  disabled: boolean;
  onMapping(key: string, value: number | null): void;
}) {
  // Which column each header of the file serves (to say « déjà pour … » in the lists).
  const usedBy = new Map<number, string>();
  for (const c of result.columns) {
    const index = mapping[c.key];
    if (index !== null && index !== undefined && !usedBy.has(index)) usedBy.set(index, c.label);
  }
  const unused = result.headers.map((h, i) => ({ h: h.trim(), i })).filter(({ h, i }) => h !== '' && !usedBy.has(i));
  return (
    <>
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
                    disabled={disabled}
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
    </>
  );
}

function SamplePanel({ result }: { result: ImportPreviewResult }) {
  if (result.sample.length === 0) return null;
  const columns = result.columns.filter((c) => result.sample.some((s) => c.label in s.cells));
  return (
    <>
      <h2 id="import-sample-title">Premières lignes</h2>
      <div className="import-table-wrap" role="region" aria-labelledby="import-sample-title" tabIndex={0}>
        <table className="import-table import-sample">
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              {columns.map((c) => (
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
                {columns.map((c) => (
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
  );
}
