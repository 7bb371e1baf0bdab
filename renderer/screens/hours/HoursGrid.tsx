import { memo, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import type { GridRow } from '../../../db/contract/hours';
import { formatDate, formatHours, formatHoursInput } from '../../../db/base/format';
import { cellLabel, cellOpen, groupName, missionLabel, UNREADABLE, type GroupBy } from './grid-model';
import { gridItems, useGridWindow } from './grid-window';
import { Cell } from './HoursCell';
import { localProblemId, type CellProblem } from './month-issues';
import { cellId, type CellRef, type DayColumn, type Edits, type GridApi, type RowEdits } from './month-model';
import { rowTotal } from './month-totals';

// The table itself. Only the rows in view are rendered (grid-window.ts: a federation's busy
// month has 1 500 rows); a row re-renders only when its own edits or problems change (memo),
// and what is being typed lives in the cell (HoursCell) until it is left.
// The whole month fits at 1366 px: narrow day columns (hours written `7 h 30` as everywhere),
// a narrow mission column whose full label shows on hover, and above the grid for the cell that
// has the focus.

interface GridProps {
  rows: GridRow[];
  days: DayColumn[];
  groupBy: GroupBy;
  edits: Edits;
  problems: Map<number, Record<string, CellProblem>>;
  /** Workers whose month breaks a rule: their changed cells wait for it to be corrected. */
  blocked: ReadonlySet<number>;
  readOnly: boolean;
  dayTotals: number[];
  grandTotal: number;
  api: GridApi;
}

/** The cell an input's id names (`hc-12-2026-03-05`). */
function cellOfId(id: string): CellRef | null {
  const m = /^hc-(\d+)-(\d{4}-\d{2}-\d{2})$/.exec(id);
  return m ? { placementId: Number(m[1]), day: m[2]! } : null;
}

/** The height of the rows out of view, above or below those rendered. */
function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tbody aria-hidden="true">
      <tr className="hg-spacer" style={{ height }}>
        <td colSpan={span} />
      </tr>
    </tbody>
  );
}

/** A day's total on two lines when it is too wide for the column: `1 234` over `h 30`. */
function DayTotal({ minutes }: { minutes: number }) {
  const text = formatHours(minutes);
  if (text.length <= 6) return <>{text}</>;
  const at = text.indexOf('\u00a0h');
  return (
    <>
      <span className="sr-only">{text}</span>
      <span className="hg-split" aria-hidden="true">
        <span>{text.slice(0, at)}</span>
        <span>{text.slice(at + 1)}</span>
      </span>
    </>
  );
}

export function HoursGrid({ rows, days, groupBy, edits, problems, blocked, readOnly, dayTotals, grandTotal, api }: GridProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<CellRef | null>(null);

  // Sticky header, footer and side columns would hide the focused cell: scroll it clear of them.
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    setFocused(cellOfId((e.target as HTMLElement).id));
    const box = wrap.current;
    const cell = (e.target as HTMLElement).closest('td');
    if (!box || !cell) return;
    const table = box.querySelector('table');
    const head = table?.tHead?.getBoundingClientRect().height ?? 0;
    const foot = table?.tFoot?.getBoundingClientRect().height ?? 0;
    const left = box.querySelector('thead .hg-mission')?.getBoundingClientRect().width ?? 0;
    const right = box.querySelector('thead .hg-total')?.getBoundingClientRect().width ?? 0;
    const b = box.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    const top = b.top + box.clientTop + head;
    const bottom = b.top + box.clientTop + box.clientHeight - foot;
    const start = b.left + box.clientLeft + left;
    const end = b.left + box.clientLeft + box.clientWidth - right;
    if (c.top < top) box.scrollTop -= top - c.top;
    else if (c.bottom > bottom) box.scrollTop += c.bottom - bottom;
    if (c.left < start) box.scrollLeft -= start - c.left;
    else if (c.right > end) box.scrollLeft += c.right - end;
  };

  const items = useMemo(() => gridItems(rows, groupBy), [rows, groupBy]);
  const view = useGridWindow(items, wrap);
  // The rows in view, each group's under its header in a tbody of its own.
  const bodies: ReactNode[] = [];
  let group: { key: string; rows: ReactNode[] } | null = null;
  const flush = () => {
    if (group) bodies.push(<tbody key={group.key}>{group.rows}</tbody>);
    group = null;
  };
  if (view.before > 0) bodies.push(<Spacer key="before" height={view.before} span={days.length + 2} />);
  for (let i = view.first; i <= view.last; i++) {
    const item = items[i]!;
    if (item.kind === 'group' || !group) {
      flush();
      group = { key: item.kind === 'group' ? item.key : `part-${item.key}`, rows: [] };
    }
    if (item.kind === 'group') {
      group.rows.push(
        <tr key="group" className="hg-group">
          <th colSpan={days.length + 2} scope="rowgroup">
            <span>{groupName(item.first, groupBy)}</span>
          </th>
        </tr>,
      );
    } else {
      const r = item.row;
      group.rows.push(
        <Row
          key={r.placementId}
          row={r}
          days={days}
          groupBy={groupBy}
          edits={edits[r.placementId]}
          problems={problems.get(r.placementId)}
          blocked={blocked.has(r.workerId)}
          readOnly={readOnly}
          api={api}
        />,
      );
    }
  }
  flush();
  if (view.after > 0) bodies.push(<Spacer key="after" height={view.after} span={days.length + 2} />);

  const focusedRow = focused ? rows.find((r) => r.placementId === focused.placementId) : undefined;
  const focusedDay = focused ? days.find((d) => d.date === focused.day) : undefined;

  return (
    <>
      <p className="hg-focus" aria-hidden="true">
        {focusedRow && focusedDay ? (
          <>
            <strong>{missionLabel(focusedRow, 'worker')}</strong> (du {formatDate(focusedRow.startDate)} au {formatDate(focusedRow.endDate)}) —{' '}
            {focusedDay.description}
          </>
        ) : (
          'Choisissez une case pour voir la mission en entier.'
        )}
      </p>
      <div className={`hg-wrap ${readOnly ? 'hg-readonly' : ''}`} ref={wrap} onFocus={onFocus} onScroll={view.onScroll}>
        <table className="hg" aria-label="Heures du mois">
          <thead>
            <tr>
              <th scope="col" className="hg-mission">
                Mission
              </th>
              {days.map((d) => (
                <th key={d.date} scope="col" className={`hg-day ${d.cls}`} title={d.description} aria-label={d.description}>
                  <span className="hg-num">{d.num}</span>
                  <span className="hg-wd">{d.initial}</span>
                </th>
              ))}
              <th scope="col" className="hg-total">
                Total
              </th>
            </tr>
          </thead>
          {bodies}
          <tfoot>
            <tr>
              <th scope="row" className="hg-mission">
                Total du jour
              </th>
              {days.map((d, i) => (
                <td key={d.date} className={d.cls}>
                  {dayTotals[i] ? <DayTotal minutes={dayTotals[i]} /> : ''}
                </td>
              ))}
              <td className="hg-total hg-grand">{formatHours(grandTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

interface RowProps {
  row: GridRow;
  days: DayColumn[];
  groupBy: GroupBy;
  edits: RowEdits | undefined;
  problems: Record<string, CellProblem> | undefined;
  blocked: boolean;
  readOnly: boolean;
  api: GridApi;
}

const Row = memo(function Row({ row, days, groupBy, edits, problems, blocked, readOnly, api }: RowProps) {
  const mission = missionLabel(row, groupBy);
  const total = rowTotal(row, days, edits);
  const cells = days.map((d, col) => {
    const saved = row.entries[d.date];
    if (!cellOpen(row, d.date)) {
      return <td key={d.date} className={`${d.cls} hg-off`} title="Hors des dates de la mission" />;
    }
    const edit = edits?.[d.date];
    const problem = problems?.[d.date];
    let cls = `hg-cell ${d.cls}`;
    if (edit) cls += ' hg-dirty';
    const titles: string[] = [];
    const describedBy: string[] = [];
    let invalid = false;
    if (edit?.invalid) {
      cls += ' hg-invalid';
      titles.push(UNREADABLE);
      describedBy.push(localProblemId(row.placementId, d.date));
      invalid = true;
    }
    if (problem) {
      cls += problem.severity === 'blocking' ? ' hg-blocking' : ' hg-warning';
      titles.push(problem.title);
      describedBy.push(...problem.ids);
      if (problem.severity === 'blocking') invalid = true;
    }
    if (edit && !edit.invalid) {
      if (blocked && problem?.severity !== 'blocking') titles.push('Non enregistrée : les heures de ce salarié attendent que les cases en rouge soient corrigées.');
      else titles.push(edit.minutes === null ? 'Effacée, non enregistrée' : 'Modifiée, non enregistrée');
    }
    return (
      <td key={d.date} className={cls}>
        <Cell
          id={cellId(row.placementId, d.date)}
          label={cellLabel(row, d.date)}
          shown={edit ? edit.text : formatHoursInput(saved)}
          placementId={row.placementId}
          col={col}
          readOnly={readOnly}
          invalid={invalid}
          title={titles.join('\n') || undefined}
          describedBy={describedBy.join(' ') || undefined}
          api={api}
        />
      </td>
    );
  });
  return (
    <tr className="hg-row">
      <th scope="row" className="hg-mission" title={`${mission} (du ${formatDate(row.startDate)} au ${formatDate(row.endDate)})`}>
        {/* The group header already names the worker (or client): shown once, read in full. */}
        <span className="sr-only">{mission.split(' · ')[0]} · </span>
        {mission.split(' · ').slice(1).join(' · ')}
      </th>
      {cells}
      <td className="hg-total">{formatHours(total)}</td>
    </tr>
  );
});
