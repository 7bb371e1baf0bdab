import { useState } from 'react';
import type { PathDetail, SupportDetail, TrainingView } from '../../../db/contract/support';
import { TRAINING_FIELDS } from '../../../db/contract/support-fields';
import { formatDate, formatHours } from '../../../db/base/format';
import { Field } from '../../components/Field';
import { CheckboxField } from '../../components/Choice';
import { Badge } from '../../components/Badge';
import { Form, InlineFormActions, ErrorSummary } from '../../components/form';
import { usePathRecordForm } from './path-record-form';

// The actions and trainings of a path: organisme, title, dates, hours, qualifying or not.

interface Props {
  page: SupportDetail;
  path: PathDetail;
  onSaved(page: SupportDetail): void;
}

function TrainingForm({ page, path, training, onSaved, onCancel }: Props & { training: TrainingView | null; onCancel(): void }) {
  const form = usePathRecordForm({
    call: 'support.saveTraining',
    key: 'training',
    fields: TRAINING_FIELDS,
    pathId: path.id,
    workerId: page.worker.id,
    record: training,
    find: (p, id) => p.path?.trainings.find((t) => t.id === id),
    savedMessage: 'Action enregistrée',
    onSaved: (p) => {
      onSaved(p);
      onCancel();
    },
  });
  const qualifying = form.field('qualifying');
  const title = training ? `Action : ${training.title}` : 'Nouvelle action ou formation';
  return (
    <Form form={form} label={title} className="inline-form">
      <h3>{title}</h3>
      <ErrorSummary form={form} />
      <div className="form-grid">
        <Field {...form.field('title')} required autoFocus className="wide" />
        <Field {...form.field('organisme')} />
        <Field {...form.field('minutes')} kind="hours" suffix="h" />
        <Field {...form.field('startDate')} kind="date" required placeholder="JJ/MM/AAAA" />
        <Field {...form.field('endDate')} kind="date" placeholder="JJ/MM/AAAA" />
        <CheckboxField {...qualifying} checked={qualifying.value === '1'} onChange={(x) => qualifying.onChange(x ? '1' : '')} className="wide" />
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer l'action" onCancel={onCancel} />
    </Form>
  );
}

export function TrainingsPanel({ page, path, onSaved }: Props) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const open = path.exitDate === null;
  const edited = typeof editing === 'number' ? (path.trainings.find((t) => t.id === editing) ?? null) : null;
  return (
    <section className="record-section" aria-labelledby="s-formations">
      <h2 id="s-formations">Actions et formations</h2>
      {path.trainings.length === 0 ? (
        <p className="muted">Aucune action ni formation dans ce parcours.</p>
      ) : (
        <div className="table-scroll">
          <table className="simple-table support-table" aria-label="Actions et formations">
            <thead>
              <tr>
                <th scope="col">Intitulé</th>
                <th scope="col">Organisme</th>
                <th scope="col">Dates</th>
                <th scope="col" className="num">Heures</th>
                <th scope="col">Qualifiante</th>
                {open && <th scope="col"><span className="sr-only">Action</span></th>}
              </tr>
            </thead>
            <tbody>
              {path.trainings.map((t) => (
                <tr key={t.id}>
                  <td>{t.title}</td>
                  <td>{t.organisme}</td>
                  <td className="nowrap">
                    {formatDate(t.startDate)}
                    {t.endDate && ` au ${formatDate(t.endDate)}`}
                  </td>
                  <td className="num">{formatHours(t.minutes)}</td>
                  <td>{t.qualifying ? <Badge tone="ok">Qualifiante</Badge> : 'Non'}</td>
                  {open && (
                    <td>
                      <button type="button" className="link-button plain" onClick={() => setEditing(t.id)} aria-label={`Modifier l'action ${t.title}`}>
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
        <TrainingForm key={editing} page={page} path={path} training={edited} onSaved={onSaved} onCancel={() => setEditing(null)} />
      ) : (
        open && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Ajouter une action ou une formation
          </button>
        )
      )}
    </section>
  );
}
