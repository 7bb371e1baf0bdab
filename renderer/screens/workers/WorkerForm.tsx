import { useEffect } from 'react';
import type { WorkerDetail, WorkerInput } from '../../../db/contract/workers';
import { formatDate } from '../../../db/base/format';
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
import { AddressFields, ErrorSummary, Form, FormActions, FormSection, useForm, type Values } from '../../components/form';
import { DuplicateWarning } from '../../components/DuplicateWarning';
import { useRouter } from '../../router';
import { useList } from '../../components/useList';

export const WORKER_LABELS: Record<string, string> = {
  civility: 'Civilité',
  birthName: 'Nom de naissance',
  usageName: "Nom d'usage",
  firstName: 'Prénom',
  birthDate: 'Date de naissance',
  nir: 'NIR (n° de sécurité sociale)',
  nationality: 'Nationalité',
  permitNumber: 'N° du titre de séjour',
  permitExpiry: 'Fin de validité du titre de séjour',
  addressLine1: 'Adresse',
  addressLine2: "Complément d'adresse",
  postalCode: 'Code postal',
  city: 'Commune',
  qpv: 'Réside en quartier prioritaire (QPV)',
  phone: 'Téléphone',
  email: 'E-mail',
  orienteur: 'Orienteur',
  educationLevel: 'Niveau de formation',
  drivingLicence: 'Permis de conduire',
  vehicle: 'Véhicule',
  skills: 'Compétences',
  availability: 'Disponibilités',
  referent: 'Référent (CIP)',
  status: 'Statut',
  entryDate: "Date d'entrée",
  exitDate: 'Date de sortie',
  notes: 'Notes',
};

const EMPTY: Values = {
  civility: '',
  birthName: '',
  usageName: '',
  firstName: '',
  birthDate: '',
  nir: '',
  nationality: 'france',
  permitNumber: '',
  permitExpiry: '',
  addressLine1: '',
  addressLine2: '',
  postalCode: '',
  city: '',
  qpv: '',
  phone: '',
  email: '',
  orienteur: '',
  educationLevel: '',
  drivingLicence: '',
  vehicle: '',
  skills: '',
  availability: '',
  referent: '',
  status: 'candidat',
  entryDate: '',
  exitDate: '',
  notes: '',
};

function toValues(w: WorkerDetail): Values {
  const s = (v: string | null) => v ?? '';
  return {
    civility: w.civility,
    birthName: w.birthName,
    usageName: s(w.usageName),
    firstName: w.firstName,
    birthDate: formatDate(w.birthDate),
    nir: s(w.nir),
    nationality: w.nationality,
    permitNumber: s(w.permitNumber),
    permitExpiry: formatDate(w.permitExpiry),
    addressLine1: s(w.addressLine1),
    addressLine2: s(w.addressLine2),
    postalCode: s(w.postalCode),
    city: s(w.city),
    qpv: w.qpv ? '1' : '',
    phone: s(w.phone),
    email: s(w.email),
    orienteur: s(w.orienteur),
    educationLevel: s(w.educationLevel),
    drivingLicence: w.drivingLicence ? '1' : '',
    vehicle: w.vehicle ? '1' : '',
    skills: w.skills.join(','),
    availability: s(w.availability),
    referent: s(w.referent),
    status: w.status,
    entryDate: formatDate(w.entryDate),
    exitDate: formatDate(w.exitDate),
    notes: s(w.notes),
  };
}

function toInput(v: Values): WorkerInput {
  const g = (k: string) => v[k] ?? '';
  return {
    civility: g('civility') as WorkerInput['civility'],
    birthName: g('birthName'),
    usageName: g('usageName'),
    firstName: g('firstName'),
    birthDate: g('birthDate'),
    nir: g('nir'),
    nationality: g('nationality') as WorkerInput['nationality'],
    permitNumber: g('permitNumber'),
    permitExpiry: g('permitExpiry'),
    addressLine1: g('addressLine1'),
    addressLine2: g('addressLine2'),
    postalCode: g('postalCode'),
    city: g('city'),
    qpv: g('qpv') === '1',
    phone: g('phone'),
    email: g('email'),
    orienteur: g('orienteur') as WorkerInput['orienteur'],
    educationLevel: g('educationLevel') as WorkerInput['educationLevel'],
    drivingLicence: g('drivingLicence') === '1',
    vehicle: g('vehicle') === '1',
    skills: g('skills').split(',').filter(Boolean) as WorkerInput['skills'],
    availability: g('availability'),
    referent: g('referent'),
    status: g('status') as WorkerInput['status'],
    entryDate: g('entryDate'),
    exitDate: g('exitDate'),
    notes: g('notes'),
  };
}

type AnyForm = ReturnType<typeof useForm<'workers.create', { allowDuplicate: boolean }>> | ReturnType<typeof useForm<'workers.update'>>;

export function NewWorkerForm() {
  const { navigate } = useRouter();
  const form = useForm<'workers.create', { allowDuplicate: boolean }>({
    call: 'workers.create',
    initial: EMPTY,
    toInput: (v, extra) => ({ worker: toInput(v), allowDuplicate: extra?.allowDuplicate ?? false }),
    onSaved: (r) => navigate(`/salaries/${r.id}`, { force: true }),
    savedMessage: 'Salarié enregistré',
    errorPrefix: 'worker.',
    labels: WORKER_LABELS,
  });
  return <WorkerFormView form={form} title="Nouveau salarié" cancelTo="/salaries" onCreateAnyway={() => void form.submit({ allowDuplicate: true })} />;
}

export function EditWorkerForm({ worker }: { worker: WorkerDetail }) {
  const { navigate } = useRouter();
  const form = useForm({
    call: 'workers.update',
    initial: toValues(worker),
    toInput: (v) => ({ id: worker.id, worker: toInput(v) }),
    onSaved: (r) => navigate(`/salaries/${r.id}`, { force: true }),
    savedMessage: 'Fiche du salarié enregistrée',
    errorPrefix: 'worker.',
    labels: WORKER_LABELS,
  });
  return <WorkerFormView form={form} title={`Modifier : ${worker.name}`} cancelTo={`/salaries/${worker.id}`} onCreateAnyway={() => {}} />;
}

function WorkerFormView({ form, title, cancelTo, onCreateAnyway }: { form: AnyForm; title: string; cancelTo: string; onCreateAnyway(): void }) {
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
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <Form form={form} label={title}>
        <DuplicateWarning error={form.lastError} onCreateAnyway={onCreateAnyway} />
        <ErrorSummary form={form} />
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
          <SelectField {...form.field('status')} options={WORKER_STATUSES} required />
          <Field {...form.field('referent')} list="referents" />
          <datalist id="referents">
            {(referents.data ?? []).map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          <Field {...form.field('entryDate')} kind="date" placeholder="JJ/MM/AAAA" />
          <Field {...form.field('exitDate')} kind="date" placeholder="JJ/MM/AAAA" />
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
        <FormActions form={form} cancelTo={cancelTo} />
      </Form>
    </section>
  );
}
