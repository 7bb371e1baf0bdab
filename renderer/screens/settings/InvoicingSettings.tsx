import { INVOICE_SETTING_FIELDS, INVOICE_SETTING_HELP, INVOICE_SETTING_LABELS, VAT_RATES, type InvoiceSettings } from '../../../db/contract/invoice-settings';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { formInput, formValues } from '../../components/field-values';
import { ErrorSummary, Form, FormActions, FormSection, settingsStatus, useForm } from '../../components/form';
import { readAgain } from '../../components/stale';

// Paramètres > Facturation: the numbering prefix, the VAT treatment and its mention, what a
// professional's invoice must say, the bank details printed at the foot, and the journal and
// accounts of the journal des ventes. Defaults are the usual ones, « à vérifier » with the accountant.

const toValues = (s: InvoiceSettings) => formValues(INVOICE_SETTING_FIELDS, s);

export function InvoicingSettings() {
  const { data, error, set } = useList('settings.getInvoicing', {}, 0);
  if (error || !data) return <LoadState error={error} />;
  return <InvoicingForm settings={data} onSaved={set} />;
}

function InvoicingForm({ settings, onSaved }: { settings: InvoiceSettings; onSaved(s: InvoiceSettings): void }) {
  const form = useForm({
    call: 'settings.saveInvoicing',
    initial: toValues(settings),
    version: settings.version,
    latest: readAgain('settings.getInvoicing', {}, (s) => ({ values: toValues(s), version: s.version })),
    toInput: (v, _extra, version) => ({ version, settings: formInput(INVOICE_SETTING_FIELDS, v) as never }),
    onSaved: (s) => {
      form.reset(toValues(s), s.version);
      onSaved(s);
    },
    savedMessage: 'Paramètres de facturation enregistrés',
    errorPrefix: 'settings.',
    labels: INVOICE_SETTING_LABELS,
  });
  const f = (name: keyof typeof INVOICE_SETTING_FIELDS) => ({ ...form.field(name), help: INVOICE_SETTING_HELP[name] });
  const money = { kind: 'money' as const, suffix: '€' };
  return (
    <Form form={form} label="Facturation">
      <ErrorSummary form={form} />
      <FormSection title="Numérotation et mentions">
        <Field {...f('prefix')} maxLength={12} />
        <SelectField {...f('vatRate')} options={VAT_RATES} required />
        <Field {...f('vatMention')} className="wide" maxLength={200} />
        <Field {...f('latePenalty')} className="wide" required maxLength={200} />
        <Field {...f('recoveryIndemnityCents')} {...money} required />
        <Field {...f('membershipFeeCents')} {...money} required />
      </FormSection>
      <FormSection title="Banque (pied de facture)">
        <Field {...f('bankName')} />
        <Field {...f('iban')} className="wide" />
        <Field {...f('bic')} />
      </FormSection>
      <FormSection title="Comptabilité (journal des ventes)">
        <Field {...f('salesJournal')} required />
        <Field {...f('bankJournal')} required />
        <Field {...f('clientAccountPrefix')} required />
        <Field {...f('incomeAccount')} required />
        <Field {...f('membershipAccount')} required />
        <Field {...f('vatAccount')} required />
        <Field {...f('bankAccount')} required />
        <Field {...f('cashAccount')} required />
        <Field {...f('cesuAccount')} required />
      </FormSection>
      <FormActions
        form={form}
        status={settingsStatus(form.dirty, settings.updatedAt, 'Valeurs par défaut, pas encore enregistrées (à vérifier avec votre expert-comptable).')}
      />
    </Form>
  );
}
