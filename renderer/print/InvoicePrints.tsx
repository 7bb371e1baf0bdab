import type { InvoiceDetail } from '../../db/contract/invoices';
import { formatDate, formatMoney, formatMonth, deMonth } from '../../db/base/format';
import { todayIso } from '../../db/base/dates';
import { send } from '../api/client';
import { block, PrintedDocument, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle, Parties, Signatures } from './document-parts';
import { InvoiceDocument, invoiceFileName, invoiceTitle } from './InvoiceDocument';

// The print views of Facturation: one invoice or avoir (#/print/facture/12), all the pieces
// issued for a month in one PDF (#/print/factures?mois=2026-10, a page break between them), and
// the reminder letter of an unpaid invoice (#/print/relance/12).

async function loadInvoice(id: number): Promise<InvoiceDetail | string> {
  const r = await send('invoices.get', { id });
  return r.ok ? r.value : r.error.message;
}

export function InvoicePrint({ id }: { id: number }) {
  return (
    <PrintScreen
      load={() => loadInvoice(id)}
      title={(d) => invoiceTitle(d)}
      fileName={(d) => invoiceFileName(d)}
      back={{ to: `/facturation/factures/${id}`, label: 'Retour à la facture' }}
      preparing="Préparation de la facture…"
    >
      {(d) => <InvoiceDocument invoice={d} />}
    </PrintScreen>
  );
}

async function loadMonth(month: string): Promise<InvoiceDetail[] | string> {
  const m = await send('invoices.month', { month });
  if (!m.ok) return m.error.message;
  if (m.value.issued.length === 0) return `Aucune facture émise pour ${formatMonth(month)}.`;
  const details = await Promise.all(m.value.issued.map((r) => send('invoices.get', { id: r.id })));
  const failed = details.find((r) => !r.ok);
  if (failed && !failed.ok) return failed.error.message;
  return details.flatMap((r) => (r.ok ? [r.value] : []));
}

export function MonthInvoicesPrint({ month }: { month: string }) {
  return (
    <PrintScreen
      load={() => loadMonth(month)}
      title={() => `Factures ${deMonth(month)}`}
      fileName={() => `factures-${month}.pdf`}
      back={{ to: `/facturation?mois=${month}`, label: 'Retour à la facturation' }}
      preparing="Préparation des factures du mois…"
    >
      {(all) => all.map((d) => <InvoiceDocument key={d.id} invoice={d} />)}
    </PrintScreen>
  );
}

function reminderBlocks(d: InvoiceDetail): PrintBlock[] {
  const today = todayIso();
  const late = d.daysOverdue > 0 ? `, échue le ${formatDate(d.dueOn)} (${d.daysOverdue} jour${d.daysOverdue > 1 ? 's' : ''} de retard)` : '';
  const city = d.seller.lines.find((l) => /^\d{5} /.test(l))?.slice(6);
  return [
    block('parties', <Parties from={d.seller} role="Destinataire" to={d.buyer} />),
    block('date', <p className="doc-date">{city ? `${city}, le ` : 'Le '}{formatDate(today)}</p>),
    block('title', <DocTitle>Relance : facture n° {d.number} impayée</DocTitle>, { keepWithNext: true }),
    block(
      'body',
      <div className="doc-letter">
        <p>Madame, Monsieur,</p>
        <p>
          Sauf erreur ou omission de notre part, notre facture n° <strong>{d.number}</strong> du {formatDate(d.issuedOn)}, d’un montant de{' '}
          {formatMoney(d.totalCents)} pour les heures {deMonth(d.month)}
          {late}, reste impayée à ce jour pour un montant de <strong>{formatMoney(d.balanceCents)}</strong>.
        </p>
        <p>
          Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si votre paiement a croisé ce courrier, nous
          vous prions de ne pas en tenir compte.
        </p>
        {d.mentions.professional && (
          <p>
            Nous vous rappelons que tout retard de paiement entraîne des pénalités au taux de {d.mentions.latePenalty} et une indemnité
            forfaitaire pour frais de recouvrement de {formatMoney(d.mentions.recoveryIndemnityCents)} (articles L441-10 et D441-5 du code de
            commerce).
          </p>
        )}
        <p>Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.</p>
      </div>,
      { keepWithNext: true },
    ),
    block('signature', <Signatures boxes={[{ title: "Pour l'association", name: d.seller.name, hint: 'Nom, qualité et signature' }]} />, { keepWithPrevious: true }),
  ];
}

export function ReminderLetterPrint({ id }: { id: number }) {
  return (
    <PrintScreen
      load={async () => {
        const d = await loadInvoice(id);
        if (typeof d === 'string') return d;
        if (d.kind !== 'facture' || d.balanceCents <= 0) return 'Cette facture ne reste pas due : pas de relance à faire.';
        return d;
      }}
      title={(d) => `Relance facture n° ${d.number}`}
      fileName={(d) => `relance-${d.number}.pdf`}
      back={{ to: '/facturation/impayes', label: 'Retour aux impayés' }}
      preparing="Préparation de la lettre…"
    >
      {(d) => <PrintedDocument key={d.id} label={`Relance · facture n° ${d.number}`} blocks={reminderBlocks(d)} />}
    </PrintScreen>
  );
}
