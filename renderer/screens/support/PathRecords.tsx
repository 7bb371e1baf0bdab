import { useState, type ReactNode } from 'react';
import type { PathDetail, PathRecordKind, SupportDetail } from '../../../db/contract/support';
import { errorText, send } from '../../api/client';
import { useFeedback } from '../../components/feedback';

// A section of a path's records (interviews, barriers, actions and trainings): their table, each
// row opened to correct it or deleted (asked first), and the button that adds one. A finished
// path is only read.

/** What every section of a path's page receives. */
export interface PathPanelProps {
  page: SupportDetail;
  path: PathDetail;
  onSaved(page: SupportDetail): void;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Deletes a record after a confirmation naming it; a refusal (changed or deleted meanwhile) shows the page as it is now. */
function useDelete(kind: PathRecordKind, page: SupportDetail, onSaved: (page: SupportDetail) => void) {
  const { confirm, toast } = useFeedback();
  return async (record: { id: number; version: number }, name: string) => {
    const ok = await confirm({
      title: `Supprimer ${name} ?`,
      body: <p>{capitalised(name)} est retiré du parcours de {page.worker.name}. La suppression est inscrite au journal.</p>,
      confirmLabel: 'Supprimer',
      cancelLabel: 'Garder',
      danger: true,
    });
    if (!ok) return;
    const r = await send('support.deleteRecord', { kind, id: record.id, version: record.version });
    if (r.ok) {
      toast(`${capitalised(name)} : supprimé`);
      return onSaved(r.value);
    }
    // The stale message speaks of a save (« vos saisies sont conservées »): its first sentence says who changed what.
    toast(r.error.code === 'stale' ? `${r.error.message.split('. ')[0]}. Relisez avant de supprimer.` : errorText(r.error), 'error');
    const now = await send('support.get', { workerId: page.worker.id, pathId: page.path?.id ?? null });
    if (now.ok) onSaved(now.value);
  };
}

export function PathRecords<R extends { id: number; version: number }>({
  kind,
  page,
  onSaved,
  id,
  title,
  records,
  empty,
  head,
  row,
  name,
  addLabel,
  canAdd = true,
  open,
  form,
}: PathPanelProps & {
  kind: PathRecordKind;
  id: string;
  title: string;
  records: R[];
  empty: string;
  /** The column headings (`<th>`), the action column apart. */
  head: ReactNode;
  /** A record's cells (`<td>`), the action column apart. */
  row(record: R): ReactNode;
  /** The record in a sentence (« l'entretien du 12/03/2026 »): what its buttons and the confirmation name. */
  name(record: R): string;
  addLabel: string;
  canAdd?: boolean;
  open: boolean;
  /** The form of a record (null: a new one); `close` when it is saved or abandoned. */
  form(record: R | null, close: () => void): ReactNode;
}) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const edited = typeof editing === 'number' ? (records.find((r) => r.id === editing) ?? null) : null;
  const close = () => setEditing(null);
  const remove = useDelete(kind, page, onSaved);
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
                    <td className="row-actions">
                      <button type="button" className="link-button plain" onClick={() => setEditing(r.id)} aria-label={`Modifier ${name(r)}`}>
                        Modifier
                      </button>
                      <button type="button" className="link-button" onClick={() => void remove(r, name(r))} aria-label={`Supprimer ${name(r)}`}>
                        Supprimer
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
