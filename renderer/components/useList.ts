import { useEffect, useRef, useState } from 'react';
import type { CallName, Input, Output } from '../../db/contract';
import { send } from '../api/client';

// Loads a list for the current filters; typing in the search box reloads after a short pause,
// and only the answer to the latest request is shown (an older, slower one is dropped).
// `useRecord` loads one record the same way.
export function useList<K extends CallName>(call: K, filters: Input<K>, delayMs = 120) {
  const [data, setData] = useState<Output<K> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  /** Whether an answer came: the first request goes at once, the next ones after the pause. */
  const answeredOnce = useRef(false);
  const key = JSON.stringify(filters);
  const [reloads, setReloads] = useState(0);
  const request = `${call}|${reloads}|${key}`;
  /** The request the data on screen answers: loading while it is not the current one. */
  const [answered, setAnswered] = useState<string | null>(null);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = window.setTimeout(async () => {
      const r = await send(call, JSON.parse(key) as Input<K>);
      if (ticket !== latest.current) return;
      answeredOnce.current = true;
      setAnswered(`${call}|${reloads}|${key}`);
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(r.error.message);
    }, answeredOnce.current ? delayMs : 0);
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
