import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { MonthGrid } from '../../../db/contract/hours';
import { todayIso } from '../../../db/base/dates';
import { errorText, send } from '../../api/client';
import type { GridShape } from './grid-keys';
import { cellOpen, sortRows, type GroupBy } from './grid-model';
import { dayColumns } from './month-model';

// The month shown and its grid as the back end last sent it, with what the screen derives from
// it: the rows in the order of the grouping, the day columns, and the shape the keyboard moves in.

export function useMonthGrid(initialMonth: string) {
  const [month, setMonth] = useState(initialMonth);
  const [groupBy, setGroupBy] = useState<GroupBy>('worker');
  const [grid, setGrid] = useState<MonthGrid | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const loadSeq = useRef(0);
  const [today] = useState(todayIso);

  /** Reads the month from the back end; only the answer to the latest request is shown. */
  const load = (m: string): Promise<void> => {
    const seq = ++loadSeq.current;
    return send('hours.month', { month: m, groupBy }).then((r) => {
      if (seq !== loadSeq.current) return;
      setLoadError(r.ok ? null : errorText(r.error));
      if (r.ok) setGrid(r.value);
    });
  };
  const loadShown = useEffectEvent((m: string) => void load(m));
  useEffect(() => loadShown(month), [month]);

  /** Shows another month: nothing until it is read. */
  const showMonth = (m: string) => {
    setGrid(null);
    setLoadError(null);
    setMonth(m);
  };

  const rows = useMemo(() => (grid ? sortRows(grid.rows, groupBy) : []), [grid, groupBy]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.placementId, r])), [rows]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.placementId, i])), [rows]);
  const days = useMemo(() => dayColumns(grid, today), [grid, today]);
  const shape = useMemo<GridShape>(
    () => ({
      rows: rows.length,
      cols: days.length,
      enabled: (r, c) => {
        const row = rows[r];
        const day = days[c];
        return row !== undefined && day !== undefined && cellOpen(row, day.date);
      },
    }),
    [rows, days],
  );

  return { month, showMonth, groupBy, setGroupBy, grid, setGrid, loadError, load, rows, rowsById, rowIndex, days, shape };
}
