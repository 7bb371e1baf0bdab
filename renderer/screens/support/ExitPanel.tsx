import { useState, type ReactNode } from 'react';
import { EXIT_REASONS, exitCategory, exitCategoryLabel, type ExitPlacement } from '../../../db/contract/support';
import { EXIT_FIELDS } from '../../../db/contract/support-fields';
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

// The exit of a path: its day and reason (its category shown as the reason is chosen), and its
// correction once recorded. Saving first asks what the exit does to the worker's placements and
// lists them in the confirmation; the back end ends exactly those (and asks again if they changed).

function PlacementsEnded({ placements, date, none }: { placements: ExitPlacement[]; date: string; none: string }) {
  if (placements.length === 0) return <p>{none}</p>;
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

/**
 * How both exit forms save: the form's mistakes first; then what the exit does to the placements
 * (exitPreview), listed in the confirmation; then the save, with the placements confirmed.
 */
function useExitSave(o: {
  pathId: number;
  form: { values: Values; submit(extra?: number[]): Promise<unknown> };
  mistakes(): boolean;
  title: string;
  confirmLabel: string;
  intro?: ReactNode;
  /** What the confirmation says when no placement is ended. */
  none: string;
}) {
  const { confirm, toast } = useFeedback();
  return async () => {
    if (o.mistakes()) return void o.form.submit([]);
    const date = parseDate(o.form.values.exitDate ?? '')!;
    const preview = await send('support.exitPreview', { pathId: o.pathId, exitDate: date });
    if (!preview.ok) return toast(errorText(preview.error), 'error');
    if (preview.value.problem) return void o.form.submit([]);
    const ok = await confirm({
      title: o.title,
      body: (
        <>
          {o.intro}
          <PlacementsEnded placements={preview.value.placements} date={date} none={o.none} />
        </>
      ),
      confirmLabel: o.confirmLabel,
      cancelLabel: 'Revenir au formulaire',
    });
    if (ok) await o.form.submit(preview.value.placements.map((p) => p.id));
  };
}

function ExitFields({ form }: { form: ReturnType<typeof useForm<'support.recordExit', number[]>> | ReturnType<typeof useForm<'support.correctExit', number[]>> }) {
  const reason = EXIT_REASONS.find((r) => r.code === form.values.exitReason);
  return (
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
  );
}

const exitInput = (v: Values) => formInput(EXIT_FIELDS, v) as { exitDate: string; exitReason: 'cdi' };

function ExitForm({ path, onSaved, onCancel }: PathPanelProps & { onCancel(): void }) {
  const form = useForm<'support.recordExit', number[]>({
    call: 'support.recordExit',
    initial: emptyValues(EXIT_FIELDS),
    version: path.version,
    toInput: (v, extra, version) => ({ pathId: path.id, version, exit: exitInput(v), endPlacements: extra ?? [] }),
    errorPrefix: 'exit.',
    labels: fieldLabels(EXIT_FIELDS),
    savedMessage: 'Sortie enregistrée',
    onSaved: (p) => {
      onSaved(p);
      onCancel();
    },
  });
  const save = useExitSave({
    pathId: path.id,
    form,
    mistakes: () => precheck('support.recordExit', { pathId: path.id, version: path.version, exit: exitInput(form.values), endPlacements: [] }) !== null,
    title: 'Enregistrer la sortie ?',
    confirmLabel: 'Enregistrer la sortie',
    none: "Ce salarié n'a aucune mission en cours ou prévue.",
  });
  return (
    <Form form={form} label="Sortie du parcours" className="inline-form" onSubmit={() => void save()}>
      <ErrorSummary form={form} />
      <ExitFields form={form} />
      <InlineFormActions form={form} saveLabel="Enregistrer la sortie" onCancel={onCancel} />
    </Form>
  );
}

/**
 * A recorded exit corrected: its day (moved back, it ends the path's placements that lasted past
 * it, as the confirmation lists), its reason (or given, for an exit recorded without one).
 */
function ExitCorrectionForm({ page, path, onSaved, onCancel }: PathPanelProps & { onCancel(): void }) {
  const form = useForm<'support.correctExit', number[]>({
    call: 'support.correctExit',
    initial: formValues(EXIT_FIELDS, path),
    version: path.version,
    latest: readAgain('support.get', { workerId: page.worker.id, pathId: path.id }, (p) => (p.path ? { values: formValues(EXIT_FIELDS, p.path), version: p.path.version } : null)),
    toInput: (v, extra, version) => ({ pathId: path.id, version, exit: exitInput(v), endPlacements: extra ?? [] }),
    errorPrefix: 'exit.',
    labels: fieldLabels(EXIT_FIELDS),
    savedMessage: 'Sortie corrigée',
    onSaved: (p) => {
      onSaved(p);
      onCancel();
    },
  });
  const typed = parseDate(form.values.exitDate ?? '');
  const save = useExitSave({
    pathId: path.id,
    form,
    mistakes: () => precheck('support.correctExit', { pathId: path.id, version: path.version, exit: exitInput(form.values), endPlacements: [] }) !== null,
    title: 'Corriger la sortie ?',
    confirmLabel: 'Corriger la sortie',
    none: 'Les missions du salarié ne changent pas.',
    intro:
      typed && typed !== path.exitDate ? (
        <p>
          La sortie passe du {formatDate(path.exitDate!)} au <strong>{formatDate(typed)}</strong>.
        </p>
      ) : (
        <p>La date de sortie reste le {formatDate(path.exitDate!)}.</p>
      ),
  });
  return (
    <Form form={form} label="Corriger la sortie" className="inline-form" onSubmit={() => void save()}>
      <ErrorSummary form={form} />
      <ExitFields form={form} />
      <InlineFormActions form={form} saveLabel="Enregistrer la correction" onCancel={onCancel} />
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
      <ExitCorrectionForm {...props} onCancel={close} />
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
          {path.exitReason ? 'Corriger la sortie' : 'Renseigner le motif'}
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
