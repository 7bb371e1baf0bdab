import { useEffect, useRef, useState } from 'react';
import type { Input, Output } from '../../db/contract';
import { send } from '../api/client';
import { useList } from './useList';

// A virtualized list's rows, asked of the back end a page at a time as they scroll into view:
// the back end filters and sorts the whole list and answers the page with the total, so that a
// list of 20 000 missions costs what one screenful costs. The first page comes as any list
// does (useList: asked again at each key, at most once per pause, an older answer dropped);
// the next ones when the table shows them, each asked once for the list as it is.

/** The lists the back end answers by windows (`window` in their filters). */
export type WindowedCall = 'workers.list' | 'clients.list' | 'placements.list';
type RowOf<K extends WindowedCall> = Output<K>['rows'][number];

export const LIST_PAGE = 100;
/** The least time between two requests of a list's first page while keys come fast. */
export const SEARCH_DELAY_MS = 30;

export function useListWindow<K extends WindowedCall>(call: K, filters: Omit<Input<K>, 'window'>) {
  const key = JSON.stringify(filters);
  const list = useList(call, { ...filters, window: { offset: 0, limit: LIST_PAGE } } as Input<K>, SEARCH_DELAY_MS);
  const base = list.data;
  /** The pages after the first, for the answer they complete (another answer starts afresh). */
  const [more, setMore] = useState<{ base: Output<K> | null; pages: Map<number, RowOf<K>[]> }>({ base: null, pages: new Map() });
  const asked = useRef(new WeakMap<object, Set<number>>());
  const latest = useRef(base);
  useEffect(() => {
    latest.current = base;
  }, [base]);
  const pages = more.base === base ? more.pages : null;

  const rowAt = (i: number): RowOf<K> | undefined =>
    i < LIST_PAGE ? (base?.rows[i] as RowOf<K> | undefined) : pages?.get(Math.floor(i / LIST_PAGE))?.[i % LIST_PAGE];

  /** The table shows rows `first` to `last`: their pages are asked for, once each. */
  const showRange = (first: number, last: number) => {
    if (!base) return;
    let mine = asked.current.get(base);
    if (!mine) asked.current.set(base, (mine = new Set()));
    for (let p = Math.floor(first / LIST_PAGE); p <= Math.floor(last / LIST_PAGE); p++) {
      if (p === 0 || mine.has(p)) continue;
      mine.add(p);
      const page = p;
      void send(call, { ...(JSON.parse(key) as object), window: { offset: page * LIST_PAGE, limit: LIST_PAGE } } as Input<K>).then((r) => {
        if (!r.ok || latest.current !== base) return;
        setMore((m) => {
          const next = new Map(m.base === base ? m.pages : []);
          next.set(page, r.value.rows as RowOf<K>[]);
          return { base, pages: next };
        });
      });
    }
  };

  return { data: base, error: list.error, loading: list.loading, reload: list.reload, count: base?.total ?? 0, rowAt, showRange };
}
