import { memo, useRef, type CSSProperties, type FocusEvent, type ReactNode } from 'react';
import type { GridRow } from '../../../db/contract/hours';
import { formatDate, formatHours, formatHoursCompact } from '../../../db/base/format';
import { cellLabel, cellOpen, groupKey, groupName, missionLabel, UNREADABLE, type GroupBy } from './grid-model';
import { Cell } from './HoursCell';
import { cellId, localProblemId, rowTotal, type CellProblem, type DayColumn, type Edits, type GridApi, type RowEdits } from './month-model';

// The table itself. Built for 300 rows × 31 days: a row re-renders only when its own edits or
// problems change (memo), and what is being typed lives in the cell (HoursCell) until it is left.

interface GridProps {
  rows: GridRow[];
  days: DayColumn[];
  groupBy: GroupBy;
  edits: Edits;
  problems: Map<number, Record<string, CellProblem>>;
  readOnly: boolean;
  dayTotals: number[];
  grandTotal: number;
  api: GridApi;
}

export function HoursGrid({ rows, days, groupBy, edits, problems, readOnly, dayTotals, grandTotal, api }: GridProps) {
  const wrap = useRef<HTMLDivElement>(null);

  // Sticky header, footer and side columns would hide the focused cell: scroll it clear of them.
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
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

  const bodies: ReactNode[] = [];
  let group: GridRow[] = [];
  const flush = () => {
    const first = group[0];
    if (!first) return;
    const key = groupKey(first, groupBy);
    bodies.push(
      <tbody key={`${groupBy}-${key}`}>
        <tr className="hg-group">
          <th colSpan={days.length + 2} scope="rowgroup">
            <span>{groupName(first, groupBy)}</span>
          </th>
        </tr>
        {group.map((r) => (
          <Row
            key={r.placementId}
            row={r}
            days={days}
            groupBy={groupBy}
            edits={edits[r.placementId]}
            problems={problems.get(r.placementId)}
            readOnly={readOnly}
            api={api}
          />
        ))}
      </tbody>,
    );
    group = [];
  };
  for (const r of rows) {
    if (group[0] && groupKey(group[0], groupBy) !== groupKey(r, groupBy)) flush();
    group.push(r);
  }
  flush();

  // Every day column as wide as the widest day total (`12 h 30`, `1 234 h 30`), so that the
  // columns stay even; it changes only when the largest total gains a digit.
  // (About half a rem a character in the footer's type; ` h 30` and a thousands space.)
  const hourDigits = String(Math.floor(Math.max(0, ...dayTotals) / 60)).length;
  const chars = hourDigits + (hourDigits > 3 ? 5 : 4.5);
  const dayWidth = { '--hg-day-w': `${chars * 0.5 + 0.4}rem` } as CSSProperties;

  return (
    <div className={`hg-wrap ${readOnly ? 'hg-readonly' : ''}`} ref={wrap} onFocus={onFocus}>
      <table className="hg" aria-label="Heures du mois" style={dayWidth}>
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
                {dayTotals[i] ? formatHours(dayTotals[i]) : ''}
              </td>
            ))}
            <td className="hg-total hg-grand">{formatHours(grandTotal)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

interface RowProps {
  row: GridRow;
  days: DayColumn[];
  groupBy: GroupBy;
  edits: RowEdits | undefined;
  problems: Record<string, CellProblem> | undefined;
  readOnly: boolean;
  api: GridApi;
}

const Row = memo(function Row({ row, days, groupBy, edits, problems, readOnly, api }: RowProps) {
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
    if (edit && !edit.invalid) titles.push(edit.minutes === null ? 'Effacée, non enregistrée' : 'Modifiée, non enregistrée');
    return (
      <td key={d.date} className={cls}>
        <Cell
          id={cellId(row.placementId, d.date)}
          label={cellLabel(row, d.date)}
          shown={edit ? edit.text : formatHoursCompact(saved)}
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
    <tr>
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
