import type { ReactNode } from 'react';
import type { Output } from '../../db/contract';
import { useRecord, type RecordCall } from './useList';

/** What a page shows until its data is there: « Chargement… », or why it could not be loaded. */
export function LoadState({ error }: { error: string | null }) {
  if (error) return <p className="error-text" role="alert">{error}</p>;
  return <p className="muted">Chargement…</p>;
}

/** Loads one record by id and shows `children(record)` once it is there (an edit form, say). */
export function RecordLoader<K extends RecordCall>({
  call,
  id,
  children,
}: {
  call: K;
  id: number;
  children(record: Output<K>): ReactNode;
}) {
  const { data, error } = useRecord(call, id);
  if (error || !data) return <LoadState error={error} />;
  return children(data);
}
