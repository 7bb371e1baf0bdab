import { useEffect } from 'react';
import type { WorkerDetail, WorkerInput } from '../../../db/contract/workers';
import { WORKER_FIELDS } from '../../../db/contract/worker-fields';
import { fieldLabels } from '../../../db/contract/field-spec';
import {
  CIVILITIES,
  EDUCATION_LEVELS,
  NATIONALITIES,
  ORIENTEURS,
  TASK_KINDS,
  WORKER_STATUSES,
} from '../../../db/contract/reference';
import { Field } from '../../components/Field';
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField } from '../../components/Choice';
import { AddressFields, FormSection } from '../../components/form';
import { emptyValues, formInput, formValues } from '../../components/field-values';
import { RecordFormPage, useEditRecordForm, useNewRecordForm, type RecordForm, type RecordFormViewProps } from '../../components/record-form';
import { useList } from '../../components/useList';
import { WorkerPathFacts } from './WorkerPathFacts';

export const WORKER_LABELS = fieldLabels(WORKER_FIELDS);
const WORKER_FORM: RecordForm<'workers'> = {
  entity: 'workers',
  path: '/salaries',
  key: 'worker',
  labels: WORKER_LABELS,
  valuesOf: (w) => formValues(WORKER_FIELDS, w),
  inputOf: (v) => formInput(WORKER_FIELDS, v) as WorkerInput,
  savedMessage: { created: 'Salarié enregistré', updated: 'Fiche du salarié enregistrée' },
};

export function NewWorkerForm() {
  const { form, onCreateAnyway } = useNewRecordForm(WORKER_FORM, emptyValues(WORKER_FIELDS));
  return <WorkerFormView form={form} title="Nouveau salarié" cancelTo="/salaries" onCreateAnyway={onCreateAnyway} worker={null} />;
}

export function EditWorkerForm({ worker }: { worker: WorkerDetail }) {
  const form = useEditRecordForm(WORKER_FORM, worker);
  return <WorkerFormView form={form} title={`Modifier : ${worker.name}`} cancelTo={`/salaries/${worker.id}`} onCreateAnyway={() => {}} worker={worker} />;
}

// A new worker is a candidate or enters their path on registration; after that, the status and
// the dates follow the Suivi (the back end refuses them here): the exit is never typed on this form.
const NEW_WORKER_STATUSES = WORKER_STATUSES.filter((s) => s.code !== 'sorti');

function WorkerFormView({ worker, ...props }: RecordFormViewProps<'workers'> & { /** The worker edited; null for a new one. */ worker: WorkerDetail | null }) {
  const { form } = props;
  const referents = useList('workers.referents', {});
  useEffect(() => {
    document.getElementById('f-civility')?.focus();
  }, []);

  const v = form.values;
  // A box stores '1' when ticked, '' when not.
  const check = (name: string) => {
    const { value, onChange, ...rest } = form.field(name);
    return { ...rest, checked: value === '1', onChange: (x: boolean) => onChange(x ? '1' : '') };
  };
  const horsUe = v.nationality === 'hors_ue';

  return (
    <RecordFormPage {...props}>
      <FormSection title="Identité">
        <SelectField {...form.field('civility')} options={CIVILITIES} placeholder="— Choisir —" required className="wide" />
        <Field {...form.field('birthName')} required />
        <Field {...form.field('usageName')} />
        <Field {...form.field('firstName')} required />
        <Field {...form.field('birthDate')} kind="date" required placeholder="JJ/MM/AAAA" />
        <Field {...form.field('nir')} help="15 caractères, clé comprise ; facultatif." />
      </FormSection>
      <FormSection title="Nationalité et droit au travail">
        <SelectField {...form.field('nationality')} options={NATIONALITIES} required />
        {horsUe && (
          <>
            <Field {...form.field('permitNumber')} required />
            <Field {...form.field('permitExpiry')} kind="date" required help="Un titre expiré interdit toute mission." />
          </>
        )}
      </FormSection>
      <FormSection title="Coordonnées">
        <AddressFields form={form} />
        <CheckboxField {...check('qpv')} className="wide" />
        <Field {...form.field('phone')} kind="tel" />
        <Field {...form.field('email')} kind="email" />
      </FormSection>
      <FormSection title="Parcours">
        {worker ? (
          <WorkerPathFacts worker={worker} />
        ) : (
          <>
            <SelectField {...form.field('status')} options={NEW_WORKER_STATUSES} required />
            <Field {...form.field('entryDate')} kind="date" placeholder="JJ/MM/AAAA" help="Le parcours commence à cette date dans le Suivi." />
          </>
        )}
        <Field {...form.field('referent')} list="referents" />
        <datalist id="referents">
          {(referents.data ?? []).map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <SelectField {...form.field('orienteur')} options={ORIENTEURS} placeholder="— Non renseigné —" />
      </FormSection>
      <FormSection title="Profil">
        <SelectField {...form.field('educationLevel')} options={EDUCATION_LEVELS} placeholder="— Non renseigné —" />
        <div className="field-pair">
          <CheckboxField {...check('drivingLicence')} />
          <CheckboxField {...check('vehicle')} />
        </div>
        <CheckboxGroup
          name="skills"
          label={WORKER_LABELS.skills!}
          values={(v.skills ?? '').split(',').filter(Boolean)}
          onChange={(x) => form.setValue('skills', x.join(','))}
          options={TASK_KINDS}
          error={form.errors.skills}
          className="wide"
        />
        <Field {...form.field('availability')} className="wide" help="Par exemple : matins, pas le mercredi." />
        <TextAreaField {...form.field('notes')} className="wide" />
      </FormSection>
    </RecordFormPage>
  );
}
