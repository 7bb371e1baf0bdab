import { PATH_START_LABEL, type SupportDetail } from '../../../db/contract/support';
import { formatDate } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { Field } from '../../components/Field';
import { Form, useForm } from '../../components/form';

// Starting a path: the first one (from the worker's entry date when there is one), or a new one
// for a person who comes back after an exit; the worker is then « en parcours ».

export function OpenPathForm({ page, onSaved }: { page: SupportDetail; onSaved(page: SupportDetail): void }) {
  const again = page.paths.length > 0;
  const form = useForm({
    call: 'support.openPath',
    initial: { startDate: formatDate(again ? todayIso() : (page.worker.entryDate ?? todayIso())) },
    toInput: (v) => ({ workerId: page.worker.id, startDate: v.startDate ?? '' }),
    labels: { startDate: PATH_START_LABEL },
    savedMessage: again ? 'Nouveau parcours commencé' : 'Parcours commencé',
    onSaved,
  });
  const label = again ? 'Commencer un nouveau parcours' : 'Commencer le parcours';
  return (
    <section className="record-section" aria-labelledby="s-nouveau-parcours">
      <h2 id="s-nouveau-parcours">{again ? 'Retour après une sortie' : 'Parcours'}</h2>
      <p className="muted">
        {again
          ? 'Une personne qui revient commence un nouveau parcours ; les précédents restent consultables.'
          : "Aucun parcours n'est encore ouvert pour cette personne : les entretiens, freins et formations s'enregistrent dans un parcours."}
      </p>
      <Form form={form} label={label} className="inline-form">
        <div className="form-grid">
          <Field {...form.field('startDate')} kind="date" required placeholder="JJ/MM/AAAA" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.busy}>
            {label}
          </button>
        </div>
      </Form>
    </section>
  );
}
