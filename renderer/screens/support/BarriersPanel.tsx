import { useState } from 'react';
import type { BarrierView, PathDetail, SupportDetail } from '../../../db/contract/support';
import { BARRIER_FIELDS } from '../../../db/contract/support-fields';
import { BARRIER_STATES, BARRIERS, labelOf, type BarrierState } from '../../../db/contract/reference';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { Badge, type Tone } from '../../components/Badge';
import { Form, InlineFormActions } from '../../components/form';
import { usePathRecordForm } from './path-record-form';

// The barriers worked on during a path (mobilité, logement…), each once, with where it stands.

const STATE_TONE: Record<BarrierState, Tone> = { identifie: 'warn', en_cours: 'info', leve: 'ok' };

interface Props {
  page: SupportDetail;
  path: PathDetail;
  onSaved(page: SupportDetail): void;
}

function BarrierForm({ page, path, barrier, onSaved, onCancel }: Props & { barrier: BarrierView | null; onCancel(): void }) {
  const form = usePathRecordForm({
    call: 'support.saveBarrier',
    key: 'barrier',
    fields: BARRIER_FIELDS,
    pathId: path.id,
    workerId: page.worker.id,
    record: barrier,
    find: (p, id) => p.path?.barriers.find((b) => b.id === id),
    savedMessage: 'Frein enregistré',
    onSaved: (p) => {
      onSaved(p);
      onCancel();
    },
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
      <InlineFormActions form={form} saveLabel="Enregistrer le frein" onCancel={onCancel} />
    </Form>
  );
}

export function BarriersPanel({ page, path, onSaved }: Props) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const open = path.exitDate === null;
  const edited = typeof editing === 'number' ? (path.barriers.find((b) => b.id === editing) ?? null) : null;
  return (
    <section className="record-section" aria-labelledby="s-freins">
      <h2 id="s-freins">Freins</h2>
      {path.barriers.length === 0 ? (
        <p className="muted">Aucun frein suivi dans ce parcours.</p>
      ) : (
        <table className="simple-table support-table" aria-label="Freins">
          <thead>
            <tr>
              <th scope="col">Frein</th>
              <th scope="col">État</th>
              <th scope="col">Précisions</th>
              {open && <th scope="col"><span className="sr-only">Action</span></th>}
            </tr>
          </thead>
          <tbody>
            {path.barriers.map((b) => (
              <tr key={b.id}>
                <td>{labelOf(BARRIERS, b.barrier)}</td>
                <td>
                  <Badge tone={STATE_TONE[b.state]}>{labelOf(BARRIER_STATES, b.state)}</Badge>
                </td>
                <td className="notes-cell">{b.notes}</td>
                {open && (
                  <td>
                    <button type="button" className="link-button plain" onClick={() => setEditing(b.id)} aria-label={`Modifier le frein ${labelOf(BARRIERS, b.barrier)}`}>
                      Modifier
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing !== null ? (
        <BarrierForm key={editing} page={page} path={path} barrier={edited} onSaved={onSaved} onCancel={() => setEditing(null)} />
      ) : (
        open &&
        path.barriers.length < BARRIERS.length && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Ajouter un frein
          </button>
        )
      )}
    </section>
  );
}
