import { useState, type ReactNode } from 'react';
import type { PathDetail, SupportDetail } from '../../../db/contract/support';

// A section of a path's records (interviews, barriers, actions and trainings): their table, each
// row opened to correct it, and the button that adds one. A finished path is only read.

/** What every section of a path's page receives. */
export interface PathPanelProps {
  page: SupportDetail;
  path: PathDetail;
  onSaved(page: SupportDetail): void;
}

export function PathRecords<R extends { id: number }>({
  id,
  title,
  records,
  empty,
  head,
  row,
  editLabel,
  addLabel,
  canAdd = true,
  open,
  form,
}: {
  id: string;
  title: string;
  records: R[];
  empty: string;
  /** The column headings (`<th>`), the action column apart. */
  head: ReactNode;
  /** A record's cells (`<td>`), the action column apart. */
  row(record: R): ReactNode;
  /** What « Modifier » says to a screen reader of this row. */
  editLabel(record: R): string;
  addLabel: string;
  canAdd?: boolean;
  open: boolean;
  /** The form of a record (null: a new one); `close` when it is saved or abandoned. */
  form(record: R | null, close: () => void): ReactNode;
}) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const edited = typeof editing === 'number' ? (records.find((r) => r.id === editing) ?? null) : null;
  const close = () => setEditing(null);
  return (
    <section className="record-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {records.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="simple-table support-table" aria-label={title}>
            <thead>
              <tr>
                {head}
                {open && (
                  <th scope="col">
                    <span className="sr-only">Action</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.id}>
                  {row(r)}
                  {open && (
                    <td>
                      <button type="button" className="link-button plain" onClick={() => setEditing(r.id)} aria-label={editLabel(r)}>
                        Modifier
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing !== null ? (
        <div key={editing}>{form(edited, close)}</div>
      ) : (
        open &&
        canAdd && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {addLabel}
          </button>
        )
      )}
    </section>
  );
}
