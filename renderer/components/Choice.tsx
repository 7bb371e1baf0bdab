import type { ReactNode } from 'react';
import type { Choice } from '../../db/contract/reference';

// The non-text inputs of forms, with the same label / help / error layout as Field.

interface Common {
  name: string;
  label: string;
  error?: string | undefined;
  help?: ReactNode;
  required?: boolean;
  className?: string;
}

function describedBy(name: string, error?: string, help?: ReactNode) {
  return [error ? `f-${name}-error` : null, help ? `f-${name}-help` : null].filter(Boolean).join(' ') || undefined;
}

function Messages({ name, error, help }: { name: string; error?: string | undefined; help?: ReactNode }) {
  return (
    <>
      {help && (
        <p id={`f-${name}-help`} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`f-${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

export function SelectField({
  name,
  label,
  value,
  onChange,
  options,
  placeholder,
  error,
  help,
  required,
  className,
}: Common & { value: string; onChange(v: string): void; options: readonly Choice[]; placeholder?: string }) {
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={`f-${name}`}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-required={required}
        aria-describedby={describedBy(name, error, help)}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages name={name} error={error} help={help} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  checked,
  onChange,
  error,
  help,
  className,
}: Common & { checked: boolean; onChange(v: boolean): void }) {
  return (
    <div className={`field field-checkbox ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label>
        <input
          type="checkbox"
          id={`f-${name}`}
          name={name}
          checked={checked}
          aria-describedby={describedBy(name, error, help)}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {label}
      </label>
      <Messages name={name} error={error} help={help} />
    </div>
  );
}

/** Several boxes for one list value (skills, eligibility criteria). */
export function CheckboxGroup({
  name,
  label,
  values,
  onChange,
  options,
  error,
  help,
  className,
}: Common & { values: string[]; onChange(v: string[]): void; options: readonly (Choice & { hint?: string })[] }) {
  return (
    <fieldset className={`field checkbox-group ${error ? 'field-invalid' : ''} ${className ?? ''}`} aria-describedby={describedBy(name, error, help)}>
      <legend>{label}</legend>
      <div className="checkbox-grid">
        {options.map((o) => (
          <label key={o.code}>
            <input
              type="checkbox"
              name={name}
              value={o.code}
              checked={values.includes(o.code)}
              onChange={(e) => onChange(e.target.checked ? [...values, o.code] : values.filter((v) => v !== o.code))}
            />{' '}
            {o.label}
            {o.hint && <span className="muted"> ({o.hint})</span>}
          </label>
        ))}
      </div>
      <Messages name={name} error={error} help={help} />
    </fieldset>
  );
}

export function TextAreaField({
  name,
  label,
  value,
  onChange,
  error,
  help,
  className,
}: Common & { value: string; onChange(v: string): void }) {
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={`f-${name}`}>{label}</label>
      <textarea
        id={`f-${name}`}
        name={name}
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, help)}
        onChange={(e) => onChange(e.target.value)}
      />
      <Messages name={name} error={error} help={help} />
    </div>
  );
}
