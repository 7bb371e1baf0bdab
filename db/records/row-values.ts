import type { FieldSpecs, ValueOf, ValuesOf } from '../contract/field-spec';

// The one way an entity's values become the columns of its row, and back (the entity's mapper
// in db/records adds what is its own: a search key, fields kept only in some cases). The
// table's columns carry the fields' keys; a list of choices is stored as JSON text.

export type RowOf<S> = { -readonly [K in keyof S]: S[K] extends { kind: 'choices' } ? string : ValueOf<S[K]> };

export function rowOf<S extends FieldSpecs>(specs: S, values: ValuesOf<S>): RowOf<S> {
  const v = values as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [key, spec.kind === 'choices' ? JSON.stringify(v[key]) : v[key]]),
  ) as RowOf<S>;
}

/** A stored row (with more columns than the fields: ids, dates, search key) as the values. */
export function valuesOf<S extends FieldSpecs>(specs: S, row: { [K in keyof S]: unknown }): ValuesOf<S> {
  const r = row as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [key, spec.kind === 'choices' ? (JSON.parse(r[key] as string) as unknown) : r[key]]),
  ) as ValuesOf<S>;
}
