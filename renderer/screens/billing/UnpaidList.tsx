import { formatDate, formatMoney } from '../../../db/base/format';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { Link } from '../../router';
import { BillingPage } from './BillingTabs';
import './billing.css';

// #/facturation/impayes: the invoices still due, the oldest due date first, with the days past
// it, and a reminder letter to print for each.

export function UnpaidList() {
  const { data, error } = useList('invoices.unpaid', {}, 0);
  return (
    <BillingPage tab="impayes">
      {!data ? (
        <LoadState error={error} />
      ) : data.rows.length === 0 ? (
        <p className="muted">Aucune facture impayée.</p>
      ) : (
        <>
          <p className="billing-totals">
            <span>{data.rows.length} facture(s) à encaisser</span>
            <span>
              Total dû : <strong>{formatMoney(data.dueCents)}</strong>
            </span>
          </p>
          <div className="table-scroll">
            <table className="simple-table billing-table" aria-label="Factures impayées">
              <thead>
                <tr>
                  <th>Numéro</th>
                  <th>Utilisateur</th>
                  <th>Échéance</th>
                  <th className="num">Retard</th>
                  <th className="num">Montant</th>
                  <th className="num">Reste dû</th>
                  <th>Relance</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`/facturation/factures/${r.id}`}>{r.number}</Link>
                    </th>
                    <td>{r.clientName}</td>
                    <td>{formatDate(r.dueOn)}</td>
                    <td className="num">{r.daysOverdue > 0 ? `${r.daysOverdue} j` : 'pas encore échue'}</td>
                    <td className="num">{formatMoney(r.totalCents)}</td>
                    <td className="num">{formatMoney(r.balanceCents)}</td>
                    <td>
                      <Link className="button button-small" to={`/print/relance/${r.id}`}>
                        Lettre de relance
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </BillingPage>
  );
}
