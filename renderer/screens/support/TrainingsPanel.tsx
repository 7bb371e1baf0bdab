import type { TrainingView } from '../../../db/contract/support';
import { TRAINING_FIELDS } from '../../../db/contract/support-fields';
import { formatDate, formatHours } from '../../../db/base/format';
import { Field } from '../../components/Field';
import { CheckboxField } from '../../components/Choice';
import { Badge } from '../../components/Badge';
import { ErrorSummary, Form, InlineFormActions } from '../../components/form';
import { usePathRecordForm } from './path-record-form';
import { PathRecords, type PathPanelProps } from './PathRecords';

// The actions and trainings of a path: organisme, title, dates, hours, qualifying or not.

function TrainingForm({ page, path, training, onSaved, onClose }: PathPanelProps & { training: TrainingView | null; onClose(): void }) {
  const form = usePathRecordForm({
    call: 'support.saveTraining',
    key: 'training',
    fields: TRAINING_FIELDS,
    pathId: path.id,
    workerId: page.worker.id,
    record: training,
    find: (p, id) => p.path?.trainings.find((t) => t.id === id),
    savedMessage: 'Action enregistrée',
    onSaved,
    onClose,
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
      <InlineFormActions form={form} saveLabel="Enregistrer l'action" onCancel={onClose} />
    </Form>
  );
}

export function TrainingsPanel(props: PathPanelProps) {
  const { path } = props;
  return (
    <PathRecords
      {...props}
      kind="action_formation"
      id="s-formations"
      title="Actions et formations"
      records={path.trainings}
      empty="Aucune action ni formation dans ce parcours."
      head={
        <>
          <th scope="col">Intitulé</th>
          <th scope="col">Organisme</th>
          <th scope="col">Dates</th>
          <th scope="col" className="num">
            Heures
          </th>
          <th scope="col">Qualifiante</th>
        </>
      }
      row={(t) => (
        <>
          <td>{t.title}</td>
          <td>{t.organisme}</td>
          <td className="nowrap">
            {formatDate(t.startDate)}
            {t.endDate && ` au ${formatDate(t.endDate)}`}
          </td>
          <td className="num">{formatHours(t.minutes)}</td>
          <td>{t.qualifying ? <Badge tone="ok">Qualifiante</Badge> : 'Non'}</td>
        </>
      )}
      name={(t) => `l'action « ${t.title} »`}
      addLabel="Ajouter une action ou une formation"
      open={path.exitDate === null}
      form={(training, close) => <TrainingForm {...props} training={training} onClose={close} />}
    />
  );
}
