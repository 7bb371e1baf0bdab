import { useEffect, useRef, useState } from 'react';
import type { CallName, Input, Output } from '../../db/contract';
import { send } from '../api/client';

// Loads a list for the current filters; typing in the search box asks again at once, unless a
// request went less than `delayMs` ago (then when that pause is over: at most one request per
// pause while keys come fast), and only the answer to the latest request is shown (an older,
// slower one is dropped). `useRecord` loads one record the same way.
export function useList<K extends CallName>(call: K, filters: Input<K>, delayMs = 120) {
  const [data, setData] = useState<Output<K> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  /** When the last request went (performance.now()). */
  const lastSent = useRef(-Infinity);
  const key = JSON.stringify(filters);
  const [reloads, setReloads] = useState(0);
  const request = `${call}|${reloads}|${key}`;
  /** The request the data on screen answers: loading while it is not the current one. */
  const [answered, setAnswered] = useState<string | null>(null);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = window.setTimeout(async () => {
      lastSent.current = performance.now();
      const r = await send(call, JSON.parse(key) as Input<K>);
      if (ticket !== latest.current) return;
      setAnswered(`${call}|${reloads}|${key}`);
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(r.error.message);
    }, Math.max(0, lastSent.current + delayMs - performance.now()));
    return () => window.clearTimeout(timer);
  }, [call, key, reloads, delayMs]);

  return { data, error, loading: answered !== request, reload: () => setReloads((n) => n + 1), set: setData };
}

export type RecordCall = 'workers.get' | 'clients.get' | 'placements.get';

/**
 * One record by id, for its page or its edit form: loaded at once, `reload()` after a change,
 * `set()` with the record a save answered.
 */
export function useRecord<K extends RecordCall>(call: K, id: number) {
  return useList(call, { id } as Input<K>, 0);
}
