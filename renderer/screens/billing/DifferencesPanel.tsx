import { useState } from 'react';
import type { ClientDifference } from '../../../db/contract/invoices';
import { formatHours, formatMoney, deMonth } from '../../../db/base/format';
import { IssueDialog } from './IssueDialog';
import type { BillingMonthState } from './useBillingMonth';

// A month reopened after its invoices were issued, whose hours changed: for each client, what
// was invoiced against the hours recorded now, and the settling proposed (an avoir for what is
// left of each invoice, then a new invoice from the hours). The month closes again once none is left.

function Difference({ d, month, state: s }: { d: ClientDifference; month: string; state: BillingMonthState }) {
  const [open, setOpen] = useState(false);
  const credits = d.proposal.credits;
  const invoice = d.proposal.invoice;
  return (
    <article className="difference" aria-label={`Écart : ${d.clientName}`}>
      <h3>{d.clientName}</h3>
      <table className="simple-table" aria-label={`Heures facturées et enregistrées : ${d.clientName}`}>
        <thead>
          <tr>
            <th>Mission</th>
            <th className="num">Facturé</th>
            <th className="num">Enregistré</th>
            <th className="num">Écart</th>
          </tr>
        </thead>
        <tbody>
          {d.placements.map((p) => (
            <tr key={p.placementId}>
              <td>{p.label}</td>
              <td className="num">{formatHours(p.invoicedMinutes)}</td>
              <td className="num">{formatHours(p.recordedMinutes)}</td>
              <td className="num">{p.recordedMinutes === p.invoicedMinutes ? '' : `${p.recordedMinutes > p.invoicedMinutes ? '+' : '−'} ${formatHours(Math.abs(p.recordedMinutes - p.invoicedMinutes))}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Proposé :{' '}
        {credits.map((c) => `un avoir de ${formatMoney(c.amountCents)} sur la facture ${c.number}`).join(', ') || 'aucun avoir'}
        {invoice ? `, puis une nouvelle facture de ${formatMoney(invoice.totalCents)} pour les heures enregistrées.` : ' (plus aucune heure à facturer).'}
      </p>
      <button type="button" className="button button-primary" disabled={s.busy} onClick={() => setOpen(true)}>
        Émettre l’avoir et la nouvelle facture
      </button>
      {open && (
        <IssueDialog
          title={`Régulariser ${d.clientName} ?`}
          confirmLabel="Émettre la régularisation"
          onConfirm={(on) => s.settle(d.clientId, on)}
          onClose={() => setOpen(false)}
        >
          <p>
            {credits.length > 0 && `Un avoir annule ce qui reste de ${credits.length > 1 ? 'chaque facture' : 'la facture'} (${credits.map((c) => c.number).join(', ')}). `}
            {invoice && `Une nouvelle facture de ${formatMoney(invoice.totalCents)} reprend les heures ${deMonth(month)} telles qu’elles sont enregistrées. `}
            Les pièces émises ne pourront plus être modifiées.
          </p>
        </IssueDialog>
      )}
    </article>
  );
}

export function DifferencesPanel({ month, state: s }: { month: string; state: BillingMonthState }) {
  const diffs = s.data!.differences;
  if (diffs.length === 0) return null;
  return (
    <section className="record-section billing-section billing-differences" aria-labelledby="s-differences">
      <h2 id="s-differences">Écarts avec les factures émises</h2>
      <p role="alert">
        Les heures {deMonth(month)} ne correspondent plus aux factures de {diffs.length} utilisateur{diffs.length > 1 ? 's' : ''}. Le mois ne
        pourra être clôturé qu’une fois chaque écart régularisé.
      </p>
      {diffs.map((d) => (
        <Difference key={d.clientId} d={d} month={month} state={s} />
      ))}
    </section>
  );
}
