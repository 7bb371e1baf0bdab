import { useEffect } from 'react';
import type { ClientDetail, ClientInput } from '../../../db/contract/clients';
import { CLIENT_FIELDS } from '../../../db/contract/client-fields';
import { fieldLabels } from '../../../db/contract/field-spec';
import { formatMoneyInput } from '../../../db/base/format';
import { CIVILITIES, CLIENT_KINDS, countsTowards480ByDefault, TASK_KINDS, type ClientKind } from '../../../db/contract/reference';
import { Field } from '../../components/Field';
import { CheckboxField, SelectField, TextAreaField } from '../../components/Choice';
import { AddressFields, FormSection, type Values } from '../../components/form';
import { emptyValues, formInput, formValues } from '../../components/field-values';
import { RecordFormPage, useEditRecordForm, useNewRecordForm, type RecordForm, type RecordFormViewProps } from '../../components/record-form';
import { useOrganisation } from '../../organisation';

export const CLIENT_LABELS = fieldLabels(CLIENT_FIELDS);

function emptyClient(defaultRate: number | null): Values {
  return { ...emptyValues(CLIENT_FIELDS), hourlyRateCents: formatMoneyInput(defaultRate), counts480Touched: '' };
}

// Until the user ticks or unticks it, the 480 h box follows the kind's default (sent as null).
function toInput(v: Values): ClientInput {
  return { ...(formInput(CLIENT_FIELDS, v) as ClientInput), counts480: v.counts480Touched ? v.counts480 === '1' : null };
}

const CLIENT_FORM: RecordForm<'clients'> = {
  entity: 'clients',
  path: '/utilisateurs',
  key: 'client',
  labels: CLIENT_LABELS,
  valuesOf: (c) => ({ ...formValues(CLIENT_FIELDS, c), counts480Touched: '1' }),
  inputOf: toInput,
  savedMessage: { created: 'Utilisateur enregistré', updated: "Fiche de l'utilisateur enregistrée" },
};

export function NewClientForm() {
  const { organisation } = useOrganisation();
  const { form, onCreateAnyway } = useNewRecordForm(CLIENT_FORM, emptyClient(organisation?.defaultBilledRateCents ?? null));
  return <ClientFormView form={form} title="Nouvel utilisateur" cancelTo="/utilisateurs" onCreateAnyway={onCreateAnyway} />;
}

export function EditClientForm({ client }: { client: ClientDetail }) {
  const form = useEditRecordForm(CLIENT_FORM, client);
  return (
    <ClientFormView
      form={form}
      title={`Modifier : ${client.displayName}`}
      cancelTo={`/utilisateurs/${client.id}`}
      onCreateAnyway={() => {}}
      layoffPostReview={client.lastLayoffPostReview}
    />
  );
}

interface ViewProps extends RecordFormViewProps<'clients'> {
  /** The layoff's post typed before posts were tasks, to choose again. */
  layoffPostReview?: string | null;
}

function ClientFormView({ layoffPostReview, ...page }: ViewProps) {
  const { form } = page;
  useEffect(() => {
    document.getElementById('f-kind')?.focus();
  }, []);
  const v = form.values;
  const kind = (v.kind ?? '') as ClientKind | '';
  // Until the user ticks or unticks it, the 480 h box follows the kind's default.
  const counts = v.counts480Touched ? v.counts480 === '1' : kind !== '' && countsTowards480ByDefault(kind);
  const organisationKind = kind !== '' && kind !== 'particulier';

  return (
    <RecordFormPage {...page}>
      <FormSection title="Identité">
        <SelectField {...form.field('kind')} options={CLIENT_KINDS} placeholder="— Choisir —" required />
        {kind === 'particulier' ? (
          <>
            <SelectField {...form.field('civility')} options={CIVILITIES} placeholder="— Choisir —" required />
            <Field {...form.field('lastName')} required />
            <Field {...form.field('firstName')} required />
          </>
        ) : (
          <Field {...form.field('name')} required />
        )}
        {organisationKind && <Field {...form.field('siret')} kind="digits" help="14 chiffres." />}
        <Field {...form.field('contactName')} />
        <Field {...form.field('phone')} kind="tel" />
        <Field {...form.field('email')} kind="email" />
      </FormSection>
      <FormSection title="Adresse de facturation">
        <AddressFields form={form} />
      </FormSection>
      <FormSection title="Facturation et règles">
        <Field {...form.field('hourlyRateCents')} kind="money" suffix="€ / h" help="Vide : le taux par défaut de l'organisation." />
        <Field {...form.field('paymentTermsDays')} kind="digits" />
        <CheckboxField
          name="counts480"
          label={CLIENT_LABELS.counts480!}
          checked={counts}
          onChange={(x) => {
            form.setValue('counts480', x ? '1' : '');
            form.setValue('counts480Touched', '1');
          }}
          help="Coché par défaut pour une entreprise (et un bailleur social privé, à cocher). À vérifier avec votre DDETS."
          className="wide"
        />
        {(kind === 'entreprise' || v.lastLayoffDate) && (
          <>
            <Field {...form.field('lastLayoffDate')} kind="date" placeholder="JJ/MM/AAAA" help="Aucune mise à disposition sur un poste équivalent dans les 6 mois qui suivent." />
            <SelectField
              {...form.field('lastLayoffPost')}
              options={TASK_KINDS}
              placeholder="— Choisir la tâche —"
              help={
                layoffPostReview
                  ? `Poste saisi auparavant : « ${layoffPostReview} ». Choisissez la tâche qui lui correspond.`
                  : 'Parmi les tâches des missions : une mission sur la même tâche est refusée pendant 6 mois.'
              }
            />
          </>
        )}
        <Field
          {...form.field('accountCode')}
          maxLength={12}
          help="Son compte dans le journal des ventes : la racine des comptes clients suivie de ce code. Vide : donné à sa première facture (C00012)."
        />
        <TextAreaField {...form.field('notes')} className="wide" />
      </FormSection>
    </RecordFormPage>
  );
}
