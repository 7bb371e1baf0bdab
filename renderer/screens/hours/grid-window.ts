import { useEffect, useRef, useState, type RefObject } from 'react';
import type { GridRow } from '../../../db/contract/hours';
import { groupKey, type GroupBy } from './grid-model';
import type { CellRef } from './month-model';

// The hours grid renders the rows in view only (and some around them): a busy month of a
// federation has 1 500 rows of 31 cells, which a browser lays out, styles and keeps in memory
// all at once otherwise. Above and below, one empty row of the right height keeps the scroll
// bar true. A small month renders whole. A cell asked for out of view (the keyboard, a
// problem's link) is scrolled into view first, then focused (revealCell).

export type GridItem = { kind: 'group'; key: string; first: GridRow } | { kind: 'row'; key: string; row: GridRow };

/** Up to this many rows and group headers, the grid renders whole. */
const WHOLE_UP_TO = 120;
/**
 * Rendered beyond each edge of the view, in pixels: a few rows, so that a scroll by the wheel
 * shows rows already there. Each row more is 31 inputs to lay out and paint at every frame.
 */
const OVERSCAN_PX = 150;
const GUESS_PX = 30;

export function gridItems(rows: readonly GridRow[], groupBy: GroupBy): GridItem[] {
  const items: GridItem[] = [];
  let current: string | null = null;
  for (const r of rows) {
    const key = String(groupKey(r, groupBy));
    if (key !== current) items.push({ kind: 'group', key: `${groupBy}-${key}`, first: r });
    current = key;
    items.push({ kind: 'row', key: String(r.placementId), row: r });
  }
  return items;
}

let revealer: ((cell: CellRef) => boolean) | null = null;

/** Focuses a cell's input, bringing its row into view first when it is not rendered. */
export function revealCell(cell: CellRef, id: string): void {
  const el = document.getElementById(id);
  if (el) return el.focus();
  if (!revealer?.(cell)) return;
  // Rendered at the next frames, once the scroll has moved the window.
  let tries = 0;
  const attempt = () => {
    const now = document.getElementById(id);
    if (now) now.focus();
    else if (++tries < 6) window.requestAnimationFrame(attempt);
  };
  window.requestAnimationFrame(attempt);
}

export function useGridWindow(items: readonly GridItem[], wrap: RefObject<HTMLDivElement | null>) {
  const whole = items.length <= WHOLE_UP_TO;
  // Until the box is measured, the window's height bounds it (the box is never taller).
  const [view, setView] = useState(() => ({ top: 0, height: window.innerHeight }));
  const [sizes, setSizes] = useState({ row: GUESS_PX, group: GUESS_PX, head: 0 });
  const frame = useRef(0);

  /** Where the view stands, and the real heights of a row and a group header once some are on screen. */
  const measure = () => {
    const box = wrap.current;
    if (!box) return;
    setView((v) => (v.top === box.scrollTop && v.height === box.clientHeight ? v : { top: box.scrollTop, height: box.clientHeight }));
    const row = box.querySelector<HTMLElement>('tr.hg-row')?.offsetHeight;
    const group = box.querySelector<HTMLElement>('tr.hg-group')?.offsetHeight;
    const head = box.querySelector<HTMLElement>('thead')?.offsetHeight ?? 0;
    setSizes((s) => (row && group && (row !== s.row || group !== s.group || head !== s.head) ? { row, group, head } : s));
  };

  const onScroll = () => {
    if (frame.current) return;
    frame.current = window.requestAnimationFrame(() => {
      frame.current = 0;
      measure();
    });
  };

  // Measured when the box appears or changes size (a window resized), and at each scroll.
  const latestMeasure = useRef(measure);
  useEffect(() => {
    latestMeasure.current = measure;
  });
  useEffect(() => {
    const box = wrap.current;
    if (!box || whole) return;
    const observer = new ResizeObserver(() => latestMeasure.current());
    observer.observe(box);
    return () => {
      observer.disconnect();
      window.cancelAnimationFrame(frame.current);
    };
  }, [whole, wrap]);

  const tops: number[] = [];
  let y = 0;
  for (const item of items) {
    tops.push(y);
    y += item.kind === 'group' ? sizes.group : sizes.row;
  }
  const height = y;

  useEffect(() => {
    if (whole) return;
    revealer = (cell) => {
      const index = items.findIndex((i) => i.kind === 'row' && i.row.placementId === cell.placementId);
      const box = wrap.current;
      if (index < 0 || !box) return false;
      box.scrollTop = Math.max(0, tops[index]! - box.clientHeight / 2);
      setView({ top: box.scrollTop, height: box.clientHeight });
      return true;
    };
    return () => {
      revealer = null;
    };
  });

  if (whole) return { onScroll, first: 0, last: items.length - 1, before: 0, after: 0 };
  const from = view.top - sizes.head - OVERSCAN_PX;
  const to = view.top + view.height + OVERSCAN_PX;
  let first = 0;
  while (first < items.length - 1 && tops[first + 1]! <= from) first++;
  let last = first;
  while (last < items.length - 1 && tops[last + 1]! < to) last++;
  return { onScroll, first, last, before: tops[first]!, after: height - (tops[last + 1] ?? height) };
}
