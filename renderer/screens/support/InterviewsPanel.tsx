import { useState } from 'react';
import type { InterviewView, PathDetail, SupportDetail } from '../../../db/contract/support';
import { INTERVIEW_FIELDS } from '../../../db/contract/support-fields';
import { INTERVIEW_KINDS, labelOf } from '../../../db/contract/reference';
import { formatDate } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { Field } from '../../components/Field';
import { SelectField, TextAreaField } from '../../components/Choice';
import { ErrorSummary, Form, InlineFormActions } from '../../components/form';
import { usePathRecordForm } from './path-record-form';

// The interviews of a path: newest first, each opened to correct it; a new one may also plan the
// next interview. A tripartite interview names the client, among those the worker works for.

interface Props {
  page: SupportDetail;
  path: PathDetail;
  onSaved(page: SupportDetail): void;
}

function InterviewForm({ page, path, interview, onSaved, onCancel }: Props & { interview: InterviewView | null; onCancel(): void }) {
  const form = usePathRecordForm({
    call: 'support.saveInterview',
    key: 'interview',
    fields: INTERVIEW_FIELDS,
    pathId: path.id,
    workerId: page.worker.id,
    record: interview,
    find: (p, id) => p.path?.interviews.find((i) => i.id === id),
    extraInitial: {
      clientId: interview?.clientId ? String(interview.clientId) : '',
      nextInterviewDate: '',
      ...(interview ? {} : { date: formatDate(todayIso()), kind: 'suivi' }),
    },
    extraInput: (v) => ({ clientId: v.clientId ? Number(v.clientId) : null, nextInterviewDate: v.nextInterviewDate ?? '' }),
    labels: { clientId: 'Utilisateur', nextInterviewDate: 'Prochain entretien' },
    savedMessage: 'Entretien enregistré',
    onSaved: (p) => {
      onSaved(p);
      onCancel();
    },
  });
  const title = interview ? `Entretien du ${formatDate(interview.date)}` : 'Nouvel entretien';
  return (
    <Form form={form} label={title} className="inline-form">
      <h3>{title}</h3>
      <ErrorSummary form={form} />
      <div className="form-grid">
        <Field {...form.field('date')} kind="date" required autoFocus placeholder="JJ/MM/AAAA" />
        <SelectField {...form.field('kind')} options={INTERVIEW_KINDS} required />
        {form.values.kind === 'tripartite' && (
          <SelectField
            {...form.field('clientId')}
            options={page.clients.map((c) => ({ code: String(c.id), label: c.name }))}
            placeholder={page.clients.length > 0 ? '— Choisir —' : 'Aucune mission : aucun utilisateur'}
            required
            className="wide"
          />
        )}
        <TextAreaField {...form.field('notes')} className="wide" />
        {!interview && (
          <Field {...form.field('nextInterviewDate')} kind="date" placeholder="JJ/MM/AAAA" help="Facultatif : planifie le prochain entretien du parcours." />
        )}
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer l'entretien" onCancel={onCancel} />
    </Form>
  );
}

export function InterviewsPanel({ page, path, onSaved }: Props) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const open = path.exitDate === null;
  const edited = typeof editing === 'number' ? (path.interviews.find((i) => i.id === editing) ?? null) : null;
  return (
    <section className="record-section" aria-labelledby="s-entretiens">
      <h2 id="s-entretiens">Entretiens</h2>
      {path.interviews.length === 0 ? (
        <p className="muted">Aucun entretien enregistré dans ce parcours.</p>
      ) : (
        <div className="table-scroll">
          <table className="simple-table support-table" aria-label="Entretiens">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
                <th scope="col">Notes</th>
                {open && <th scope="col"><span className="sr-only">Action</span></th>}
              </tr>
            </thead>
            <tbody>
              {path.interviews.map((i) => (
                <tr key={i.id}>
                  <td>{formatDate(i.date)}</td>
                  <td>
                    {labelOf(INTERVIEW_KINDS, i.kind)}
                    {i.clientName && <span className="muted"> · {i.clientName}</span>}
                  </td>
                  <td className="notes-cell">{i.notes}</td>
                  {open && (
                    <td>
                      <button type="button" className="link-button plain" onClick={() => setEditing(i.id)} aria-label={`Modifier l'entretien du ${formatDate(i.date)}`}>
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
        <InterviewForm key={editing} page={page} path={path} interview={edited} onSaved={onSaved} onCancel={() => setEditing(null)} />
      ) : (
        open && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Ajouter un entretien
          </button>
        )
      )}
    </section>
  );
}
