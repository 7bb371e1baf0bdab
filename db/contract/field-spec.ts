import { z } from 'zod';
import {
  choiceOf,
  integer,
  MSG,
  moneyUpTo,
  optionalDateWithin,
  optionalEmail,
  optionalNir,
  optionalPassNumber,
  optionalPhone,
  optionalPostalCode,
  optionalSiret,
  optionalText,
  positiveMinutes,
  dateWithin,
  requiredPassNumber,
  requiredSiret,
  requiredText,
} from './fields';
import { KIND_BOUNDS, type DateRange } from './bounds';
import { formatNir, formatPassNumber, formatPhone, formatSiret } from '../base/format';
import type { Choice } from './reference';

export { KIND_BOUNDS } from './bounds';

// Each entity is described once, as data: for every field, its French label, its spreadsheet
// column, its kind and its bounds. From this description come the zod schema shared by the form
// and the back end, the form's labels, empty values and mappers, the CSV columns of the import
// and the export, the field names in error messages, and the one row <-> values mapper of the
// records. Adding a field touches the table and its migration, the description, and the place
// where the form lays it out.

/**
 * How a field is typed, checked, stored, shown in a form and written in a spreadsheet. Each
 * kind has its bounds (KIND_BOUNDS, bounds.ts): a text's length, a date's range, an amount's or a
 * duration's maximum; a field may narrow them (`max`, `range`).
 */
export type FieldKind =
  | 'text' // one line
  | 'multiline' // several lines (notes)
  | 'identifier' // a reference made of digits and letters (a permit's number): Excel keeps it as text
  | 'date'
  | 'nir'
  | 'siret'
  | 'passNumber' // a PASS IAE number
  | 'phone'
  | 'email'
  | 'postalCode'
  | 'money' // integer cents, typed in euros
  | 'minutes' // integer minutes, typed in hours
  | 'integer'
  | 'choice' // one code of a list
  | 'choices' // several codes of a list
  | 'boolean';

/**
 * Kinds whose value identifies a person or a date the rules depend on: an import line where it
 * is wrong is refused, never imported without it (see CsvColumn.optional).
 */
export const IDENTITY_KINDS: ReadonlySet<FieldKind> = new Set(['date', 'nir', 'siret', 'passNumber']);

/**
 * An identifier as it is shown, in a form as in a spreadsheet: grouped as on its paper (a NIR as
 * on the carte Vitale, a SIRET spaced, a phone in its one form). Null for the other kinds.
 */
export function tidyIdentifier(kind: FieldKind, value: string): string | null {
  switch (kind) {
    case 'nir':
      return formatNir(value);
    case 'siret':
      return formatSiret(value);
    case 'passNumber':
      return formatPassNumber(value);
    case 'phone':
      return formatPhone(value);
    default:
      return null;
  }
}

export interface CsvHeading {
  /** The column's heading; default: the field's label. */
  header?: string;
  /** Other headings accepted on import (other software's names, abbreviations). */
  aliases?: readonly string[];
  /** A choice written as its code (Mme, M.) rather than its label. */
  codes?: boolean;
  /** Written by the export only (a computed value, the PASS end date): the import does not read it. */
  exportOnly?: boolean;
}

interface FieldBase {
  /** The form's label: also the field's name in the form's error messages. */
  label: string;
  /** The spreadsheet column; `false`: not in the spreadsheet. */
  csv: CsvHeading | false;
  required?: boolean;
}

export interface TextSpec extends FieldBase {
  kind: 'text' | 'multiline' | 'identifier';
  max?: number;
}
export interface PlainSpec extends FieldBase {
  kind: 'nir' | 'siret' | 'passNumber' | 'phone' | 'email' | 'postalCode' | 'minutes';
}
export interface DateSpec extends FieldBase {
  kind: 'date';
  /** Its plausible range; default: ten years around today (KIND_BOUNDS.date). */
  range?: DateRange;
}
export interface MoneySpec extends FieldBase {
  kind: 'money';
  /** The largest amount, in cents; default KIND_BOUNDS.money. */
  max?: number;
}
export interface IntegerSpec extends FieldBase {
  kind: 'integer';
  min: number;
  max: number;
  /** The value of an empty field. */
  default?: number;
  /** Said when the value is not a whole number between min and max. */
  message: string;
  /** Said when the value is not even a number; default: `message`. */
  typeMessage?: string;
}
export interface ChoiceSpec<C extends string = string> extends FieldBase {
  kind: 'choice';
  options: readonly Choice<C>[];
  /** Said when the value is not one of the options. */
  message: string;
  /** The value when none is given (then the field is never null). */
  default?: C;
  /** Other words accepted for an option on import (`Française` for France). */
  synonyms?: Readonly<Record<string, C>>;
}
export interface ChoicesSpec<C extends string = string> extends FieldBase {
  kind: 'choices';
  options: readonly Choice<C>[];
  message: string;
}
export interface BooleanSpec extends FieldBase {
  kind: 'boolean';
  /** Null until set: the default then comes from elsewhere (a client's kind). */
  unset?: true;
}

export type FieldSpec = TextSpec | PlainSpec | DateSpec | MoneySpec | IntegerSpec | ChoiceSpec | ChoicesSpec | BooleanSpec;
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

/** Checks a description while keeping its literal types (the codes of each choice). */
export function describeFields<const S extends FieldSpecs>(specs: S): S {
  return specs;
}

// ------------------------------------------------------------------ values and input types

type Code<F> = F extends { options: readonly { code: infer C }[] } ? C : never;
type Always<F> = F extends { required: true } ? true : F extends { default: unknown } ? true : false;
type Nullable<F, T> = Always<F> extends true ? T : T | null;

/** A field's value once checked (what the handlers and records see). */
export type ValueOf<F> = F extends { kind: 'choice' }
  ? Nullable<F, Code<F>>
  : F extends { kind: 'choices' }
    ? Code<F>[]
    : F extends { kind: 'boolean' }
      ? F extends { unset: true }
        ? boolean | null
        : boolean
      : F extends { kind: 'money' | 'minutes' | 'integer' }
        ? Nullable<F, number>
        : Nullable<F, string>;

/** What a field accepts: what people type, or the stored value. */
type InputOf<F> = F extends { kind: 'choice' }
  ? Always<F> extends true
    ? Code<F>
    : unknown
  : F extends { kind: 'choices' }
    ? Code<F>[]
    : F extends { kind: 'boolean' }
      ? ValueOf<F>
      : F extends { kind: 'money' | 'minutes' | 'integer' }
        ? F extends { required: true }
          ? string | number
          : unknown
        : F extends { required: true }
          ? string
          : unknown;

/** A field that must be given (required, with no default). */
type Needed<F> = F extends { required: true } ? (F extends { default: unknown } ? false : true) : false;

export type ValuesOf<S> = { -readonly [K in keyof S]: ValueOf<S[K]> };
export type InputValuesOf<S> = { -readonly [K in keyof S as Needed<S[K]> extends true ? K : never]: InputOf<S[K]> } & {
  -readonly [K in keyof S as Needed<S[K]> extends true ? never : K]?: InputOf<S[K]>;
};

// ------------------------------------------------------------------ derived

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A schema that is null when empty, made one that refuses empty. */
function refuseEmpty(optional: z.ZodType) {
  return optional.refine((v) => v !== null, { error: MSG.required });
}

/** One field's schema, by its kind: what people type in, the stored value out. */
export function fieldSchema(spec: FieldSpec): z.ZodType {
  const required = spec.required === true;
  switch (spec.kind) {
    case 'text':
    case 'multiline':
    case 'identifier': {
      const max = spec.max ?? KIND_BOUNDS[spec.kind].max;
      const options = { multiline: spec.kind === 'multiline' };
      return required ? requiredText(max, options) : optionalText(max, options);
    }
    case 'date':
      return required ? dateWithin(spec.range) : optionalDateWithin(spec.range);
    case 'siret':
      return required ? requiredSiret : optionalSiret;
    case 'nir':
      return required ? refuseEmpty(optionalNir) : optionalNir;
    case 'passNumber':
      return required ? requiredPassNumber : optionalPassNumber;
    case 'phone':
      return required ? refuseEmpty(optionalPhone) : optionalPhone;
    case 'email':
      return required ? refuseEmpty(optionalEmail) : optionalEmail;
    case 'postalCode':
      return required ? refuseEmpty(optionalPostalCode) : optionalPostalCode;
    case 'money': {
      const amount = moneyUpTo(spec.max ?? KIND_BOUNDS.money.max);
      return required ? amount : z.preprocess(emptyToNull, amount.nullable().default(null));
    }
    case 'minutes':
      return required ? positiveMinutes : z.preprocess(emptyToNull, positiveMinutes.nullable().default(null));
    case 'integer':
      return integer(spec.min, spec.max, spec.message, spec.default, spec.typeMessage);
    case 'choice':
      return choiceOf(
        spec.options.map((o) => o.code),
        spec.message,
        { required, fallback: spec.default },
      );
    case 'choices':
      return z.array(z.enum(spec.options.map((o) => o.code) as [string, ...string[]], { error: spec.message })).default([]);
    case 'boolean':
      return spec.unset ? z.boolean().nullable().default(null) : z.boolean().default(false);
  }
}

/** The zod schema of an entity: each field's schema by its kind, in the description's order. */
export function objectSchema<S extends FieldSpecs>(specs: S): z.ZodType<ValuesOf<S>, InputValuesOf<S>> {
  const shape = Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, fieldSchema(spec)]));
  return z.object(shape) as unknown as z.ZodType<ValuesOf<S>, InputValuesOf<S>>;
}

/** Field key → French label: the form's labels and the names in its error messages. */
export function fieldLabels(specs: FieldSpecs): Record<string, string> {
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.label]));
}
