import { MonthPicker } from '../../components/MonthPicker';
import { pendingText, shiftMonth, type GroupBy } from './grid-model';
import type { HoursMonthState } from './useHoursMonth';

// The top of the month screen: the heading with what is pending and the month's actions
// (close or reopen, save), then the bar that chooses the month and the grouping.

export function HoursHeader({ state: h }: { state: HoursMonthState }) {
  const closed = h.grid?.closed ?? false;
  return (
    <header className="page-header">
      <h1>Heures</h1>
      <div className="actions">
        <span className={`hours-pending ${h.pending > 0 ? 'hours-pending-some' : ''}`} aria-live="polite">
          {h.grid && h.rows.length > 0 ? pendingText(h.pending) : ''}
        </span>
        {h.pending > 0 && (
          <button type="button" className="button" onClick={() => void h.discard()}>
            Abandonner les modifications
          </button>
        )}
        {h.grid && !closed && (
          <button type="button" className="button" onClick={() => void h.closeMonth()}>
            Clôturer le mois
          </button>
        )}
        {h.grid && closed && (
          <button type="button" className="button" onClick={() => h.setReopening(true)}>
            Rouvrir le mois
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          disabled={h.busy || closed || h.pending === 0}
          title="Ctrl+S"
          onClick={() => void h.save()}
        >
          {h.busy ? 'Enregistrement…' : 'Enregistrer le mois'}
        </button>
      </div>
    </header>
  );
}

export function HoursToolbar({ state: h }: { state: HoursMonthState }) {
  return (
    <div className="filter-bar hours-toolbar">
      <button type="button" className="button hours-nav" onClick={() => h.goToMonth(shiftMonth(h.month, -1))}>
        <span aria-hidden="true">‹ </span>Mois précédent
      </button>
      <MonthPicker id="heures-mois" className="hours-month" label="Mois" value={h.month} onChange={(m) => m && h.goToMonth(m)} />
      <button type="button" className="button hours-nav" onClick={() => h.goToMonth(shiftMonth(h.month, 1))}>
        Mois suivant<span aria-hidden="true"> ›</span>
      </button>
      <label>
        Regrouper par{' '}
        <select value={h.groupBy} onChange={(e) => h.setGroupBy(e.target.value as GroupBy)}>
          <option value="worker">Salarié</option>
          <option value="client">Utilisateur</option>
        </select>
      </label>
    </div>
  );
}
