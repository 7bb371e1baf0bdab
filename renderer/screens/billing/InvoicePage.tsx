import { useState } from 'react';
import type { InvoiceDetail } from '../../../db/contract/invoices';
import { labelOf, PAYMENT_MEANS } from '../../../db/contract/reference';
import { formatDate, formatDateTime, formatMoney, formatMonth } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { Fact } from '../../components/Facts';
import { LoadState } from '../../components/Loading';
import { useFeedback } from '../../components/feedback';
import { useList } from '../../components/useList';
import { DocumentActions } from '../../print/DocumentActions';
import { Link } from '../../router';
import { BillingPage, InvoiceStatusBadge } from './BillingTabs';
import { lineText } from './DraftsPanel';
import { invoiceDocument } from './IssuedPanel';
import { CreditForm, PaymentForm } from './InvoiceForms';
import './billing.css';

// #/facturation/factures/12: one invoice or avoir as issued (never edited), its payments and
// its avoirs; print it, record a payment, issue an avoir, print a reminder when it is overdue.

function Payments({ d, onChanged }: { d: InvoiceDetail; onChanged(d: InvoiceDetail): void }) {
  const { confirm, toast } = useFeedback();
  const remove = async (id: number, amount: number) => {
    const ok = await confirm({
      title: 'Supprimer ce paiement ?',
      body: <p>Le paiement de {formatMoney(amount)} est retiré de la facture {d.number} (la suppression est inscrite au journal).</p>,
      confirmLabel: 'Supprimer le paiement',
      danger: true,
    });
    if (!ok) return;
    const r = await send('invoices.deletePayment', { id });
    if (!r.ok) return toast(errorText(r.error), 'error');
    toast('Paiement supprimé');
    onChanged(r.value);
  };
  if (d.payments.length === 0) return <p className="muted">Aucun paiement enregistré.</p>;
  return (
    <table className="simple-table" aria-label="Paiements">
      <thead>
        <tr>
          <th>Date</th>
          <th className="num">Montant</th>
          <th>Moyen</th>
          <th>Référence</th>
          <th>Saisi par</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {d.payments.map((p) => (
          <tr key={p.id}>
            <td>{formatDate(p.paidOn)}</td>
            <td className="num">{formatMoney(p.amountCents)}</td>
            <td>{labelOf(PAYMENT_MEANS, p.means)}</td>
            <td>{p.reference}</td>
            <td>{p.createdBy}</td>
            <td>
              <button type="button" className="button button-small button-danger-outline" onClick={() => void remove(p.id, p.amountCents)}>
                Supprimer
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Actions({ d }: { d: InvoiceDetail }) {
  return (
    <>
      <DocumentActions doc={invoiceDocument(d)} printLabel={d.kind === 'facture' ? 'Imprimer la facture' : 'Imprimer l’avoir'} pdfLabel="Enregistrer en PDF" />
      {d.kind === 'facture' && d.status === 'emise' && d.balanceCents > 0 && (
        <Link className="button" to={`/print/relance/${d.id}`}>
          Lettre de relance
        </Link>
      )}
    </>
  );
}

export function InvoicePage({ id }: { id: number }) {
  const { data, error, reload, set } = useList('invoices.get', { id }, 0);
  const [editing, setEditing] = useState<'payment' | 'credit' | null>(null);
  if (error || !data) return <LoadState error={error} />;
  const d = data;
  const issuedFacture = d.kind === 'facture' && d.status === 'emise';
  return (
    <BillingPage tab="factures" actions={<Actions d={d} />}>
      <header className="record-title">
        <h2>
          {d.kind === 'facture' ? 'Facture' : 'Avoir'} {d.number ?? '(brouillon)'} · {d.clientName}
        </h2>
        <InvoiceStatusBadge row={d} />
      </header>
      <section className="record-section" aria-label="La pièce">
        <dl className="facts">
          <Fact label="Utilisateur">
            <Link to={`/utilisateurs/${d.clientId}`}>{d.clientName}</Link>
          </Fact>
          <Fact label="Heures de">
            <Link to={`/facturation?mois=${d.month}`}>{formatMonth(d.month)}</Link>
          </Fact>
          <Fact label="Émise le">{d.issuedOn && `${formatDate(d.issuedOn)} par ${d.issuedBy} (${formatDateTime(d.issuedAt)})`}</Fact>
          {d.kind === 'facture' && <Fact label="Échéance">{formatDate(d.dueOn)}</Fact>}
          {d.kind === 'avoir' && (
            <Fact label="Facture corrigée">
              <Link to={`/facturation/factures/${d.creditedInvoiceId}`}>{d.creditedInvoiceNumber}</Link>
            </Fact>
          )}
          {d.reason && <Fact label="Motif">{d.reason}</Fact>}
          <Fact label="Montant">{formatMoney(d.totalCents)}</Fact>
          {issuedFacture && <Fact label="Payé">{formatMoney(d.paidCents)}</Fact>}
          {issuedFacture && d.creditedCents > 0 && <Fact label="Avoirs">{formatMoney(d.creditedCents)}</Fact>}
          {issuedFacture && <Fact label="Reste dû">{d.balanceCents < 0 ? `trop-perçu de ${formatMoney(-d.balanceCents)}` : formatMoney(d.balanceCents)}</Fact>}
        </dl>
        <h3>Lignes</h3>
        <ul className="draft-lines">
          {d.lines.map((l, i) => (
            <li key={i}>{lineText(l)}</li>
          ))}
        </ul>
      </section>
      {issuedFacture && (
        <section className="record-section" aria-labelledby="s-payments">
          <h2 id="s-payments">Paiements</h2>
          <Payments d={d} onChanged={set} />
          {d.credits.length > 0 && (
            <p>
              Avoirs :{' '}
              {d.credits.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ', '}
                  <Link to={`/facturation/factures/${c.id}`}>{c.number}</Link> du {formatDate(c.issuedOn)} ({formatMoney(c.totalCents)})
                </span>
              ))}
            </p>
          )}
          {editing === 'payment' && (
            <PaymentForm
              invoice={d}
              onDone={(v) => {
                set(v);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          )}
          {editing === 'credit' && (
            <CreditForm
              invoice={d}
              onDone={() => {
                reload();
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          )}
          {editing === null && (
            <div className="actions">
              {d.balanceCents > 0 && (
                <button type="button" className="button button-primary" onClick={() => setEditing('payment')}>
                  Enregistrer un paiement
                </button>
              )}
              {d.totalCents > d.creditedCents && (
                <button type="button" className="button" onClick={() => setEditing('credit')}>
                  Émettre un avoir
                </button>
              )}
            </div>
          )}
        </section>
      )}
    </BillingPage>
  );
}
