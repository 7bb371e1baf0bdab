import { addMonths, todayIso } from '../../../db/base/dates';
import { formatDateTime, deMonth } from '../../../db/base/format';
import { isMonth } from '../../../db/base/months';
import { Badge } from '../../components/Badge';
import { MonthPicker } from '../../components/MonthPicker';
import { LoadState } from '../../components/Loading';
import { Link, useRouter } from '../../router';
import { BillingPage } from './BillingTabs';
import { DifferencesPanel } from './DifferencesPanel';
import { DraftsPanel } from './DraftsPanel';
import { IssuedPanel } from './IssuedPanel';
import { useBillingMonth } from './useBillingMonth';
import './billing.css';

// #/facturation?mois=2026-10: the month's invoicing. By default the month just ended, the one
// the office invoices. Its hours are closed and reopened on the Heures screen.

const shift = (month: string, n: number) => addMonths(`${month}-01`, n).slice(0, 7);

export function BillingMonth({ month: asked }: { month: string | null }) {
  const month = asked && isMonth(asked) ? asked : shift(todayIso().slice(0, 7), -1);
  const { navigate } = useRouter();
  const state = useBillingMonth(month);
  const m = state.data && state.data.month === month ? state.data : null;
  const go = (n: number) => navigate(`/facturation?mois=${shift(month, n)}`);
  return (
    <BillingPage tab="mois">
      <div className="filter-bar billing-month-bar">
        <button type="button" className="button" onClick={() => go(-1)}>
          <span aria-hidden="true">‹ </span>Mois précédent
        </button>
        <MonthPicker id="facturation-mois" className="billing-month" label="Mois" value={month} onChange={(m) => m && navigate(`/facturation?mois=${m}`)} />
        <button type="button" className="button" onClick={() => go(1)}>
          Mois suivant<span aria-hidden="true"> ›</span>
        </button>
        {m && (m.closed ? <Badge tone="ok">Mois clôturé le {formatDateTime(m.closedAt)}</Badge> : <Badge tone="warn">Mois ouvert : les heures peuvent changer</Badge>)}
        <Link to={`/heures?mois=${month}`}>Heures {deMonth(month)}</Link>
      </div>
      {!m ? (
        <LoadState error={state.error} />
      ) : (
        <>
          {m.reopenings.length > 0 && (
            <ul className="billing-reopenings" aria-label="Réouvertures du mois">
              {m.reopenings.map((r) => (
                <li key={r.reopenedAt}>
                  Rouvert le {formatDateTime(r.reopenedAt)} par {r.reopenedBy} : {r.reason}
                </li>
              ))}
            </ul>
          )}
          <DifferencesPanel month={month} state={state} />
          <DraftsPanel month={month} state={state} />
          <IssuedPanel month={month} rows={m.issued} />
        </>
      )}
    </BillingPage>
  );
}
