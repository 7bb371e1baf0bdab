import { formatDateTime, formatHours, formatMonth } from '../../../db/base/format';
import type { Problem } from './month-issues';
import type { CellRef } from './month-model';
import type { KindTotal } from './month-totals';
import { savedText } from './month-issues';
import type { HoursMonthState } from './useHoursMonth';

// What the month screen says around the grid: a closed month, a save that held cells, changes
// waiting in other months, a month that could not be read (above); the month's totals by kind
// of client and the problems to correct, one line each (below).

export function HoursBanners({ state: h }: { state: HoursMonthState }) {
  const { grid } = h;
  return (
    <>
      {grid?.closed && (
        <div className="banner banner-warning hours-closed" role="status">
          <p>
            <strong>
              Mois clôturé{grid.closedAt ? ` le ${formatDateTime(grid.closedAt)}` : ''} : rouvrez-le pour modifier les heures.
            </strong>
          </p>
        </div>
      )}
      {h.report && (
        <div className="banner banner-danger" role="alert">
          <p>
            <strong>{savedText(h.report.saved, h.report.held)}</strong> Corrigez les cellules en rouge.{' '}
            <a
              href="#hours-problems-title"
              onClick={(e) => {
                e.preventDefault();
                document.getElementById('hours-problems-title')?.scrollIntoView({ block: 'start' });
              }}
            >
              Voir les problèmes à corriger
            </a>
          </p>
        </div>
      )}
      {h.elsewhere.length > 0 && (
        <div className="notice hours-elsewhere">
          <p>
            Modifications non enregistrées dans d’autres mois :{' '}
            {h.elsewhere.map((e, i) => (
              <span key={e.month}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => h.goToMonth(e.month)}>
                  {formatMonth(e.month)} ({e.count > 1 ? `${e.count} cellules` : '1 cellule'})
                </button>
              </span>
            ))}
            .
          </p>
        </div>
      )}
      {h.loadError && (
        <div className="banner banner-danger" role="alert">
          <p>{h.loadError}</p>
          <p>
            <button type="button" className="button" onClick={h.reload}>
              Réessayer
            </button>
          </p>
        </div>
      )}
    </>
  );
}

export function HoursProblems({ problems, focusCell }: { problems: Problem[]; focusCell(cell: CellRef): void }) {
  if (problems.length === 0) return null;
  return (
    <section className="hours-problems" aria-labelledby="hours-problems-title">
      <h2 id="hours-problems-title">Problèmes à corriger</h2>
      <ul id="hours-problems">
        {problems.map((p) => (
          <li key={p.id} id={p.id} className={`problem-${p.severity}`}>
            <span className="problem-tag">{p.severity === 'blocking' ? 'Bloquant' : 'Attention'}</span>
            {p.cell ? (
              <button type="button" className="link-button" onClick={() => focusCell(p.cell!)}>
                {p.text}
              </button>
            ) : (
              <span>{p.text}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Under the grid: the month's total, and its hours by kind of client. */
export function HoursTotals({ grandTotal, byKind }: { grandTotal: number; byKind: KindTotal[] }) {
  return (
    <dl className="hours-totals" aria-label="Totaux du mois">
      <div className="hours-total-month">
        <dt>Total du mois</dt>
        <dd>{formatHours(grandTotal)}</dd>
      </div>
      {byKind.map((k) => (
        <div key={k.kind}>
          <dt>{k.label}</dt>
          <dd>{formatHours(k.minutes)}</dd>
        </div>
      ))}
    </dl>
  );
}
