import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

// The list of every section: sticky header, sortable columns, rows virtualized so that 10 000
// stay smooth (the rows in view are asked of the back end as they come: useListWindow; one not
// there yet shows as loading), and a keyboard: ↑/↓ move the highlighted row, Entrée opens it. Narrower than its
// columns (a 1024-pixel screen), the table scrolls sideways inside its own box, the header with
// it; the page itself never does.

export interface Column<R> {
  key: string;
  label: string;
  sortable?: boolean;
  align?: 'left' | 'right';
  /**
   * A CSS grid track: fixed (`9rem`, `calc(17ch + 1.2rem)`) or `minmax(min, share)`. Each row is
   * its own grid, so a track never depends on a row's content; its minimum counts towards the
   * width below which the table scrolls.
   */
  width: string;
  /** Never cut with an ellipsis (a phone number, a SIRET, a badge): the track must fit the longest value. */
  whole?: boolean;
  /** The full text, shown on hover, of a cell an ellipsis may cut (a long name). */
  title?(row: R): string;
  render(row: R): ReactNode;
}

/** The narrowest a track may be: `minmax(180px, 2fr)` → `180px`; a fixed track is its own minimum. */
function trackMinimum(width: string): string {
  const m = /^minmax\((.*),[^,]*\)$/.exec(width.trim());
  return m ? m[1]!.trim() : width.trim();
}

/** The width below which the table scrolls sideways: its tracks' minimums side by side. */
export function tableMinWidth(widths: readonly string[]): string {
  return `calc(${widths.map(trackMinimum).join(' + ')})`;
}

export interface SortState {
  column: string;
  direction: 'asc' | 'desc';
}

const ROW_HEIGHT = 38;

export function DataTable<R extends { id: number }>({
  label,
  columns,
  rows,
  count: total,
  rowAt: windowRow,
  onRange,
  sort,
  onSort,
  onOpen,
  empty,
}: {
  label: string;
  columns: Column<R>[];
  /** Every row at once (a short list)… */
  rows?: readonly R[];
  /** …or the number of rows of the whole list, and row `i` (undefined while it is being loaded: useListWindow). */
  count?: number;
  rowAt?(i: number): R | undefined;
  /** Rows `first` to `last` are in view (or about to be). */
  onRange?(first: number, last: number): void;
  sort: SortState;
  onSort(s: SortState): void;
  onOpen(row: R): void;
  empty: ReactNode;
}) {
  const count = rows ? rows.length : (total ?? 0);
  const rowAt = (i: number): R | undefined => (rows ? rows[i] : windowRow?.(i));
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // TanStack Virtual hands back functions that change as the list scrolls, which the React
  // Compiler cannot memoize: it leaves this component as written, and so do we.
  // eslint-disable-next-line react-hooks/incompatible-library -- the one virtualized table
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows beyond the view: each one more is laid out and painted at every change.
    overscan: 5,
  });
  const template = columns.map((c) => c.width).join(' ');
  const minWidth = tableMinWidth(columns.map((c) => c.width));
  const cellClass = (c: Column<R>) => `datatable-cell${c.align === 'right' ? ' num' : ''}${c.whole ? ' whole' : ''}`;
  const current = Math.min(active, Math.max(0, count - 1));
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (last >= first) onRange?.(first, last);
  }, [first, last, onRange]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (count === 0) return;
    let next = current;
    if (e.key === 'ArrowDown') next = Math.min(count - 1, current + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (e.key === 'PageDown') next = Math.min(count - 1, current + 10);
    else if (e.key === 'PageUp') next = Math.max(0, current - 10);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else if (e.key === 'Enter') {
      e.preventDefault();
      const row = rowAt(current);
      if (row) onOpen(row);
      return;
    } else return;
    e.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div className="datatable" role="table" aria-label={label} aria-rowcount={count + 1}>
      <div ref={head} className="datatable-head" role="rowgroup">
        <div className="datatable-row" role="row" style={{ gridTemplateColumns: template, minWidth }}>
          {columns.map((c) => {
            const sorted = sort.column === c.key;
            return (
              <div
                key={c.key}
                role="columnheader"
                className={cellClass(c)}
                aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {c.sortable ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort({ column: c.key, direction: sorted && sort.direction === 'asc' ? 'desc' : 'asc' })}
                  >
                    {c.label}
                    <span aria-hidden="true">{sorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                ) : (
                  c.label
                )}
              </div>
            );
          })}
        </div>
      </div>
      {count === 0 ? (
        <div className="datatable-empty">{empty}</div>
      ) : (
        <div
          ref={scroller}
          className="datatable-body"
          role="rowgroup"
          tabIndex={0}
          aria-label={`${label} : ↑ et ↓ pour parcourir, Entrée pour ouvrir`}
          aria-activedescendant={rowAt(current) ? `row-${rowAt(current)!.id}` : undefined}
          onKeyDown={onKeyDown}
          onScroll={(e) => {
            // The header follows the rows sideways.
            if (head.current) head.current.scrollLeft = e.currentTarget.scrollLeft;
          }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
            {items.map((v) => {
              const row = rowAt(v.index);
              const place = { position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` } as const;
              if (!row) {
                return (
                  <div key={`loading-${v.index}`} role="row" aria-rowindex={v.index + 2} className="datatable-row loading" style={{ ...place, gridTemplateColumns: template }}>
                    <div role="cell" className="datatable-cell muted">
                      Chargement…
                    </div>
                  </div>
                );
              }
              // Keyed by place: a search that changes the rows rewrites their text, not their elements.
              return (
                <div
                  key={v.index}
                  id={`row-${row.id}`}
                  role="row"
                  aria-rowindex={v.index + 2}
                  aria-selected={v.index === current}
                  className={`datatable-row ${v.index === current ? 'active' : ''}`}
                  style={{ ...place, gridTemplateColumns: template }}
                  onClick={() => setActive(v.index)}
                  onDoubleClick={() => onOpen(row)}
                >
                  {columns.map((c) => (
                    <div key={c.key} role="cell" className={cellClass(c)} title={c.title?.(row)}>
                      {c.render(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
