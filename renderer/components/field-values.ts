import { tidyIdentifier, type FieldSpec, type FieldSpecs } from '../../db/contract/field-spec';
import { formatDate, formatHoursInput, formatMoneyInput } from '../../db/base/format';
import type { Values } from './form';

// A form holds what people type, as strings. These turn an entity's record into the form's
// strings and back into the call's input, by each field's kind (db/contract/field-spec.ts): a
// date shown as JJ/MM/AAAA, an amount as 22,50, a ticked box as '1', a list as its codes joined.

/** A new record's form: a choice's or a number's default, else empty. */
export function emptyValues(specs: FieldSpecs): Values {
  return Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [key, 'default' in spec && spec.default !== undefined ? String(spec.default) : '']),
  );
}

function formValue(spec: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  // Identifiers grouped as on their paper; the schema takes the spaces out again.
  const identifier = tidyIdentifier(spec.kind, String(value));
  if (identifier !== null) return identifier;
  switch (spec.kind) {
    case 'date':
      return formatDate(value as string);
    case 'money':
      return formatMoneyInput(value as number);
    case 'minutes':
      return formatHoursInput(value as number);

    case 'boolean':
      return value ? '1' : '';
    case 'choices':
      return (value as string[]).join(',');
    default:
      return String(value);
  }
}

/** A saved record as the form's strings. */
export function formValues<S extends FieldSpecs>(specs: S, record: { readonly [K in keyof S]: unknown }): Values {
  const r = record as Readonly<Record<string, unknown>>;
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, formValue(spec, r[key])]));
}

/** The form's strings as the call's input: the schema reads what was typed, like the back end does. */
export function formInput(specs: FieldSpecs, values: Values): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => {
      const text = values[key] ?? '';
      if (spec.kind === 'boolean') return [key, text === '1'];
      if (spec.kind === 'choices') return [key, text.split(',').filter(Boolean)];
      return [key, text];
    }),
  );
}
