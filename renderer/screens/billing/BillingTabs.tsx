import type { ReactNode } from 'react';
import type { InvoiceRow } from '../../../db/contract/invoices';
import { PAYMENT_STATUS_LABELS, type PaymentStatus } from '../../../db/contract/invoices';
import { Badge, type Tone } from '../../components/Badge';
import { Link } from '../../router';

// The frame of Facturation: its title, and one tab per screen (the month, the invoices and
// avoirs, the unpaid ones, the journal des ventes). Links, so that each screen has its address.

export type BillingTab = 'mois' | 'factures' | 'impayes' | 'journal';

const TABS: readonly { id: BillingTab; label: string; path: string }[] = [
  { id: 'mois', label: 'Facturation du mois', path: '/facturation' },
  { id: 'factures', label: 'Factures et avoirs', path: '/facturation/factures' },
  { id: 'impayes', label: 'Impayés', path: '/facturation/impayes' },
  { id: 'journal', label: 'Journal des ventes', path: '/facturation/journal' },
];

export function BillingPage({ tab, actions, children }: { tab: BillingTab; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="page billing">
      <header className="page-header">
        <h1>Facturation</h1>
        {actions && <div className="actions">{actions}</div>}
      </header>
      <nav className="tabs" aria-label="Facturation">
        {TABS.map((t) => (
          <Link key={t.id} to={t.path} className={`tab ${t.id === tab ? 'active' : ''}`} aria-current={t.id === tab ? 'page' : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>
      {children}
    </section>
  );
}

const STATUS_TONE: Record<PaymentStatus, Tone> = { impayee: 'danger', partielle: 'warn', payee: 'ok', annulee: 'neutral' };

/** An invoice's state in a word and a colour: brouillon, avoir, or its payment status. */
export function InvoiceStatusBadge({ row }: { row: Pick<InvoiceRow, 'status' | 'kind' | 'paymentStatus' | 'daysOverdue'> }) {
  if (row.status === 'brouillon') return <Badge tone="info">Brouillon</Badge>;
  if (row.kind === 'avoir') return <Badge tone="neutral">Avoir</Badge>;
  const s = row.paymentStatus ?? 'impayee';
  const late = s !== 'payee' && s !== 'annulee' && row.daysOverdue > 0 ? ` · ${row.daysOverdue} j de retard` : '';
  return <Badge tone={STATUS_TONE[s]}>{PAYMENT_STATUS_LABELS[s]}{late}</Badge>;
}
