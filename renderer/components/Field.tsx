import { useRef, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { formatDate, formatHoursInput, formatMoneyInput, parseDate, parseHours, parseMoney } from '../../db/base/format';

// One labelled input: label above, required mark, help, and the French error beneath it
// (linked by aria-describedby, outlined, aria-invalid). Typed kinds (date, money, hours) show
// the normalised value when the field is left, and keep what was typed when it cannot be read;
// entering one, by Tab or a click, selects what it holds, so that typing replaces it as in a
// spreadsheet cell (not `28/11/202610/11/2026`).

export type FieldKind = 'text' | 'email' | 'tel' | 'date' | 'money' | 'hours' | 'digits';

export function normaliseOnBlur(kind: FieldKind, value: string): string {
  if (value.trim() === '') return value;
  if (kind === 'date') {
    const iso = parseDate(value);
    return iso ? formatDate(iso) : value;
  }
  if (kind === 'money') {
    const cents = parseMoney(value);
    return cents === null ? value : formatMoneyInput(cents);
  }
  if (kind === 'hours') {
    const m = parseHours(value);
    return m === null ? value : formatHoursInput(m);
  }
  if (kind === 'digits') return value.replace(/[\s.\u00a0\u202f]/g, '');
  return value.trim();
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  kind?: FieldKind;
  error?: string | undefined;
  help?: ReactNode;
  required?: boolean;
  suffix?: string;
  ref?: Ref<HTMLInputElement>;
}

/** The kinds whose whole value is retyped rather than edited: selected on entering the field. */
const SELECTED_ON_FOCUS: readonly FieldKind[] = ['date', 'money', 'hours'];

export function Field({ name, label, value, onChange, kind = 'text', error, help, required, suffix, className, onFocus, onMouseDown, onMouseUp, ...rest }: FieldProps) {
  const id = `f-${name}`;
  // A click that enters the field would put the caret where it landed, on mouse-up: the
  // mouse-up of that click keeps the selection (a click inside a field already entered does not).
  const entering = useRef(false);
  const selects = SELECTED_ON_FOCUS.includes(kind);
  const describedBy = [error ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      <div className="field-input">
        <input
          id={id}
          name={name}
          type={kind === 'email' ? 'email' : kind === 'tel' ? 'tel' : 'text'}
          inputMode={kind === 'money' || kind === 'hours' ? 'decimal' : kind === 'digits' ? 'numeric' : undefined}
          value={value}
          required={required}
          aria-required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          onBlur={(e) => {
            const n = normaliseOnBlur(kind, e.target.value);
            if (n !== e.target.value) onChange(n);
          }}
          onFocus={(e) => {
            if (selects) e.currentTarget.select();
            onFocus?.(e);
          }}
          onMouseDown={(e) => {
            entering.current = selects && document.activeElement !== e.currentTarget;
            onMouseDown?.(e);
          }}
          onMouseUp={(e) => {
            if (entering.current) e.preventDefault();
            entering.current = false;
            onMouseUp?.(e);
          }}
          {...rest}
        />
        {suffix && <span className="field-suffix">{suffix}</span>}
      </div>
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
