import { useEffect, useRef } from 'react';
import { ORGANISATION_LABELS, type Organisation } from '../../../db/contract/settings';
import { formatHoursInput, formatMoneyInput } from '../../../db/base/format';
import { Field } from '../../components/Field';
import { LoadState } from '../../components/Loading';
import { AddressFields, ErrorSummary, Form, FormActions, FormSection, settingsStatus, useForm, type Values } from '../../components/form';
import { useOrganisation } from '../../organisation';
import { readAgain } from '../../components/stale';


function toValues(o: Organisation): Values {
  return {
    name: o.name,
    siret: o.siret ?? '',
    addressLine1: o.addressLine1 ?? '',
    addressLine2: o.addressLine2 ?? '',
    postalCode: o.postalCode ?? '',
    city: o.city ?? '',
    phone: o.phone ?? '',
    email: o.email ?? '',
    conventionNumber: o.conventionNumber ?? '',
    sapDeclarationNumber: o.sapDeclarationNumber ?? '',
    defaultBilledRateCents: formatMoneyInput(o.defaultBilledRateCents),
    defaultWageRateCents: formatMoneyInput(o.defaultWageRateCents),
    etpAnnualMinutes: formatHoursInput(o.etpAnnualMinutes),
  };
}

export function OrganisationSettings() {
  const { organisation, error, set } = useOrganisation();
  if (error || !organisation) return <LoadState error={error} />;
  return <OrganisationForm organisation={organisation} onSaved={set} />;
}

function OrganisationForm({ organisation, onSaved }: { organisation: Organisation; onSaved: (o: Organisation) => void }) {
  const form = useForm({
    call: 'settings.saveOrganisation',
    initial: toValues(organisation),
    version: organisation.version,
    latest: readAgain('settings.getOrganisation', {}, (o) => ({ values: toValues(o), version: o.version })),
    toInput: (v, _extra, version) => ({
      version,
      name: v.name ?? '',
      siret: v.siret ?? '',
      addressLine1: v.addressLine1 ?? '',
      addressLine2: v.addressLine2 ?? '',
      postalCode: v.postalCode ?? '',
      city: v.city ?? '',
      phone: v.phone ?? '',
      email: v.email ?? '',
      conventionNumber: v.conventionNumber ?? '',
      sapDeclarationNumber: v.sapDeclarationNumber ?? '',
      defaultBilledRateCents: v.defaultBilledRateCents ?? '',
      defaultWageRateCents: v.defaultWageRateCents ?? '',
      etpAnnualMinutes: v.etpAnnualMinutes ?? '',
    }),
    onSaved: (o) => {
      form.reset(toValues(o), o.version);
      onSaved(o);
    },
    savedMessage: 'Paramètres de l’organisation enregistrés',
    labels: ORGANISATION_LABELS,
  });
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <Form form={form} label="Organisation">
      <ErrorSummary form={form} />
      <FormSection title="Identité">
        <Field {...form.field('name')} required ref={first} className="wide" />
        <Field {...form.field('siret')} kind="digits" help="14 chiffres, sans espaces ou avec." />
        <Field {...form.field('phone')} kind="tel" />
        <Field {...form.field('email')} kind="email" />
      </FormSection>
      <FormSection title="Adresse">
        <AddressFields form={form} />
      </FormSection>
      <FormSection title="Agréments">
        <Field {...form.field('conventionNumber')} help="Convention avec l'État (DDETS) et son annexe financière." />
        <Field {...form.field('sapDeclarationNumber')} help="Figure sur les attestations fiscales des particuliers." />
      </FormSection>
      <FormSection title="Valeurs par défaut">
        <Field {...form.field('defaultBilledRateCents')} kind="money" suffix="€ / h" required help="Proposé à la création d'un utilisateur ou d'une mission." />
        <Field {...form.field('defaultWageRateCents')} kind="money" suffix="€ / h" help="Salaire horaire brut proposé pour une mission." />
        <Field
          {...form.field('etpAnnualMinutes')}
          kind="hours"
          required
          help="1 607 h par défaut (durée légale annuelle ; à vérifier avec votre DDETS). Sert au calcul des ETP."
        />
      </FormSection>
      <FormActions
        form={form}
        status={settingsStatus(form.dirty, organisation.updatedAt)}
      />
    </Form>
  );
}
