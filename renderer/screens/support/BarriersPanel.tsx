import type { BarrierView } from '../../../db/contract/support';
import { BARRIER_FIELDS } from '../../../db/contract/support-fields';
import { BARRIER_STATES, BARRIERS, labelOf, type BarrierState } from '../../../db/contract/reference';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { Badge, type Tone } from '../../components/Badge';
import { Form, InlineFormActions } from '../../components/form';
import { usePathRecordForm } from './path-record-form';
import { PathRecords, type PathPanelProps } from './PathRecords';

// The barriers worked on during a path (mobilité, logement…), each once, with where it stands.

const STATE_TONE: Record<BarrierState, Tone> = { identifie: 'warn', en_cours: 'info', leve: 'ok' };

function BarrierForm({ page, path, barrier, onSaved, onClose }: PathPanelProps & { barrier: BarrierView | null; onClose(): void }) {
  const form = usePathRecordForm({
    call: 'support.saveBarrier',
    key: 'barrier',
    fields: BARRIER_FIELDS,
    pathId: path.id,
    workerId: page.worker.id,
    record: barrier,
    find: (p, id) => p.path?.barriers.find((b) => b.id === id),
    savedMessage: 'Frein enregistré',
    onSaved,
    onClose,
  });
  // A barrier already followed is changed, not added twice.
  const free = BARRIERS.filter((b) => b.code === barrier?.barrier || !path.barriers.some((x) => x.barrier === b.code));
  const title = barrier ? `Frein : ${labelOf(BARRIERS, barrier.barrier)}` : 'Nouveau frein';
  return (
    <Form form={form} label={title} className="inline-form">
      <h3>{title}</h3>
      <div className="form-grid">
        <SelectField {...form.field('barrier')} options={free} placeholder="— Choisir —" required />
        <SelectField {...form.field('state')} options={BARRIER_STATES} required />
        <Field {...form.field('notes')} className="wide" />
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer le frein" onCancel={onClose} />
    </Form>
  );
}

export function BarriersPanel(props: PathPanelProps) {
  const { path } = props;
  return (
    <PathRecords
      {...props}
      kind="frein"
      id="s-freins"
      title="Freins"
      records={path.barriers}
      empty="Aucun frein suivi dans ce parcours."
      head={
        <>
          <th scope="col">Frein</th>
          <th scope="col">État</th>
          <th scope="col">Précisions</th>
        </>
      }
      row={(b) => (
        <>
          <td>{labelOf(BARRIERS, b.barrier)}</td>
          <td>
            <Badge tone={STATE_TONE[b.state]}>{labelOf(BARRIER_STATES, b.state)}</Badge>
          </td>
          <td className="notes-cell">{b.notes}</td>
        </>
      )}
      name={(b) => `le frein « ${labelOf(BARRIERS, b.barrier)} »`}
      addLabel="Ajouter un frein"
      canAdd={path.barriers.length < BARRIERS.length}
      open={path.exitDate === null}
      form={(barrier, close) => <BarrierForm {...props} barrier={barrier} onClose={close} />}
    />
  );
}
