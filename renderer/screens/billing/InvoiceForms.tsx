import type { InvoiceDetail } from '../../../db/contract/invoices';
import { PAYMENT_LABELS } from '../../../db/contract/invoices';
import { PAYMENT_MEANS } from '../../../db/contract/reference';
import { formatDate, formatMoney, formatMoneyInput } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { Form, InlineFormActions, useForm } from '../../components/form';

// The two things done to an issued invoice: record a payment (its means: CESU préfinancé is kept
// apart for the tax certificates), and issue an avoir for all of what is left or a part.

export function PaymentForm({ invoice, onDone, onCancel }: { invoice: InvoiceDetail; onDone(d: InvoiceDetail): void; onCancel(): void }) {
  const form = useForm({
    call: 'invoices.addPayment',
    initial: { paidOn: formatDate(todayIso()), amountCents: formatMoneyInput(invoice.balanceCents), means: '', reference: '' },
    toInput: (v) => ({
      invoiceId: invoice.id,
      paidOn: v.paidOn ?? '',
      amountCents: v.amountCents ?? '',
      means: (v.means ?? '') as 'cheque',
      reference: v.reference ?? '',
    }),
    onSaved: onDone,
    savedMessage: 'Paiement enregistré',
    labels: PAYMENT_LABELS,
  });
  return (
    <Form form={form} label="Nouveau paiement" className="inline-form">
      <h3>Enregistrer un paiement</h3>
      <div className="form-grid">
        <Field {...form.field('paidOn')} kind="date" required autoFocus />
        <Field {...form.field('amountCents')} kind="money" suffix="€" required help={`Reste dû : ${formatMoney(invoice.balanceCents)}.`} />
        <SelectField {...form.field('means')} options={PAYMENT_MEANS} placeholder="Choisir…" required />
        <Field {...form.field('reference')} maxLength={60} />
      </div>
      <InlineFormActions form={form} saveLabel="Enregistrer le paiement" onCancel={onCancel} />
    </Form>
  );
}

const CREDIT_LABELS = { issuedOn: "Date de l'avoir", amountCents: "Montant de l'avoir", reason: 'Motif' };

export function CreditForm({ invoice, onDone, onCancel }: { invoice: InvoiceDetail; onDone(): void; onCancel(): void }) {
  const left = invoice.totalCents - invoice.creditedCents;
  const form = useForm({
    call: 'invoices.issueCredit',
    initial: { issuedOn: formatDate(todayIso()), amountCents: '', reason: '' },
    toInput: (v) => ({ invoiceId: invoice.id, issuedOn: v.issuedOn ?? '', amountCents: v.amountCents ?? '', reason: v.reason ?? '' }),
    onSaved: () => onDone(),
    savedMessage: 'Avoir émis',
    labels: CREDIT_LABELS,
  });
  return (
    <Form form={form} label="Nouvel avoir" className="inline-form">
      <h3>Émettre un avoir</h3>
      <p className="muted">L’avoir est numéroté à la suite des factures et ne peut plus être modifié.</p>
      <div className="form-grid">
        <Field {...form.field('issuedOn')} kind="date" required />
        <Field {...form.field('amountCents')} kind="money" suffix="€" help={`Vide : tout ce qui reste de la facture (${formatMoney(left)}).`} />
        <Field {...form.field('reason')} className="wide" maxLength={200} required autoFocus />
      </div>
      <InlineFormActions form={form} saveLabel="Émettre l’avoir" onCancel={onCancel} />
    </Form>
  );
}
