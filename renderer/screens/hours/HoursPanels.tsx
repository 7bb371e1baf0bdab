import { formatDateTime } from '../../../db/base/format';
import type { CellRef, Problem } from './month-model';
import type { HoursMonthState } from './useHoursMonth';

// What the month screen says around the grid: a closed month, a refused save, a month that
// could not be read (above), and the problems to correct, one line each (below).

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
      {h.refused && (
        <div className="banner banner-danger" role="alert">
          <p>
            <strong>Rien n’a été enregistré : corrigez les cellules en rouge.</strong>{' '}
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
            {p.placementId !== undefined && p.day ? (
              <button type="button" className="link-button" onClick={() => focusCell({ placementId: p.placementId!, day: p.day! })}>
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
