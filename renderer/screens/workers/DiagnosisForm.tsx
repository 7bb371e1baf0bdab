import type { WorkerDetail } from '../../../db/contract/workers';
import { formatDate } from '../../../db/contract/format';
import { ELIGIBILITY_CRITERIA, evaluateEligibility, type CriterionCode } from '../../../db/rules/eligibility';
import { Field } from '../../components/Field';
import { CheckboxGroup, SelectField } from '../../components/Choice';
import { useForm } from '../../components/form';

// The eligibility diagnosis: who made it, when, and the criteria. The AI rule (1 criterion of
// level 1 or 2 of level 2, none after an authorised prescriber) is shown as boxes are ticked.

const today = () => formatDate(new Date().toISOString().slice(0, 10));

export function DiagnosisForm({ worker, onDone, onCancel }: { worker: WorkerDetail; onDone(w: WorkerDetail): void; onCancel(): void }) {
  const form = useForm({
    call: 'workers.addDiagnosis',
    initial: { date: today(), authorKind: 'structure', authorName: '', criteria: '' },
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
    <form
      ref={form.formRef}
      className="form inline-form"
      noValidate
      aria-label="Diagnostic d'éligibilité"
      onKeyDown={(e) => void form.onKeyDown(e)}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <div className="form-grid">
        <Field name="date" label="Date du diagnostic" kind="date" required value={v.date ?? ''} onChange={(x) => form.setValue('date', x)} error={form.errors.date} autoFocus />
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
        <Field name="authorName" label="Nom du prescripteur ou de la personne" value={v.authorName ?? ''} onChange={(x) => form.setValue('authorName', x)} error={form.errors.authorName} className="wide" />
      </div>
      <CheckboxGroup name="criteria1" label="Critères de niveau 1" values={criteria} options={level(1)} onChange={(x) => form.setValue('criteria', [...x, ...criteria.filter((c) => !level(1).some((l) => l.code === c))].join(','))} />
      <CheckboxGroup
        name="criteria2"
        label="Critères de niveau 2"
        values={criteria}
        options={level(2)}
        onChange={(x) => form.setValue('criteria', [...criteria.filter((c) => !level(2).some((l) => l.code === c)), ...x].join(','))}
        error={form.errors.criteria}
      />
      <p className={`banner ${evaluation.eligible ? 'banner-ok' : 'banner-warning'}`} role="status" aria-live="polite">
        <strong>{evaluation.eligible ? 'Éligible' : 'Non éligible'} :</strong> {evaluation.reason}
      </p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.busy}>
          Enregistrer le diagnostic
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
