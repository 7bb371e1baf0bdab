import type { InvoiceDetail } from '../../db/contract/invoices';
import { formatDate, formatHours, formatMoney, formatNumber, deMonth } from '../../db/base/format';
import { formatIban } from '../../db/contract/invoice-settings';
import { block, PrintedDocument, table, type PrintBlock, type PrintRow } from './PrintedDocument';
import { DocTitle, Parties } from './document-parts';

// An invoice or an avoir as printed (domain §4, ui.md Printing): the seller and the buyer as they
// were when it was issued, its number and dates, a line per placement (worker, task, hours,
// hourly rate, amount) with right-aligned French numbers, the totals in bold, then the legal
// mentions: VAT, and for a professional client the due date, the late-payment penalties and the
// 40 € recovery indemnity.

/** « Facture n° 2026-0001 », « Avoir n° 2026-0004 », « Brouillon de facture » (not issued yet). */
export function invoiceTitle(d: Pick<InvoiceDetail, 'kind' | 'number'>): string {
  const noun = d.kind === 'facture' ? 'Facture' : 'Avoir';
  return d.number ? `${noun} n° ${d.number}` : `Brouillon ${d.kind === 'facture' ? 'de facture' : "d'avoir"} (non émis)`;
}

export function invoiceFileName(d: Pick<InvoiceDetail, 'kind' | 'number' | 'id'>): string {
  return `${d.kind}-${d.number ?? `brouillon-${d.id}`}.pdf`;
}

function facts(d: InvoiceDetail) {
  const rows: [string, string][] = [
    [d.kind === 'facture' ? 'Date de facture' : "Date de l'avoir", d.issuedOn ? formatDate(d.issuedOn) : 'non émise'],
    ['Période', `Heures ${deMonth(d.month)}`],
  ];
  if (d.kind === 'avoir') rows.push(['Facture corrigée', `n° ${d.creditedInvoiceNumber}`]);
  if (d.kind === 'facture' && d.dueOn) rows.push(['Date d’échéance', formatDate(d.dueOn)]);
  if (d.clientAccount) rows.push(['Votre compte', d.clientAccount]);
  return (
    <dl className="doc-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function lineRows(d: InvoiceDetail): PrintRow[] {
  return d.lines.map((l, i) => ({
    key: String(i),
    cells: [
      l.workerName ?? '',
      l.label,
      l.minutes === null ? '' : formatHours(l.minutes),
      l.minutes === null ? formatMoney(l.rateCents) : `${formatMoney(l.rateCents)} / h`,
      formatMoney(l.amountCents),
    ],
  }));
}

function totalRows(d: InvoiceDetail): PrintRow[] {
  const total = (key: string, label: string, cents: number, className?: string): PrintRow => ({ key, cells: ['', label, '', '', formatMoney(cents)], className });
  const rows: PrintRow[] = [];
  if (d.vatRateBasisPoints > 0) {
    rows.push(total('ht', 'Total HT', d.totalHtCents));
    rows.push(total('tva', `TVA ${formatNumber(d.vatRateBasisPoints / 100, d.vatRateBasisPoints % 100 === 0 ? 0 : 1)} %`, d.vatCents));
    rows.push(total('ttc', d.kind === 'facture' ? 'Total TTC à payer' : 'Total TTC de l’avoir', d.totalCents, 'doc-total'));
  } else rows.push(total('total', d.kind === 'facture' ? 'Total à payer' : 'Total de l’avoir', d.totalCents, 'doc-total'));
  return rows;
}

function mentions(d: InvoiceDetail) {
  const m = d.mentions;
  return (
    <section className="doc-legal" aria-label="Mentions légales">
      {m.vatMention && <p>{m.vatMention}</p>}
      {d.kind === 'avoir' && d.reason && <p>Motif de l’avoir : {d.reason}.</p>}
      {d.kind === 'facture' && m.professional && d.dueOn && (
        <>
          <p>
            Paiement à {m.paymentTermsDays} jours, au plus tard le {formatDate(d.dueOn)}. Pas d’escompte pour paiement anticipé.
          </p>
          <p>
            En cas de retard de paiement : pénalités de retard au taux de {m.latePenalty}, exigibles dès le lendemain de l’échéance, et
            indemnité forfaitaire pour frais de recouvrement de {formatMoney(m.recoveryIndemnityCents)} (articles L441-10 et D441-5 du
            code de commerce).
          </p>
        </>
      )}
      {d.kind === 'facture' && !m.professional && <p>À régler{d.dueOn ? ` au plus tard le ${formatDate(d.dueOn)}` : ' à réception'}. Le CESU préfinancé est accepté.</p>}
      {d.kind === 'facture' && m.bank && (
        <p>
          Règlement par virement{m.bank.name ? ` (${m.bank.name})` : ''} : IBAN {formatIban(m.bank.iban)}
          {m.bank.bic ? ` · BIC ${m.bank.bic}` : ''}, en rappelant le n° {d.number ?? 'de facture'}.
        </p>
      )}
    </section>
  );
}

export function invoiceBlocks(d: InvoiceDetail): PrintBlock[] {
  return [
    block('parties', <Parties from={d.seller} role={d.kind === 'facture' ? 'Facturé à' : 'Avoir pour'} to={d.buyer} />),
    block('title', <DocTitle>{invoiceTitle(d)}</DocTitle>, { keepWithNext: true }),
    block('facts', facts(d), { keepWithNext: true }),
    table('lines', {
      label: d.kind === 'facture' ? 'Détail de la facture' : "Détail de l'avoir",
      className: 'doc-lines',
      columns: [
        { header: 'Salarié', width: '36mm' },
        { header: 'Prestation', width: 'auto' },
        { header: 'Heures', width: '19mm', align: 'right' },
        { header: 'Taux horaire', width: '29mm', align: 'right' },
        { header: 'Montant', width: '26mm', align: 'right' },
      ],
      rows: lineRows(d),
      foot: totalRows(d),
    }),
    block('mentions', mentions(d), { keepWithPrevious: true }),
  ];
}

/** One invoice or avoir on its A4 sheets. */
export function InvoiceDocument({ invoice }: { invoice: InvoiceDetail }) {
  return <PrintedDocument key={`${invoice.id}-${invoice.status}`} label={invoiceTitle(invoice)} blocks={invoiceBlocks(invoice)} />;
}
