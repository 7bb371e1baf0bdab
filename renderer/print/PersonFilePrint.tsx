import { useEffect } from 'react';
import type { PersonFile } from '../../db/contract/personal-data';
import { formatDateTime } from '../../db/base/format';
import { useList } from '../components/useList';
import { PrintToolbar } from './PrintView';

// Everything Passerelle holds on one worker, printed for the person who asked (GDPR access
// request): every table's rows as stored, then the journal's entries about them. Reading it is
// recorded in the journal (personalData.file).

type Row = Record<string, unknown>;

const cell = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A table of few columns as a table; a wide one (the worker's own row) as field: value blocks. */
function Rows({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <p className="muted">Aucune donnée.</p>;
  const columns = Object.keys(rows[0]!);
  if (columns.length <= 6) {
    return (
      <table className="doc-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{cell(r[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <>
      {rows.map((r, i) => (
        <dl key={i} className="doc-record">
          {columns.map((c) => (
            <div key={c} className="doc-record-line">
              <dt>{c}</dt>
              <dd>{cell(r[c])}</dd>
            </div>
          ))}
        </dl>
      ))}
    </>
  );
}

function FileBody({ file }: { file: PersonFile }) {
  return (
    <main className="print-doc doc-person">
      <h1 className="doc-title">Données personnelles de {file.name}</h1>
      <p>
        Tout ce que Passerelle conserve sur cette personne (salarié n° {file.workerId}), tel qu’enregistré, au {formatDateTime(file.madeAt)}. Dates au
        format AAAA-MM-JJ, montants en centimes, durées en minutes.
      </p>
      {file.tables.map((t) => (
        <section key={t.table} className="doc-section">
          <h2>
            {t.label} ({t.rows.length})
          </h2>
          <Rows rows={t.rows} />
        </section>
      ))}
    </main>
  );
}

export function PersonFilePrint({ id }: { id: number }) {
  const { data: file, error } = useList('personalData.file', { workerId: id }, 0);
  useEffect(() => {
    document.title = `Données personnelles, salarié n° ${id}`;
  }, [id]);
  useEffect(() => {
    if (file || error) document.documentElement.dataset.printReady = 'true';
  }, [file, error]);
  return (
    <div className="print-screen">
      <PrintToolbar ready={file !== null} backTo={`/salaries/${id}`} backLabel="Retour à la fiche" />
      {error && (
        <main className="print-doc" role="alert">
          <h1>Le document ne peut pas être préparé</h1>
          <p>{error}</p>
        </main>
      )}
      {file && <FileBody file={file} />}
    </div>
  );
}
