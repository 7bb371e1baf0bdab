import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { ApiError, CallName, Input, Output } from '../../db/contract';
import { errorText, precheck, send } from '../api/client';
import { useFeedback } from './feedback';
import { Link, useLeaveGuard } from '../router';
import { Field } from './Field';
import { formatDateTime } from '../../db/base/format';
import { useLatest } from './useLatest';
import { mergeLatest, StaleNotice, type Latest, type StaleState } from './stale';

// Form state shared by every form: values as typed (strings), per-field French errors from
// the call's schema (checked in the page, then decided by the back end), dirty tracking,
// Ctrl+S to save, Échap to abandon (asking first), and a question before leaving unsaved work.
// A form that updates a record carries the version it was read at: a save refused because the
// record was saved elsewhere since keeps what was typed and offers to take in the other changes
// (stale.tsx).
// `<Form>` is the form element every form uses, `form.field(name)` what each field takes from
// the form, `<FormActions>` (`<InlineFormActions>` inside a record page) its Save / Cancel row.

export type Values = Record<string, string>;

/** What `form.field(name)` gives each field. */
export interface FormFieldProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

export function useForm<K extends CallName, X = undefined>(options: {
  call: K;
  initial: Values;
  /**
   * `extra` is what a second submit adds (e.g. `allowDuplicate` after a duplicate warning);
   * `version`, the version of the record the form updates (options.version, refreshed when a save
   * is refused as stale).
   */
  toInput: (values: Values, extra: X | undefined, version: number) => Input<K>;
  /** The version of the record as it was read, for a form that updates one. */
  version?: number;
  /** Reads the record as saved now: offered, after a stale refusal, to take in what changed. */
  latest?: () => Promise<Latest | null>;
  onSaved: (value: Output<K>) => void;
  savedMessage: string;
  /** Nested inputs report `worker.birthName`: the prefix to strip to find the field. */
  errorPrefix?: string;
  /** The fields' labels: for `field(name)` when no label is given, and for the ErrorSummary. */
  labels?: Record<string, string>;
  /** Told when the back end refuses (after the form has shown what belongs to its fields). */
  onRefused?: (error: ApiError) => void;
  /** The form shows itself, beside its fields, a refusal that belongs to none (`lastError`): no toast then. */
  showsRefusal?: boolean;
}) {
  const { toast, confirm } = useFeedback();
  const [values, setValues] = useState<Values>(options.initial);
  const [saved, setSaved] = useState<Values>(options.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [lastError, setLastError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(options.version ?? 0);
  const [stale, setStale] = useState<StaleState | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = Object.keys(values).some((k) => values[k] !== saved[k]);

  const setValue = useCallback((name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
  }, []);

  /** The form on freshly read values (and their version, for a form that updates a record). */
  const reset = useCallback((v: Values, readVersion?: number) => {
    setLastError(null);
    setStale(null);
    setValues(v);
    setSaved(v);
    setErrors({});
    if (readVersion !== undefined) setVersion(readVersion);
  }, []);

  /** Focuses, in reading order, the first field that has an error; false when none is on the form. */
  const focusFirstError = (errs: Record<string, string>): boolean => {
    const form = formRef.current;
    if (!form) return false;
    for (const el of Array.from(form.querySelectorAll<HTMLInputElement>('input, select, textarea'))) {
      if (errs[el.name]) {
        el.focus();
        return true;
      }
    }
    return false;
  };

  const strip = (errs: Record<string, string>) => {
    const prefix = options.errorPrefix;
    if (!prefix) return errs;
    return Object.fromEntries(Object.entries(errs).map(([k, v]) => [k.startsWith(prefix) ? k.slice(prefix.length) : k, v]));
  };

  const submit = async (extra?: X): Promise<Output<K> | null> => {
    if (busy) return null;
    const input = options.toInput(values, extra, version);
    const local = precheck(options.call, input);
    setLastError(null);
    if (local) {
      const errs = strip(local);
      setErrors(errs);
      focusFirstError(errs);
      return null;
    }
    setBusy(true);
    const result = await send(options.call, input);
    setBusy(false);
    if (!result.ok) {
      const fields = strip(result.error.fields ?? {});
      setLastError(result.error);
      setErrors(fields);
      options.onRefused?.(result.error);
      if (result.error.code === 'duplicate') return null;
      if (result.error.code === 'stale' && result.error.stale) {
        // What was typed stays; the next save, once the user has looked, is on the new version.
        setVersion(result.error.stale.version);
        setStale({ message: result.error.message, fields: result.error.stale.fields });
        return null;
      }
      // A message that belongs to no field of the form is said aloud, never lost.
      if (!focusFirstError(fields) && !options.showsRefusal) toast(errorText(result.error), 'error');
      return null;
    }
    setErrors({});
    setStale(null);
    setSaved(values);
    toast(options.savedMessage);
    options.onSaved(result.value);
    return result.value;
  };

  const askAbandon = useCallback(
    () =>
      confirm({
        title: 'Abandonner les modifications ?',
        body: 'Les changements que vous avez saisis sur cette page ne seront pas enregistrés.',
        confirmLabel: 'Abandonner les modifications',
        cancelLabel: 'Continuer la saisie',
        danger: true,
      }),
    [confirm],
  );

  useLeaveGuard(dirty, askAbandon);

  // Ctrl+S saves with the values of the latest render.
  const submitRef = useLatest(submit);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void submitRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [submitRef]);

  const onKeyDown = async (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' && !document.querySelector('dialog[open]')) {
      e.preventDefault();
      if (!dirty) return;
      if (await askAbandon()) {
        setValues(saved);
        setErrors({});
      }
    }
  };

  /** After a stale refusal: take in what was saved meanwhile, keeping the fields the user changed. */
  const takeLatest = async () => {
    const latest = await options.latest?.();
    if (!latest) {
      toast('La fiche enregistrée n’a pas pu être relue : vos saisies sont gardées.', 'error');
      return;
    }
    setValues(mergeLatest(values, saved, latest.values));
    setSaved(latest.values);
    setVersion(latest.version);
    setStale(null);
  };
  const staleChoice = {
    stale,
    canTakeLatest: options.latest !== undefined,
    onTakeLatest: () => void takeLatest(),
    onKeepMine: () => setStale(null),
  };

  const labels = options.labels ?? {};
  /** What a field (Field, SelectField, TextAreaField) takes from the form: `<Field {...form.field('city')} />`. */
  const field = (name: string, label?: string): FormFieldProps => ({
    name,
    label: label ?? labels[name] ?? name,
    value: values[name] ?? '',
    onChange: (x: string) => setValue(name, x),
    error: errors[name],
  });

  return { values, setValue, errors, dirty, busy, submit, reset, formRef, onKeyDown, lastError, labels, field, staleChoice };
}

/** The part of useForm's result the form element needs. */
interface FormHandle {
  formRef: RefObject<HTMLFormElement | null>;
  onKeyDown(e: React.KeyboardEvent): unknown;
  submit(): unknown;
  staleChoice: { stale: StaleState | null; canTakeLatest: boolean; onTakeLatest(): void; onKeepMine(): void };
}

/**
 * The form element of every form: no browser validation (the French messages are ours),
 * Échap handled by useForm, Entrée or the submit button saves through `form.submit()`, or
 * through `onSubmit` when the form has its own save path.
 */
export function Form({
  form: { formRef, onKeyDown, submit, staleChoice },
  label,
  className,
  onSubmit,
  children,
}: {
  form: FormHandle;
  label: string;
  className?: string;
  onSubmit?: () => void;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      className={className ? `form ${className}` : 'form'}
      noValidate
      aria-label={label}
      onKeyDown={(e) => void onKeyDown(e)}
      onSubmit={(e) => {
        e.preventDefault();
        if (onSubmit) onSubmit();
        else void submit();
      }}
    >
      {staleChoice.stale && <StaleNotice {...staleChoice} stale={staleChoice.stale} />}
      {children}
    </form>
  );
}

export const UNSAVED = 'Modifications non enregistrées (Ctrl+S pour enregistrer).';

/**
 * The Save row of a page form: the button (« Enregistrement… » while saving), « Annuler » back
 * to `cancelTo` when given, and what is unsaved (or `status`, when the form says more).
 */
/** What a settings page says beside « Enregistrer »: unsaved changes, when it was saved, or never. */
export function settingsStatus(dirty: boolean, updatedAt: string | null, never = 'Pas encore enregistré.'): string {
  if (dirty) return 'Modifications non enregistrées (Ctrl+S pour enregistrer, Échap pour abandonner).';
  return updatedAt ? `Enregistré le ${formatDateTime(updatedAt)}.` : never;
}

export function FormActions({
  form,
  saveLabel = 'Enregistrer',
  cancelTo,
  status,
}: {
  form: { busy: boolean; dirty: boolean };
  saveLabel?: string;
  cancelTo?: string;
  status?: ReactNode;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={form.busy}>
        {form.busy ? 'Enregistrement…' : saveLabel}
      </button>
      {cancelTo !== undefined && (
        <Link to={cancelTo} className="button">
          Annuler
        </Link>
      )}
      <span className="muted">{status ?? (form.dirty ? UNSAVED : '')}</span>
    </div>
  );
}

/** The Save row of a form inside a record page (a membership, a PASS…): save, or close it. */
export function InlineFormActions({ form, saveLabel, onCancel }: { form: { busy: boolean }; saveLabel: string; onCancel(): void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={form.busy}>
        {saveLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Annuler
      </button>
    </div>
  );
}

/** Shown at the top of a form when more than one field needs correcting. */
export function ErrorSummary({ form }: { form: { errors: Record<string, string>; labels: Record<string, string> } }) {
  const { errors, labels } = form;
  const keys = Object.keys(errors);
  if (keys.length < 2) return null;
  return (
    <div className="error-summary" role="alert">
      <p>
        <strong>{keys.length} champs sont à corriger :</strong>
      </p>
      <ul>
        {keys.map((k) => (
          <li key={k}>
            <button type="button" className="link-button" onClick={() => document.getElementById(`f-${k}`)?.focus()}>
              {labels[k] ?? k} : {errors[k]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The four address fields (addressLine1, addressLine2, postalCode, city), labelled by the form. */
export function AddressFields({ form }: { form: { field(name: string): FormFieldProps } }) {
  return (
    <>
      <Field {...form.field('addressLine1')} className="wide" />
      <Field {...form.field('addressLine2')} className="wide" />
      <Field {...form.field('postalCode')} kind="digits" maxLength={5} />
      <Field {...form.field('city')} />
    </>
  );
}

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}
