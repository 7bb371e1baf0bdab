import { useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

// The list of every section: sticky header, sortable columns, rows virtualized so that 10 000
// stay smooth, and a keyboard: ↑/↓ move the highlighted row, Entrée opens it.

export interface Column<R> {
  key: string;
  label: string;
  sortable?: boolean;
  align?: 'left' | 'right';
  width: string;
  render(row: R): ReactNode;
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
  sort,
  onSort,
  onOpen,
  empty,
}: {
  label: string;
  columns: Column<R>[];
  rows: R[];
  sort: SortState;
  onSort(s: SortState): void;
  onOpen(row: R): void;
  empty: ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // TanStack Virtual hands back functions that change as the list scrolls, which the React
  // Compiler cannot memoize: it leaves this component as written, and so do we.
  // eslint-disable-next-line react-hooks/incompatible-library -- the one virtualized table
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = columns.map((c) => c.width).join(' ');
  const current = Math.min(active, Math.max(0, rows.length - 1));

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (rows.length === 0) return;
    let next = current;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, current + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (e.key === 'PageDown') next = Math.min(rows.length - 1, current + 10);
    else if (e.key === 'PageUp') next = Math.max(0, current - 10);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(rows[current]!);
      return;
    } else return;
    e.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div className="datatable" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div className="datatable-head" role="rowgroup">
        <div className="datatable-row" role="row" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => {
            const sorted = sort.column === c.key;
            return (
              <div
                key={c.key}
                role="columnheader"
                className={`datatable-cell ${c.align === 'right' ? 'num' : ''}`}
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
      {rows.length === 0 ? (
        <div className="datatable-empty">{empty}</div>
      ) : (
        <div
          ref={scroller}
          className="datatable-body"
          role="rowgroup"
          tabIndex={0}
          aria-label={`${label} : ↑ et ↓ pour parcourir, Entrée pour ouvrir`}
          aria-activedescendant={`row-${rows[current]!.id}`}
          onKeyDown={onKeyDown}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index]!;
              return (
                <div
                  key={row.id}
                  id={`row-${row.id}`}
                  role="row"
                  aria-rowindex={v.index + 2}
                  aria-selected={v.index === current}
                  className={`datatable-row ${v.index === current ? 'active' : ''}`}
                  style={{ gridTemplateColumns: template, position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                  onClick={() => setActive(v.index)}
                  onDoubleClick={() => onOpen(row)}
                >
                  {columns.map((c) => (
                    <div key={c.key} role="cell" className={`datatable-cell ${c.align === 'right' ? 'num' : ''}`}>
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
