import { useState } from 'react';
import type { DraftView, InvoiceLineView } from '../../../db/contract/invoices';
import { formatHours, formatMoney, formatMonth, deMonth } from '../../../db/base/format';
import { Badge } from '../../components/Badge';
import { Link } from '../../router';
import { IssueDialog } from './IssueDialog';
import type { BillingMonthState } from './useBillingMonth';

// The month's drafts, reviewed on screen before issuing: one per client, each line a placement
// (worker, task, hours × rate = amount), the membership line that may be added or taken off, a
// draft left out of this issuing or regenerated from the hours recorded now.

export function lineText(l: InvoiceLineView): string {
  if (l.minutes === null) return `${l.label} : ${formatMoney(l.amountCents)}`;
  return `${l.workerName ?? ''} · ${l.label} · ${formatHours(l.minutes)} × ${formatMoney(l.rateCents)} = ${formatMoney(l.amountCents)}`;
}

function DraftState({ d }: { d: DraftView }) {
  if (d.stale) return <Badge tone="warn">Heures modifiées : à régénérer</Badge>;
  if (d.excluded) return <Badge tone="neutral">Laissé de côté</Badge>;
  return <Badge tone="info">Prêt à émettre</Badge>;
}

function DraftRow({ d, state: s }: { d: DraftView; state: BillingMonthState }) {
  const membership = d.lines.some((l) => l.kind === 'adhesion');
  return (
    <tr className={d.excluded ? 'row-muted' : undefined}>
      <th scope="row">
        <Link to={`/utilisateurs/${d.clientId}`}>{d.clientName}</Link>
      </th>
      <td>
        <ul className="draft-lines">
          {d.lines.map((l, i) => (
            <li key={i}>{lineText(l)}</li>
          ))}
        </ul>
      </td>
      <td className="num">{formatMoney(d.totalCents)}</td>
      <td>
        <DraftState d={d} />
      </td>
      <td>
        <div className="row-actions">
          <Link className="button button-small" to={`/print/facture/${d.id}`}>
            Aperçu
          </Link>
          {(membership || d.membershipDue) && (
            <button type="button" className="button button-small" disabled={s.busy} onClick={() => void s.setMembership(d.id, !membership)}>
              {membership ? 'Retirer l’adhésion' : 'Ajouter l’adhésion'}
            </button>
          )}
          <button type="button" className="button button-small" disabled={s.busy} onClick={() => void s.setExcluded(d.id, !d.excluded)}>
            {d.excluded ? 'Reprendre' : 'Laisser de côté'}
          </button>
          <button type="button" className="button button-small" disabled={s.busy} onClick={() => void s.regenerate(d.id)}>
            Régénérer
          </button>
        </div>
      </td>
    </tr>
  );
}

export function DraftsPanel({ month, state: s }: { month: string; state: BillingMonthState }) {
  const [issuing, setIssuing] = useState(false);
  const m = s.data!;
  const ready = m.drafts.filter((d) => !d.excluded);
  const total = ready.reduce((sum, d) => sum + d.totalCents, 0);
  const label = formatMonth(month);
  return (
    <section className="record-section billing-section" aria-labelledby="s-drafts">
      <h2 id="s-drafts">Brouillons</h2>
      <p>
        {m.pending.clients > 0
          ? `${m.pending.clients} utilisateur(s) ont des heures non encore préparées : ${formatHours(m.pending.minutes)}, ${formatMoney(m.pending.totalCents)}.`
          : m.drafts.length === 0
            ? `Aucune heure à préparer pour ${label}.`
            : 'Toutes les heures du mois sont dans les brouillons ou déjà facturées.'}
      </p>
      <div className="actions">
        <button type="button" className={`button ${m.drafts.length === 0 ? 'button-primary' : ''}`} disabled={s.busy} onClick={() => void s.prepare()}>
          Préparer la facturation {deMonth(month)}
        </button>
        {ready.length > 0 && (
          <button type="button" className="button button-primary" disabled={s.busy} onClick={() => setIssuing(true)}>
            Émettre les factures ({ready.length})
          </button>
        )}
      </div>
      {m.drafts.length > 0 && (
        <div className="table-scroll">
          <table className="simple-table billing-table" aria-label="Brouillons de factures">
            <thead>
              <tr>
                <th>Utilisateur</th>
                <th>Lignes</th>
                <th className="num">Total</th>
                <th>État</th>
                <th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {m.drafts.map((d) => (
                <DraftRow key={d.id} d={d} state={s} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {issuing && (
        <IssueDialog
          title={`Émettre ${ready.length} facture${ready.length > 1 ? 's' : ''} ${deMonth(month)} ?`}
          confirmLabel="Émettre les factures"
          onConfirm={(on) => s.issue(on)}
          onClose={() => setIssuing(false)}
        >
          <p>
            Les {ready.length} brouillon(s) prêts ({formatMoney(total)}) reçoivent leur numéro, à la suite, et la date ci-dessous. Une facture
            émise ne peut plus être modifiée ni supprimée : une erreur se corrige par un avoir.
          </p>
          {m.drafts.length > ready.length && <p>Les brouillons laissés de côté restent en brouillon.</p>}
        </IssueDialog>
      )}
    </section>
  );
}
