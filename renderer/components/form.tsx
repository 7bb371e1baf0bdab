import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError, CallName, Input, Output } from '../../db/contract';
import { precheck, send } from '../api/client';
import { useFeedback } from './feedback';
import { useLeaveGuard } from '../router';

// Form state shared by every form: values as typed (strings), per-field French errors from
// the call's schema (checked in the page, then decided by the back end), dirty tracking,
// Ctrl+S to save, Échap to abandon (asking first), and a question before leaving unsaved work.

export type Values = Record<string, string>;

export function useForm<K extends CallName, X = undefined>(options: {
  call: K;
  initial: Values;
  /** `extra` is what a second submit adds (e.g. `allowDuplicate` after a duplicate warning). */
  toInput: (values: Values, extra?: X) => Input<K>;
  onSaved: (value: Output<K>) => void;
  savedMessage: string;
  /** Nested inputs report `worker.birthName`: the prefix to strip to find the field. */
  errorPrefix?: string;
}) {
  const { toast, confirm } = useFeedback();
  const [values, setValues] = useState<Values>(options.initial);
  const [saved, setSaved] = useState<Values>(options.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [lastError, setLastError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = Object.keys(values).some((k) => values[k] !== saved[k]);

  const setValue = useCallback((name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
  }, []);

  const reset = useCallback((v: Values) => {
    setLastError(null);
    setValues(v);
    setSaved(v);
    setErrors({});
  }, []);

  const focusFirstError = (errs: Record<string, string>) => {
    // In reading order: the first field in the form that has an error.
    const form = formRef.current;
    if (!form) return;
    for (const el of Array.from(form.querySelectorAll<HTMLInputElement>('input, select, textarea'))) {
      if (errs[el.name]) {
        el.focus();
        return;
      }
    }
  };

  const strip = (errs: Record<string, string>) => {
    const prefix = options.errorPrefix;
    if (!prefix) return errs;
    return Object.fromEntries(Object.entries(errs).map(([k, v]) => [k.startsWith(prefix) ? k.slice(prefix.length) : k, v]));
  };

  const submit = async (extra?: X): Promise<Output<K> | null> => {
    if (busy) return null;
    const input = options.toInput(values, extra);
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
      if (result.error.code === 'duplicate') return null;
      if (Object.keys(fields).length > 0) focusFirstError(fields);
      else toast(result.error.detail ? `${result.error.message} (réf. ${result.error.detail})` : result.error.message, 'error');
      return null;
    }
    setErrors({});
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

  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void submitRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

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

  return { values, setValue, errors, dirty, busy, submit, reset, formRef, onKeyDown, lastError };
}

/** Shown at the top of a form when more than one field needs correcting. */
export function ErrorSummary({ errors, labels }: { errors: Record<string, string>; labels: Record<string, string> }) {
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

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}
