import type { InterviewView } from '../../../db/contract/support';
import { INTERVIEW_FIELDS } from '../../../db/contract/support-fields';
import { INTERVIEW_KINDS, labelOf } from '../../../db/contract/reference';
import { formatDate } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { Field } from '../../components/Field';
import { SelectField, TextAreaField } from '../../components/Choice';
import { ErrorSummary, Form, InlineFormActions } from '../../components/form';
import { usePathRecordForm } from './path-record-form';
import { PathRecords, type PathPanelProps } from './PathRecords';

// The interviews of a path: newest first, each opened to correct it; a new one may also plan the
// next interview. A tripartite interview names the client, among those the worker works for.

function InterviewForm({ page, path, interview, onSaved, onClose }: PathPanelProps & { interview: InterviewView | null; onClose(): void }) {
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
    onSaved,
    onClose,
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
      <InlineFormActions form={form} saveLabel="Enregistrer l'entretien" onCancel={onClose} />
    </Form>
  );
}

export function InterviewsPanel(props: PathPanelProps) {
  const { path } = props;
  return (
    <PathRecords
      {...props}
      kind="entretien"
      id="s-entretiens"
      title="Entretiens"
      records={path.interviews}
      empty="Aucun entretien enregistré dans ce parcours."
      head={
        <>
          <th scope="col">Date</th>
          <th scope="col">Type</th>
          <th scope="col">Notes</th>
        </>
      }
      row={(i) => (
        <>
          <td className="nowrap">{formatDate(i.date)}</td>
          <td>
            {labelOf(INTERVIEW_KINDS, i.kind)}
            {i.clientName && <span className="muted"> · {i.clientName}</span>}
          </td>
          <td className="notes-cell">{i.notes}</td>
        </>
      )}
      name={(i) => `l'entretien du ${formatDate(i.date)} (${labelOf(INTERVIEW_KINDS, i.kind).toLowerCase()})`}
      addLabel="Ajouter un entretien"
      open={path.exitDate === null}
      form={(interview, close) => <InterviewForm {...props} interview={interview} onClose={close} />}
    />
  );
}
