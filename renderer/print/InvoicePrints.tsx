import type { InvoiceDetail } from '../../db/contract/invoices';
import type { HoursStatement } from '../../db/contract/reports';
import type { Organisation } from '../../db/contract/settings';
import { formatDate, formatMoney, formatMonth, deMonth } from '../../db/base/format';
import { todayIso } from '../../db/base/dates';
import { send } from '../api/client';
import { block, PrintedDocument, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle, Parties, Signatures } from './document-parts';
import { InvoiceDocument, invoiceFileName, invoiceTitle } from './InvoiceDocument';
import { HoursStatementDocument } from './HoursStatement';

// The print views of Facturation: one invoice or avoir (#/print/facture/12), all the pieces
// issued for a month in one PDF (#/print/factures?mois=2026-10, a page break between them), and
// the reminder letter of an unpaid invoice (#/print/relance/12). An invoice that still counts is
// followed by the client's relevé d'heures of the month (domain §4: printed with the invoice),
// each document with its own pages.

async function loadInvoice(id: number): Promise<InvoiceDetail | string> {
  const r = await send('invoices.get', { id });
  return r.ok ? r.value : r.error.message;
}

interface Pieces {
  invoices: InvoiceDetail[];
  statements: HoursStatement[];
  organisation: Organisation;
}

/** The relevés of the clients of the invoices that still count (not cancelled by an avoir). */
async function withStatements(month: string, invoices: InvoiceDetail[]): Promise<Pieces | string> {
  const clientIds = [...new Set(invoices.filter(withStatement).map((d) => d.clientId))];
  const [statements, organisation] = await Promise.all([
    clientIds.length > 0 ? send('reports.hoursStatements', { month, clientIds }) : Promise.resolve({ ok: true as const, value: [] }),
    send('settings.getOrganisation', {}),
  ]);
  if (!statements.ok) return statements.error.message;
  if (!organisation.ok) return organisation.error.message;
  return { invoices, statements: statements.value, organisation: organisation.value };
}

const withStatement = (d: InvoiceDetail) => d.kind === 'facture' && d.status === 'emise' && d.paymentStatus !== 'annulee';

function InvoicesWithStatements({ pieces: p }: { pieces: Pieces }) {
  return p.invoices.map((d) => {
    const statement = withStatement(d) ? p.statements.find((s) => s.clientId === d.clientId) : undefined;
    return [
      <InvoiceDocument key={d.id} invoice={d} />,
      statement && <HoursStatementDocument key={`releve-${d.id}`} statement={statement} organisation={p.organisation} />,
    ];
  });
}

export function InvoicePrint({ id }: { id: number }) {
  return (
    <PrintScreen
      load={async () => {
        const d = await loadInvoice(id);
        return typeof d === 'string' ? d : withStatements(d.month, [d]);
      }}
      title={(p) => invoiceTitle(p.invoices[0]!)}
      fileName={(p) => invoiceFileName(p.invoices[0]!)}
      back={{ to: `/facturation/factures/${id}`, label: 'Retour à la facture' }}
      preparing="Préparation de la facture…"
    >
      {(p) => <InvoicesWithStatements pieces={p} />}
    </PrintScreen>
  );
}

async function loadMonth(month: string): Promise<Pieces | string> {
  const m = await send('invoices.month', { month });
  if (!m.ok) return m.error.message;
  if (m.value.issued.length === 0) return `Aucune facture émise pour ${formatMonth(month)}.`;
  const details = await Promise.all(m.value.issued.map((r) => send('invoices.get', { id: r.id })));
  const failed = details.find((r) => !r.ok);
  if (failed && !failed.ok) return failed.error.message;
  return withStatements(month, details.flatMap((r) => (r.ok ? [r.value] : [])));
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
      {(p) => <InvoicesWithStatements pieces={p} />}
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
