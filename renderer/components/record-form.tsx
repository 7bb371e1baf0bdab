import type { ReactNode } from 'react';
import type { Input, Output } from '../../db/contract';
import { useRouter } from '../router';
import { DuplicateWarning } from './DuplicateWarning';
import { ErrorSummary, Form, FormActions, useForm, type Values } from './form';
import { readAgain } from './stale';

// What the create and update forms of a worker's or a client's record share: a saved record
// opens its page, the fields are labelled from the entity's description, the back end's errors
// (`worker.birthName`) are matched to the fields, a new record can be created anyway after a
// duplicate warning, a stored one is read again when a save is refused as stale, and both
// forms stand on the same page around the fields the entity's form lays out.

type Entity = 'workers' | 'clients';

export interface RecordForm<E extends Entity> {
  /** The calls' prefix: `workers.create`, `workers.update`, `workers.get`. */
  entity: E;
  /** The section's path (`/salaries`): a saved record opens at `/salaries/12`. */
  path: string;
  /** The record's name in the calls' input (`{ worker: … }`), and so in the back end's errors. */
  key: string;
  labels: Record<string, string>;
  /** A stored record as the form's values. */
  valuesOf(record: Output<`${E}.get`>): Values;
  /** The form's values as the record the calls take. */
  inputOf(values: Values): unknown;
  savedMessage: { created: string; updated: string };
}

/** The options of useForm that every form of the record takes. */
function useRecordFormOptions<E extends Entity>(record: RecordForm<E>) {
  const { navigate } = useRouter();
  return {
    onSaved: (saved: { id: number }) => navigate(`${record.path}/${saved.id}`, { force: true }),
    errorPrefix: `${record.key}.`,
    labels: record.labels,
  };
}

/** The form of a new record; `onCreateAnyway` sends it again with `allowDuplicate` after a duplicate warning. */
export function useNewRecordForm<E extends Entity>(record: RecordForm<E>, initial: Values) {
  const options = useRecordFormOptions(record);
  const form = useForm<`${E}.create`, { allowDuplicate: boolean }>({
    call: `${record.entity}.create`,
    initial,
    toInput: (v, extra) => ({ [record.key]: record.inputOf(v), allowDuplicate: extra?.allowDuplicate ?? false }) as Input<`${E}.create`>,
    savedMessage: record.savedMessage.created,
    ...options,
  });
  return { form, onCreateAnyway: () => void form.submit({ allowDuplicate: true }) };
}

/** The form of a stored record, at the version it was read. */
export function useEditRecordForm<E extends Entity>(record: RecordForm<E>, stored: Output<`${E}.get`> & { id: number; version: number }) {
  const options = useRecordFormOptions(record);
  return useForm<`${E}.update`>({
    call: `${record.entity}.update`,
    initial: record.valuesOf(stored),
    version: stored.version,
    latest: readAgain(`${record.entity}.get`, { id: stored.id } as Input<`${E}.get`>, (r) => ({ values: record.valuesOf(r), version: r.version })),
    toInput: (v, _extra, version) => ({ id: stored.id, version, [record.key]: record.inputOf(v) }) as Input<`${E}.update`>,
    savedMessage: record.savedMessage.updated,
    ...options,
  });
}

/** Either form of the record, as the view that lays out its fields takes it. */
export type RecordFormState<E extends Entity> = ReturnType<typeof useNewRecordForm<E>>['form'] | ReturnType<typeof useEditRecordForm<E>>;

export interface RecordFormViewProps<E extends Entity> {
  form: RecordFormState<E>;
  title: string;
  /** Where « Annuler » goes: the list, or the record's page. */
  cancelTo: string;
  /** After a duplicate warning, on a new record only. */
  onCreateAnyway(): void;
}

/** The page of a record's form: its title, the duplicate warning, the errors, the fields given, and Enregistrer / Annuler. */
export function RecordFormPage<E extends Entity>({ form, title, cancelTo, onCreateAnyway, children }: RecordFormViewProps<E> & { children: ReactNode }) {
  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <Form form={form} label={title}>
        <DuplicateWarning error={form.lastError} onCreateAnyway={onCreateAnyway} />
        <ErrorSummary form={form} />
        {children}
        <FormActions form={form} cancelTo={cancelTo} />
      </Form>
    </section>
  );
}
