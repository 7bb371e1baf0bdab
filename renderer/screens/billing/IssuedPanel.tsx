import type { InvoiceRow } from '../../../db/contract/invoices';
import { formatDate, formatMoney, formatMonth, deMonth } from '../../../db/base/format';
import { BatchActions } from '../../print/DocumentActions';
import { Link } from '../../router';
import { InvoiceStatusBadge } from './BillingTabs';

// The invoices and avoirs issued for the month, each opening its page; the whole month prints
// as one PDF (a page break between pieces) or one PDF per piece into a folder.

export function invoiceDocument(r: Pick<InvoiceRow, 'id' | 'kind' | 'number'>) {
  return { route: `/print/facture/${r.id}`, fileName: `${r.kind}-${r.number ?? r.id}.pdf` };
}

export function InvoiceTable({ rows, label, showMonth = false }: { rows: InvoiceRow[]; label: string; showMonth?: boolean }) {
  return (
    <div className="table-scroll">
      <table className="simple-table billing-table" aria-label={label}>
        <thead>
          <tr>
            <th>Numéro</th>
            <th>Date</th>
            <th>Utilisateur</th>
            {showMonth && <th>Mois</th>}
            <th className="num">Montant</th>
            <th className="num">Reste dû</th>
            <th>État</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/facturation/factures/${r.id}`}>
                  {r.kind === 'avoir' ? 'Avoir ' : ''}
                  {r.number}
                </Link>
              </th>
              <td>{formatDate(r.issuedOn)}</td>
              <td>{r.clientName}</td>
              {showMonth && <td>{formatMonth(r.month)}</td>}
              <td className="num">{r.kind === 'avoir' ? `− ${formatMoney(r.totalCents)}` : formatMoney(r.totalCents)}</td>
              <td className="num">{r.kind === 'facture' ? formatMoney(Math.max(0, r.balanceCents)) : ''}</td>
              <td>
                <InvoiceStatusBadge row={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function IssuedPanel({ month, rows }: { month: string; rows: InvoiceRow[] }) {
  return (
    <section className="record-section billing-section" aria-labelledby="s-issued">
      <h2 id="s-issued">Factures émises</h2>
      {rows.length === 0 ? (
        <p className="muted">Aucune facture émise pour {formatMonth(month)}.</p>
      ) : (
        <>
          <BatchActions
            whole={{ route: `/print/factures?mois=${month}`, fileName: `factures-${month}.pdf` }}
            documents={rows.map(invoiceDocument)}
            noun="les factures du mois"
          />
          <InvoiceTable rows={rows} label={`Factures émises ${deMonth(month)}`} />
        </>
      )}
    </section>
  );
}
