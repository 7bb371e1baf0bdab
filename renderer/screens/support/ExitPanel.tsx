import { useState } from 'react';
import { EXIT_REASONS, exitCategory, exitCategoryLabel, type ExitPlacement } from '../../../db/contract/support';
import { EXIT_FIELDS, EXIT_REASON_FIELDS } from '../../../db/contract/support-fields';
import { fieldLabels } from '../../../db/contract/field-spec';
import { labelOf, TASK_KINDS } from '../../../db/contract/reference';
import { formatDate, parseDate } from '../../../db/base/format';
import { errorText, precheck, send } from '../../api/client';
import { Field } from '../../components/Field';
import { SelectField, TextAreaField } from '../../components/Choice';
import { Badge } from '../../components/Badge';
import { Fact } from '../../components/Facts';
import { useFeedback } from '../../components/feedback';
import { ErrorSummary, Form, InlineFormActions, useForm, type Values } from '../../components/form';
import { emptyValues, formInput, formValues } from '../../components/field-values';
import { readAgain } from '../../components/stale';
import type { PathPanelProps } from './PathRecords';

// The exit of a path: its day and reason (its category shown as the reason is chosen). Saving
// first asks what the exit does to the worker's open placements and lists them in the
// confirmation; the back end ends exactly those (and asks again if they changed meanwhile).

function PlacementsEnded({ placements, date }: { placements: ExitPlacement[]; date: string }) {
  if (placements.length === 0) return <p>Ce salarié n'a aucune mission en cours ou prévue.</p>;
  return (
    <>
      <p>{placements.length > 1 ? 'Ces missions seront closes :' : 'Cette mission sera close :'}</p>
      <ul className="confirm-issues">
        {placements.map((p) => (
          <li key={p.id}>
            Mission n° {p.id} chez {p.clientName} ({labelOf(TASK_KINDS, p.taskKind).toLowerCase()}, du {formatDate(p.startDate)} au {formatDate(p.endDate)}) :{' '}
            {p.outcome === 'annulee' ? <strong>annulée</strong> : <strong>terminée le {formatDate(p.newEndDate)}</strong>}
          </li>
        ))}
      </ul>
      <p className="muted">Sortie le {formatDate(date)}. Chaque changement est inscrit au journal.</p>
    </>
  );
}

function ExitForm({ path, onSaved, onCancel }: PathPanelProps & { onCancel(): void }) {
  const { confirm, toast } = useFeedback();
  const toInput = (v: Values, endPlacements: number[], version: number) => ({
    pathId: path.id,
    version,
    exit: formInput(EXIT_FIELDS, v) as { exitDate: string; exitReason: 'cdi' },
    endPlacements,
  });
  const form = useForm<'support.recordExit', number[]>({
    call: 'support.recordExit',
    initial: emptyValues(EXIT_FIELDS),
    version: path.version,
    toInput: (v, extra, version) => toInput(v, extra ?? [], version),
    errorPrefix: 'exit.',
    labels: fieldLabels(EXIT_FIELDS),
    savedMessage: 'Sortie enregistrée',
    onSaved: (p) => {
      onSaved(p);
      onCancel();
    },
  });
  const reason = EXIT_REASONS.find((r) => r.code === form.values.exitReason);

  const save = async () => {
    // A form with mistakes shows them first; the confirmation comes once it can be saved.
    if (precheck('support.recordExit', toInput(form.values, [], path.version))) return void form.submit([]);
    const date = parseDate(form.values.exitDate ?? '')!;
    const preview = await send('support.exitPreview', { pathId: path.id, exitDate: date });
    if (!preview.ok) return toast(errorText(preview.error), 'error');
    if (preview.value.problem) return void form.submit([]);
    const ok = await confirm({
      title: 'Enregistrer la sortie ?',
      body: <PlacementsEnded placements={preview.value.placements} date={date} />,
      confirmLabel: 'Enregistrer la sortie',
      cancelLabel: 'Revenir au formulaire',
    });
    if (ok) await form.submit(preview.value.placements.map((p) => p.id));
  };

  return (
    <Form form={form} label="Sortie du parcours" className="inline-form" onSubmit={() => void save()}>
      <ErrorSummary form={form} />
      <div className="form-grid">
        <Field {...form.field('exitDate')} kind="date" required autoFocus placeholder="JJ/MM/AAAA" />
        <SelectField
          {...form.field('exitReason')}
          options={EXIT_REASONS}
          placeholder="— Choisir —"
          required
          help={reason ? `Catégorie : ${exitCategoryLabel(reason.category).toLowerCase()}.` : 'Le motif donne la catégorie de la sortie.'}
        />
        <TextAreaField {...form.field('exitNotes')} className="wide" />
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer la sortie" onCancel={onCancel} />
    </Form>
  );
}

/** The reason of a finished path, corrected (or given, for an exit recorded without one); its day stays. */
function ExitReasonForm({ page, path, onSaved, onCancel }: PathPanelProps & { onCancel(): void }) {
  const form = useForm({
    call: 'support.correctExit',
    initial: formValues(EXIT_REASON_FIELDS, path),
    version: path.version,
    latest: readAgain('support.get', { workerId: page.worker.id, pathId: path.id }, (p) => (p.path ? { values: formValues(EXIT_REASON_FIELDS, p.path), version: p.path.version } : null)),
    toInput: (v, _extra, version) => ({ pathId: path.id, version, exit: formInput(EXIT_REASON_FIELDS, v) as { exitReason: 'cdi' } }),
    errorPrefix: 'exit.',
    labels: fieldLabels(EXIT_REASON_FIELDS),
    savedMessage: 'Motif de sortie enregistré',
    onSaved: (p) => {
      onSaved(p);
      onCancel();
    },
  });
  return (
    <Form form={form} label="Corriger le motif de sortie" className="inline-form">
      <div className="form-grid">
        <SelectField {...form.field('exitReason')} options={EXIT_REASONS} placeholder="— Choisir —" required />
        <TextAreaField {...form.field('exitNotes')} className="wide" />
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer le motif" onCancel={onCancel} />
    </Form>
  );
}

export function ExitPanel(props: PathPanelProps) {
  const { path } = props;
  const [editing, setEditing] = useState(false);
  const close = () => setEditing(false);
  let body;
  if (path.exitDate === null) {
    body = editing ? (
      <ExitForm {...props} onCancel={close} />
    ) : (
      <>
        <p className="muted">Le parcours est en cours. La sortie clôt les missions en cours ou prévues du salarié, après confirmation.</p>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Enregistrer la sortie
        </button>
      </>
    );
  } else {
    body = editing ? (
      <ExitReasonForm {...props} onCancel={close} />
    ) : (
      <>
        <dl className="facts">
          <Fact label="Date de sortie">{formatDate(path.exitDate)}</Fact>
          <Fact label="Motif">
            {path.exitReason ? (
              <>
                {labelOf(EXIT_REASONS, path.exitReason)} <Badge tone="info">{exitCategoryLabel(exitCategory(path.exitReason))}</Badge>
              </>
            ) : (
              <Badge tone="warn">Motif à renseigner</Badge>
            )}
          </Fact>
          <Fact label="Précisions">{path.exitNotes && <span className="pre-line">{path.exitNotes}</span>}</Fact>
        </dl>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {path.exitReason ? 'Corriger le motif' : 'Renseigner le motif'}
        </button>
      </>
    );
  }
  return (
    <section className="record-section" aria-labelledby="s-sortie">
      <h2 id="s-sortie">Sortie</h2>
      {body}
    </section>
  );
}
