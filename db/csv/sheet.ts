import { tidyIdentifier, type FieldSpec, type FieldSpecs } from '../contract/field-spec';
import { labelOf } from '../contract/reference';

// An exported list, before it is written: its columns, each with the type of its cells, and its
// rows of values. One sheet is written as CSV (write.ts) or as an Excel workbook (xlsx.ts), so
// that both files hold the same cells.

/**
 * What a column holds. `text`: shown as it is (identifiers grouped, choices by their label);
 * `date`: an ISO date; `money`: integer cents; `hours`: integer minutes; `integer`: a number;
 * `decimal`: a number with two decimals at most (an ETP, a rate in percent).
 */
export type SheetType = 'text' | 'date' | 'money' | 'hours' | 'integer' | 'decimal';

export interface SheetColumn {
  header: string;
  type: SheetType;
}

export type SheetValue = string | number | null;

export interface Sheet {
  /** The workbook's tab (31 characters at most in Excel). */
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
}

/** The type of a field's column, by its kind. */
export function sheetTypeOf(spec: FieldSpec): SheetType {
  switch (spec.kind) {
    case 'date':
      return 'date';
    case 'money':
      return 'money';
    case 'minutes':
      return 'hours';
    case 'integer':
      return 'integer';
    default:
      return 'text';
  }
}

/**
 * A field's value as its cell: what the import reads back. Identifiers are written grouped as
 * on their paper (`2 90 03 75 112 045 02`, `123 456 789 00012`, `06 12 34 56 78`): a spreadsheet
 * keeps them as text, where it would turn the bare digits into a number (and drop a leading 0).
 */
export function sheetValueOf(spec: FieldSpec, value: unknown): SheetValue {
  if (value === null || value === undefined) return null;
  const identifier = tidyIdentifier(spec.kind, String(value));
  if (identifier !== null) return identifier;
  switch (spec.kind) {
    case 'boolean':
      return value ? 'oui' : 'non';
    case 'choice':
      return spec.csv && spec.csv.codes ? String(value) : labelOf(spec.options, value as string);
    case 'choices':
      return (value as string[]).map((code) => labelOf(spec.options, code)).join(', ');
    default:
      return value as SheetValue;
  }
}

/** The columns of an entity's spreadsheet, from its field description, in its order. */
export function sheetColumnsOf(specs: FieldSpecs): SheetColumn[] {
  return Object.values(specs).flatMap((spec) => (spec.csv === false ? [] : [{ header: spec.csv.header ?? spec.label, type: sheetTypeOf(spec) }]));
}

/** A record's row, in the order of sheetColumnsOf(specs). */
export function sheetRowOf(specs: FieldSpecs, values: Record<string, unknown>): SheetValue[] {
  return Object.entries(specs).flatMap(([key, spec]) => (spec.csv === false ? [] : [sheetValueOf(spec, values[key])]));
}
