import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { formatDate, formatHoursInput, formatMoneyInput, parseDate, parseHours, parseMoney } from '../../db/base/format';

// One labelled input: label above, required mark, help, and the French error beneath it
// (linked by aria-describedby, outlined, aria-invalid). Typed kinds (date, money, hours) show
// the normalised value when the field is left, and keep what was typed when it cannot be read.

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

export function Field({ name, label, value, onChange, kind = 'text', error, help, required, suffix, className, ...rest }: FieldProps) {
  const id = `f-${name}`;
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
