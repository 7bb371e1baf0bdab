import { useState } from 'react';
import type { InvoiceFilters } from '../../../db/contract/invoices';
import { PAYMENT_STATUS_LABELS, type PaymentStatus } from '../../../db/contract/invoices';
import { formatMoney } from '../../../db/base/format';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { BillingPage } from './BillingTabs';
import { InvoiceTable } from './IssuedPanel';
import './billing.css';

// #/facturation/factures: every issued invoice and avoir, newest first, searched by client or
// number as you type, filtered by year, kind and payment status.

export function InvoicesList() {
  const [filters, setFilters] = useState<Required<Pick<InvoiceFilters, 'search' | 'year' | 'kind' | 'paymentStatus'>>>({
    search: '',
    year: null,
    kind: null,
    paymentStatus: null,
  });
  const { data, error } = useList('invoices.list', filters);
  const thisYear = new Date().getFullYear();
  return (
    <BillingPage tab="factures">
      <div className="filter-bar">
        <input
          type="search"
          aria-label="Rechercher une facture (utilisateur ou numéro)"
          placeholder="Utilisateur ou numéro…"
          value={filters.search}
          onChange={(e) => setFilters({ ...filters, search: e.target.value })}
        />
        <label>
          Année{' '}
          <select value={filters.year ?? ''} onChange={(e) => setFilters({ ...filters, year: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Toutes</option>
            {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          Pièces{' '}
          <select value={filters.kind ?? ''} onChange={(e) => setFilters({ ...filters, kind: (e.target.value || null) as 'facture' | 'avoir' | null })}>
            <option value="">Factures et avoirs</option>
            <option value="facture">Factures</option>
            <option value="avoir">Avoirs</option>
          </select>
        </label>
        <label>
          État{' '}
          <select
            value={filters.paymentStatus ?? ''}
            onChange={(e) => setFilters({ ...filters, paymentStatus: (e.target.value || null) as PaymentStatus | null })}
          >
            <option value="">Tous</option>
            {Object.entries(PAYMENT_STATUS_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!data ? (
        <LoadState error={error} />
      ) : data.rows.length === 0 ? (
        <p className="muted">Aucune facture. Les factures se préparent et s’émettent depuis « Facturation du mois ».</p>
      ) : (
        <>
          <p className="billing-totals">
            <span>{data.rows.length} pièce(s)</span>
            <span>
              Facturé (avoirs déduits) : <strong>{formatMoney(data.invoicedCents)}</strong>
            </span>
            <span>
              Reste dû : <strong>{formatMoney(data.dueCents)}</strong>
            </span>
          </p>
          <InvoiceTable rows={data.rows} label="Factures et avoirs" showMonth />
        </>
      )}
    </BillingPage>
  );
}
