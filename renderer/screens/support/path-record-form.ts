import type { Input } from '../../../db/contract';
import type { SupportDetail } from '../../../db/contract/support';
import { fieldLabels, type FieldSpecs } from '../../../db/contract/field-spec';
import { emptyValues, formInput, formValues } from '../../components/field-values';
import { useForm, type Values } from '../../components/form';
import { readAgain } from '../../components/stale';

// The form of a record of a path (an interview, a barrier, an action or training): new (empty) or
// an existing one at the version it was read; the fields come from the record's description, the
// back end's errors (`interview.date`) go to their field, and a save answers with the page.

type PathRecordCall = 'support.saveInterview' | 'support.saveBarrier' | 'support.saveTraining';
type Key = 'interview' | 'barrier' | 'training';

export interface PathRecordFormOptions<S extends FieldSpecs> {
  call: PathRecordCall;
  key: Key;
  fields: S;
  pathId: number;
  workerId: number;
  /** The record edited, or null for a new one. */
  record: ({ id: number; version: number } & { readonly [K in keyof S]: unknown }) | null;
  /** Reads the edited record in a fresh page (after a stale refusal). */
  find(page: SupportDetail, id: number): ({ id: number; version: number } & { readonly [K in keyof S]: unknown }) | undefined;
  /** Values the form adds to the description's fields (a tripartite interview's client). */
  extraInitial?: Values;
  extraInput?(values: Values): Record<string, unknown>;
  labels?: Record<string, string>;
  savedMessage: string;
  onSaved(page: SupportDetail): void;
  /** Closes the form once saved. */
  onClose(): void;
}

export function usePathRecordForm<S extends FieldSpecs>(o: PathRecordFormOptions<S>) {
  const latest = o.record
    ? readAgain('support.get', { workerId: o.workerId, pathId: o.pathId }, (page) => {
        const now = o.find(page, o.record!.id);
        return now ? { values: { ...formValues(o.fields, now), ...o.extraInitial }, version: now.version } : null;
      })
    : undefined;
  return useForm({
    call: o.call,
    initial: { ...(o.record ? formValues(o.fields, o.record) : emptyValues(o.fields)), ...o.extraInitial },
    version: o.record?.version,
    latest,
    toInput: (v, _extra, version) =>
      ({
        pathId: o.pathId,
        id: o.record?.id ?? null,
        version: o.record ? version : null,
        [o.key]: formInput(o.fields, v),
        ...o.extraInput?.(v),
      }) as Input<PathRecordCall>,
    errorPrefix: `${o.key}.`,
    labels: { ...fieldLabels(o.fields), ...o.labels },
    savedMessage: o.savedMessage,
    onSaved: (page) => {
      o.onSaved(page);
      o.onClose();
    },
  });
}
