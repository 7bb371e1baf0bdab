import { todayIso } from '../../../db/base/dates';
import { Link } from '../../router';
import { monthAsked } from './grid-model';
import { HoursGrid } from './HoursGrid';
import { HoursBanners, HoursProblems, HoursTotals } from './HoursPanels';
import './hours.css';
import { HoursHeader, HoursToolbar } from './HoursToolbar';
import { ReopenDialog } from './ReopenDialog';
import { useHoursMonth } from './useHoursMonth';

// #/heures (and #/heures?mois=2026-11): the month's hours, typed from the signed timesheets.
// Save is explicit and sends only the changed cells, in one call. The state and the calls live
// in useHoursMonth; the pure side in month-model and grid-model; the table in HoursGrid.

export function HoursScreen({ month }: { month: string | null }) {
  const asked = monthAsked(month);
  return <HoursMonth key={asked ?? ''} initialMonth={asked ?? todayIso().slice(0, 7)} />;
}

function HoursMonth({ initialMonth }: { initialMonth: string }) {
  const h = useHoursMonth(initialMonth);
  const { grid, rows } = h;
  return (
    <section className="page page-wide hours-page">
      <HoursHeader state={h} />
      <HoursToolbar state={h} />
      <HoursBanners state={h} />
      {!grid && !h.loadError && <p className="muted">Chargement…</p>}
      {grid && rows.length === 0 && (
        <div className="notice">
          <p>
            Aucune mission active ce mois-ci. Créez une mission dans la section <Link to="/missions">Missions</Link>.
          </p>
        </div>
      )}
      {grid && rows.length > 0 && (
        <HoursGrid
          rows={rows}
          days={h.days}
          groupBy={h.groupBy}
          edits={h.edits}
          problems={h.problemMap}
          blocked={h.blocked}
          readOnly={grid.closed}
          dayTotals={h.dayTotals}
          grandTotal={h.grandTotal}
          api={h.api}
        />
      )}
      {grid && rows.length > 0 && <HoursTotals grandTotal={h.grandTotal} byKind={h.byKind} />}
      <HoursProblems problems={h.problems} focusCell={h.focusCell} />
      {h.reopening && grid && <ReopenDialog month={grid.month} onClose={() => h.setReopening(false)} onReopened={h.reopened} />}
    </section>
  );
}
