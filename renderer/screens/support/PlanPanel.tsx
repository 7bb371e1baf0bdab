import { useState } from 'react';
import { INTERVIEW_DUE_LABELS, interviewDue, type InterviewDue } from '../../../db/contract/support';
import { PLAN_FIELDS } from '../../../db/contract/support-fields';
import { fieldLabels } from '../../../db/contract/field-spec';
import { formatDate } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/Choice';
import { Badge, type Tone } from '../../components/Badge';
import { Fact } from '../../components/Facts';
import { Form, InlineFormActions, useForm } from '../../components/form';
import { formInput, formValues } from '../../components/field-values';
import { readAgain } from '../../components/stale';
import type { PathPanelProps } from './PathRecords';

// The path's objectives and its next interview, with where that interview stands today.

export const DUE_TONE: Record<InterviewDue, Tone> = { en_retard: 'danger', aujourdhui: 'warn', bientot: 'info', plus_tard: 'neutral', a_fixer: 'neutral' };

/** The next interview's day and where it stands, as a badge. */
export function DueBadge({ due }: { due: InterviewDue }) {
  return <Badge tone={DUE_TONE[due]}>{INTERVIEW_DUE_LABELS[due]}</Badge>;
}

function PlanForm({ page, path, onSaved, onCancel }: PathPanelProps & { onCancel(): void }) {
  const form = useForm({
    call: 'support.savePlan',
    initial: formValues(PLAN_FIELDS, path),
    version: path.version,
    latest: readAgain('support.get', { workerId: page.worker.id, pathId: path.id }, (p) => (p.path ? { values: formValues(PLAN_FIELDS, p.path), version: p.path.version } : null)),
    toInput: (v, _extra, version) => ({ pathId: path.id, version, plan: formInput(PLAN_FIELDS, v) }),
    errorPrefix: 'plan.',
    labels: fieldLabels(PLAN_FIELDS),
    savedMessage: 'Objectifs enregistrés',
    onSaved: (p) => {
      onSaved(p);
      onCancel();
    },
  });
  return (
    <Form form={form} label="Objectifs et prochain entretien" className="inline-form">
      <div className="form-grid">
        <TextAreaField {...form.field('objectives')} className="wide" />
        <Field {...form.field('nextInterviewDate')} kind="date" placeholder="JJ/MM/AAAA" />
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer" onCancel={onCancel} />
    </Form>
  );
}

export function PlanPanel({ page, path, onSaved }: PathPanelProps) {
  const [editing, setEditing] = useState(false);
  const open = path.exitDate === null;
  const due = interviewDue(path.nextInterviewDate, path.lastSeen, todayIso(), 7);
  return (
    <section className="record-section" aria-labelledby="s-objectifs">
      <h2 id="s-objectifs">Objectifs et prochain entretien</h2>
      {editing ? (
        <PlanForm key={path.version} page={page} path={path} onSaved={onSaved} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <dl className="facts">
            <Fact label="Objectifs">{path.objectives && <span className="pre-line">{path.objectives}</span>}</Fact>
            {open && (
              <Fact label="Prochain entretien">
                {path.nextInterviewDate && due !== 'a_fixer' ? (
                  <>
                    {formatDate(path.nextInterviewDate)} <DueBadge due={due} />
                  </>
                ) : (
                  <DueBadge due="a_fixer" />
                )}
              </Fact>
            )}
            <Fact label="Dernier entretien">{path.lastSeen && formatDate(path.lastSeen)}</Fact>
          </dl>
          {open && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Modifier les objectifs et le prochain entretien
            </button>
          )}
        </>
      )}
    </section>
  );
}
