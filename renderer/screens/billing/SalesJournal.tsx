import { useState } from 'react';
import { formatDate, formatMoney, parseDate } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { ExportButton } from '../../components/ExportButton';
import { Field } from '../../components/Field';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { BillingPage } from './BillingTabs';
import './billing.css';

// #/facturation/journal: the journal des ventes of a period for the accountant: invoices and
// avoirs (journal des ventes) and payments (encaissements), one line per movement; debits and
// credits balance. Exported as an Excel workbook or CSV for the accounting software.

export function SalesJournal() {
  const today = todayIso();
  const [typed, setTyped] = useState({ from: formatDate(`${today.slice(0, 4)}-01-01`), to: formatDate(today) });
  const period = { from: parseDate(typed.from) ?? '', to: parseDate(typed.to) ?? '' };
  const { data, error } = useList('invoices.journal', period);
  return (
    <BillingPage
      tab="journal"
      actions={<ExportButton kind="journal" period={period} />}
    >
      <div className="filter-bar">
        <Field name="journal-from" label="Du" kind="date" value={typed.from} onChange={(v) => setTyped({ ...typed, from: v })} />
        <Field name="journal-to" label="Au" kind="date" value={typed.to} onChange={(v) => setTyped({ ...typed, to: v })} />
      </div>
      {!data ? (
        <LoadState error={error} />
      ) : (
        <>
          <p className="billing-totals">
            <span>{data.entries.length} ligne(s)</span>
            <span>
              Total débit : <strong>{formatMoney(data.debitCents)}</strong>
            </span>
            <span>
              Total crédit : <strong>{formatMoney(data.creditCents)}</strong>
            </span>
            <span>{data.debitCents === data.creditCents ? 'Le journal est équilibré.' : 'Le journal n’est pas équilibré.'}</span>
          </p>
          <div className="table-scroll">
            <table className="simple-table billing-table" aria-label="Journal des ventes">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Journal</th>
                  <th>Pièce</th>
                  <th>Compte</th>
                  <th>Libellé</th>
                  <th className="num">Débit</th>
                  <th className="num">Crédit</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((e, i) => (
                  <tr key={i}>
                    <td className="nowrap">{formatDate(e.date)}</td>
                    <td>{e.journal}</td>
                    <td className="nowrap">{e.piece}</td>
                    <td>{e.account}</td>
                    <td>{e.label}</td>
                    <td className="num">{e.debitCents ? formatMoney(e.debitCents) : ''}</td>
                    <td className="num">{e.creditCents ? formatMoney(e.creditCents) : ''}</td>
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
