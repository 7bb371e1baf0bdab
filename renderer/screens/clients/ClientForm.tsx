import { useEffect } from 'react';
import type { ClientDetail, ClientInput } from '../../../db/contract/clients';
import { formatDate, formatMoneyInput } from '../../../db/base/format';
import { CLIENT_KINDS, countsTowards480ByDefault, type ClientKind } from '../../../db/contract/reference';
import { Field } from '../../components/Field';
import { CheckboxField, SelectField, TextAreaField } from '../../components/Choice';
import { AddressFields, ErrorSummary, Form, FormActions, FormSection, useForm, type Values } from '../../components/form';
import { DuplicateWarning } from '../../components/DuplicateWarning';
import { useRouter } from '../../router';
import { useOrganisation } from '../../organisation';

export const CLIENT_LABELS: Record<string, string> = {
  kind: "Type d'utilisateur",
  name: 'Nom ou raison sociale',
  siret: 'SIRET',
  contactName: 'Personne à contacter',
  addressLine1: 'Adresse de facturation',
  addressLine2: "Complément d'adresse",
  postalCode: 'Code postal',
  city: 'Commune',
  phone: 'Téléphone',
  email: 'E-mail',
  hourlyRateCents: 'Taux horaire facturé',
  paymentTermsDays: 'Délai de paiement (jours)',
  counts480: 'Ses heures comptent dans les 480 h',
  lastLayoffDate: 'Dernier licenciement économique',
  lastLayoffPost: 'Poste concerné',
  notes: 'Notes',
};

function emptyValues(defaultRate: number | null): Values {
  return {
    kind: '',
    name: '',
    siret: '',
    contactName: '',
    addressLine1: '',
    addressLine2: '',
    postalCode: '',
    city: '',
    phone: '',
    email: '',
    hourlyRateCents: formatMoneyInput(defaultRate),
    paymentTermsDays: '30',
    counts480: '',
    counts480Touched: '',
    lastLayoffDate: '',
    lastLayoffPost: '',
    notes: '',
  };
}

function toValues(c: ClientDetail): Values {
  const s = (v: string | null) => v ?? '';
  return {
    kind: c.kind,
    name: c.name,
    siret: s(c.siret),
    contactName: s(c.contactName),
    addressLine1: s(c.addressLine1),
    addressLine2: s(c.addressLine2),
    postalCode: s(c.postalCode),
    city: s(c.city),
    phone: s(c.phone),
    email: s(c.email),
    hourlyRateCents: formatMoneyInput(c.hourlyRateCents),
    paymentTermsDays: String(c.paymentTermsDays),
    counts480: c.counts480 ? '1' : '',
    counts480Touched: '1',
    lastLayoffDate: formatDate(c.lastLayoffDate),
    lastLayoffPost: s(c.lastLayoffPost),
    notes: s(c.notes),
  };
}

function toInput(v: Values): ClientInput {
  const g = (k: string) => v[k] ?? '';
  return {
    kind: g('kind') as ClientInput['kind'],
    name: g('name'),
    siret: g('siret'),
    contactName: g('contactName'),
    addressLine1: g('addressLine1'),
    addressLine2: g('addressLine2'),
    postalCode: g('postalCode'),
    city: g('city'),
    phone: g('phone'),
    email: g('email'),
    hourlyRateCents: g('hourlyRateCents'),
    paymentTermsDays: g('paymentTermsDays'),
    counts480: g('counts480Touched') ? g('counts480') === '1' : null,
    lastLayoffDate: g('lastLayoffDate'),
    lastLayoffPost: g('lastLayoffPost'),
    notes: g('notes'),
  };
}

type AnyForm = ReturnType<typeof useForm<'clients.create', { allowDuplicate: boolean }>> | ReturnType<typeof useForm<'clients.update'>>;

export function NewClientForm() {
  const { navigate } = useRouter();
  const { organisation } = useOrganisation();
  const form = useForm<'clients.create', { allowDuplicate: boolean }>({
    call: 'clients.create',
    initial: emptyValues(organisation?.defaultBilledRateCents ?? null),
    toInput: (v, extra) => ({ client: toInput(v), allowDuplicate: extra?.allowDuplicate ?? false }),
    onSaved: (r) => navigate(`/utilisateurs/${r.id}`, { force: true }),
    savedMessage: 'Utilisateur enregistré',
    errorPrefix: 'client.',
    labels: CLIENT_LABELS,
  });
  return <ClientFormView form={form} title="Nouvel utilisateur" cancelTo="/utilisateurs" onCreateAnyway={() => void form.submit({ allowDuplicate: true })} />;
}

export function EditClientForm({ client }: { client: ClientDetail }) {
  const { navigate } = useRouter();
  const form = useForm({
    call: 'clients.update',
    initial: toValues(client),
    toInput: (v) => ({ id: client.id, client: toInput(v) }),
    onSaved: (r) => navigate(`/utilisateurs/${r.id}`, { force: true }),
    savedMessage: "Fiche de l'utilisateur enregistrée",
    errorPrefix: 'client.',
    labels: CLIENT_LABELS,
  });
  return <ClientFormView form={form} title={`Modifier : ${client.name}`} cancelTo={`/utilisateurs/${client.id}`} onCreateAnyway={() => {}} />;
}

function ClientFormView({ form, title, cancelTo, onCreateAnyway }: { form: AnyForm; title: string; cancelTo: string; onCreateAnyway(): void }) {
  useEffect(() => {
    document.getElementById('f-kind')?.focus();
  }, []);
  const v = form.values;
  const kind = (v.kind ?? '') as ClientKind | '';
  // Until the user ticks or unticks it, the 480 h box follows the kind's default.
  const counts = v.counts480Touched ? v.counts480 === '1' : kind !== '' && countsTowards480ByDefault(kind);
  const organisationKind = kind !== '' && kind !== 'particulier';

  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <Form form={form} label={title}>
        <DuplicateWarning error={form.lastError} onCreateAnyway={onCreateAnyway} />
        <ErrorSummary form={form} />
        <FormSection title="Identité">
          <SelectField {...form.field('kind')} options={CLIENT_KINDS} placeholder="— Choisir —" required />
          <Field {...form.field('name')} required />
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
          {kind === 'entreprise' && (
            <>
              <Field {...form.field('lastLayoffDate')} kind="date" placeholder="JJ/MM/AAAA" help="Aucune mise à disposition sur un poste équivalent dans les 6 mois qui suivent." />
              <Field {...form.field('lastLayoffPost')} />
            </>
          )}
          <TextAreaField {...form.field('notes')} className="wide" />
        </FormSection>
        <FormActions form={form} cancelTo={cancelTo} />
      </Form>
    </section>
  );
}
