import type { WorkerDetail } from '../../../db/contract/workers';
import { formatDate } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { ELIGIBILITY_CRITERIA, evaluateEligibility, type CriterionCode } from '../../../db/contract/workers';
import { Field } from '../../components/Field';
import { CheckboxGroup, SelectField } from '../../components/Choice';
import { Form, InlineFormActions, useForm } from '../../components/form';

// The eligibility diagnosis: who made it, when, and the criteria. The AI rule (1 criterion of
// level 1 or 2 of level 2, none after an authorised prescriber) is shown as boxes are ticked.

export function DiagnosisForm({ worker, onDone, onCancel }: { worker: WorkerDetail; onDone(w: WorkerDetail): void; onCancel(): void }) {
  const form = useForm({
    call: 'workers.addDiagnosis',
    initial: { date: formatDate(todayIso()), authorKind: 'structure', authorName: '', criteria: '' },
    toInput: (v) => ({
      workerId: worker.id,
      date: v.date ?? '',
      authorKind: (v.authorKind ?? 'structure') as 'structure' | 'prescripteur',
      authorName: v.authorName ?? '',
      criteria: (v.criteria ?? '').split(',').filter(Boolean) as CriterionCode[],
    }),
    onSaved: onDone,
    savedMessage: 'Diagnostic enregistré',
  });
  const v = form.values;
  const criteria = (v.criteria ?? '').split(',').filter(Boolean) as CriterionCode[];
  const evaluation = evaluateEligibility({ authorKind: (v.authorKind ?? 'structure') as 'structure' | 'prescripteur', criteria });
  const level = (n: 1 | 2) =>
    ELIGIBILITY_CRITERIA.filter((c) => c.level === n).map((c) => ({ code: c.code, label: c.label }));

  return (
    <Form form={form} label="Diagnostic d'éligibilité" className="inline-form">
      <div className="form-grid">
        <Field {...form.field('date', 'Date du diagnostic')} kind="date" required autoFocus />
        <SelectField
          name="authorKind"
          label="Réalisé par"
          value={v.authorKind ?? 'structure'}
          options={[
            { code: 'structure', label: "L'association (auto-prescription)" },
            { code: 'prescripteur', label: 'Un prescripteur habilité' },
          ]}
          onChange={(x) => form.setValue('authorKind', x)}
          error={form.errors.authorKind}
        />
        <Field {...form.field('authorName', 'Nom du prescripteur ou de la personne')} className="wide" />
      </div>
      <CheckboxGroup name="criteria" label="Critères de niveau 1" values={criteria} options={level(1)} onChange={(x) => form.setValue('criteria', [...x, ...criteria.filter((c) => !level(1).some((l) => l.code === c))].join(','))} />
      <CheckboxGroup
        name="criteria"
        label="Critères de niveau 2"
        values={criteria}
        options={level(2)}
        onChange={(x) => form.setValue('criteria', [...criteria.filter((c) => !level(2).some((l) => l.code === c)), ...x].join(','))}
        error={form.errors.criteria}
      />
      <p className={`banner ${evaluation.eligible ? 'banner-ok' : 'banner-warning'}`} role="status" aria-live="polite">
        <strong>{evaluation.eligible ? 'Éligible' : 'Non éligible'} :</strong> {evaluation.reason}
      </p>
      <InlineFormActions form={form} saveLabel="Enregistrer le diagnostic" onCancel={onCancel} />
    </Form>
  );
}
