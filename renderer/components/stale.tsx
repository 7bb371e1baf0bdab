import { useEffect, useRef } from 'react';
import type { CallName, Input, Output } from '../../db/contract';
import { send } from '../api/client';

// A save refused because the record was saved elsewhere since it was read (two windows on the
// same record): the form keeps what was typed, says who changed what, and offers to take in
// what was saved meanwhile or to keep its own values. Either way the next save carries the new
// version (useForm).

type FormValues = Record<string, string>;

/** What the form shows after a stale refusal: the back end's message, and the fields changed since. */
export interface StaleState {
  message: string;
  fields: string[];
}

/** The record as saved now, as the form's values, and its version. */
export type Latest = { values: FormValues; version: number };

/**
 * The values after taking in what was saved meanwhile: each field the user changed keeps what
 * was typed; every other field takes the saved value.
 */
export function mergeLatest(typed: FormValues, read: FormValues, latest: FormValues): FormValues {
  const keys = new Set([...Object.keys(typed), ...Object.keys(latest)]);
  return Object.fromEntries([...keys].map((k) => [k, typed[k] !== read[k] ? (typed[k] ?? '') : (latest[k] ?? '')]));
}

/** For useForm's `latest`: reads the record again with `call`, as the form's values and version. */
export function readAgain<K extends CallName>(call: K, input: Input<K>, toLatest: (value: Output<K>) => Latest | null): () => Promise<Latest | null> {
  return async () => {
    const r = await send(call, input);
    return r.ok ? toLatest(r.value) : null;
  };
}

/** The notice at the top of a form whose save was refused as stale. */
export function StaleNotice({
  stale,
  canTakeLatest,
  onTakeLatest,
  onKeepMine,
}: {
  stale: StaleState;
  canTakeLatest: boolean;
  onTakeLatest(): void;
  onKeepMine(): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Said and shown at once: the notice takes the focus.
  useEffect(() => ref.current?.focus(), [stale]);
  return (
    <div ref={ref} className="banner banner-warning stale-notice" role="alert" tabIndex={-1}>
      <p>
        <strong>Enregistrement refusé.</strong> {stale.message}
      </p>
      <div className="actions">
        {canTakeLatest && (
          <button type="button" className="button" onClick={onTakeLatest}>
            Reprendre les modifications enregistrées
          </button>
        )}
        <button type="button" className="button" onClick={onKeepMine}>
          Garder mes saisies
        </button>
      </div>
      <p className="field-help">
        {canTakeLatest && 'Reprendre : le formulaire prend ce qui a été enregistré entre-temps, sauf dans les champs que vous avez modifiés. '}
        Garder mes saisies : votre version remplacera celle enregistrée entre-temps quand vous enregistrerez.
      </p>
    </div>
  );
}
