import { useEffect, useRef } from 'react';
import type { Organisation } from '../../../db/contract/settings';
import { formatDateTime, formatHours, formatMoneyInput } from '../../../db/contract/format';
import { Field } from '../../components/Field';
import { ErrorSummary, FormSection, useForm, type Values } from '../../components/form';
import { useOrganisation } from '../../organisation';

const LABELS: Record<string, string> = {
  name: "Nom de l'association",
  siret: 'SIRET',
  addressLine1: 'Adresse',
  addressLine2: "Complément d'adresse",
  postalCode: 'Code postal',
  city: 'Commune',
  phone: 'Téléphone',
  email: 'E-mail',
  conventionNumber: 'N° de convention / annexe financière',
  sapDeclarationNumber: 'N° de déclaration services à la personne',
  defaultBilledRateCents: 'Taux horaire facturé par défaut',
  defaultWageRateCents: 'Salaire horaire par défaut',
  etpAnnualMinutes: "Heures annuelles d'un ETP",
  invoicePrefix: 'Préfixe des numéros de facture',
};

const plainHours = (m: number) => formatHours(m).replace(/[\u00a0\u202f]/g, ' ');

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
    etpAnnualMinutes: plainHours(o.etpAnnualMinutes),
    invoicePrefix: o.invoicePrefix,
  };
}

export function OrganisationSettings() {
  const { organisation, error, set } = useOrganisation();
  if (error) return <p className="error-text">{error}</p>;
  if (!organisation) return <p className="muted">Chargement…</p>;
  return <OrganisationForm organisation={organisation} onSaved={set} />;
}

function OrganisationForm({ organisation, onSaved }: { organisation: Organisation; onSaved: (o: Organisation) => void }) {
  const form = useForm({
    call: 'settings.saveOrganisation',
    initial: toValues(organisation),
    toInput: (v) => ({
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
      invoicePrefix: v.invoicePrefix ?? '',
    }),
    onSaved: (o) => {
      form.reset(toValues(o));
      onSaved(o);
    },
    savedMessage: 'Paramètres de l’organisation enregistrés',
  });
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const f = (name: string) => ({
    name,
    label: LABELS[name]!,
    value: form.values[name] ?? '',
    onChange: (v: string) => form.setValue(name, v),
    error: form.errors[name],
  });

  return (
    <form
      ref={form.formRef}
      className="form"
      noValidate
      aria-label="Organisation"
      onKeyDown={(e) => void form.onKeyDown(e)}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <ErrorSummary errors={form.errors} labels={LABELS} />
      <FormSection title="Identité">
        <Field {...f('name')} required ref={first} className="wide" />
        <Field {...f('siret')} kind="digits" help="14 chiffres, sans espaces ou avec." />
        <Field {...f('phone')} kind="tel" />
        <Field {...f('email')} kind="email" />
      </FormSection>
      <FormSection title="Adresse">
        <Field {...f('addressLine1')} className="wide" />
        <Field {...f('addressLine2')} className="wide" />
        <Field {...f('postalCode')} kind="digits" maxLength={5} />
        <Field {...f('city')} />
      </FormSection>
      <FormSection title="Agréments">
        <Field {...f('conventionNumber')} help="Convention avec l'État (DDETS) et son annexe financière." />
        <Field {...f('sapDeclarationNumber')} help="Figure sur les attestations fiscales des particuliers." />
      </FormSection>
      <FormSection title="Valeurs par défaut">
        <Field {...f('defaultBilledRateCents')} kind="money" suffix="€ / h" required help="Proposé à la création d'un utilisateur ou d'une mission." />
        <Field {...f('defaultWageRateCents')} kind="money" suffix="€ / h" help="Salaire horaire brut proposé pour une mission." />
        <Field
          {...f('etpAnnualMinutes')}
          kind="hours"
          required
          help="1 607 h par défaut (durée légale annuelle ; à vérifier avec votre DDETS). Sert au calcul des ETP."
        />
        <Field {...f('invoicePrefix')} help="Par exemple FA- donne FA-2026-0001. Laissez vide pour 2026-0001." maxLength={12} />
      </FormSection>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.busy}>
          {form.busy ? 'Enregistrement…' : 'Enregistrer'}
        </button>
        <span className="muted">
          {form.dirty
            ? 'Modifications non enregistrées (Ctrl+S pour enregistrer, Échap pour abandonner).'
            : organisation.updatedAt
              ? `Enregistré le ${formatDateTime(organisation.updatedAt)}.`
              : 'Pas encore enregistré.'}
        </span>
      </div>
    </form>
  );
}
