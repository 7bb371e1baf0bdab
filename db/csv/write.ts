// Writing CSV that French Excel opens correctly with a double click: UTF-8 with a BOM (without
// it Excel reads Windows-1252 and garbles accents), ';' between cells, CRLF line ends, French
// dates and decimal commas. Plus the French cell helpers shared by exports and imports.

import { formatDate, formatHoursInput, formatMoneyInput } from '../base/format';
import type { FieldSpec, FieldSpecs } from '../contract/field-spec';
import { labelOf } from '../contract/reference';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/** One cell: null → empty; a number with a decimal comma; quoted when Excel would misread it. */
export function csvCell(value: CsvCell): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value).replace('.', ',') : '';
  else text = value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole file: BOM, header line, rows; ';' delimiter, CRLF after every line. `textColumns`
 * (indexes) are identifiers written as Excel text formulas (csvText).
 */
export function toCsv(headers: string[], rows: CsvCell[][], textColumns: ReadonlySet<number> = new Set()): string {
  const safe = rows.map((cells) => cells.map((c, i) => (textColumns.has(i) && typeof c === 'string' && c !== '' ? csvText(c) : defuse(c))));
  const lines = [headers, ...safe].map((cells) => cells.map(csvCell).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** One line without its line end, each cell made safe for Excel: for exports written piece by piece. */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map((c) => csvCell(defuse(c))).join(';');
}

/** The byte order mark that starts every CSV file (see toCsv). */
export const CSV_BOM = BOM;

/** The indexes of the columns flagged `text`, for toCsv. */
export function textColumnsOf(columns: readonly { text?: boolean }[]): Set<number> {
  return new Set(columns.flatMap((c, i) => (c.text ? [i] : [])));
}

/**
 * `="01000"`: Excel shows the text 01000 (a plain 01000 would become the number 1000, a SIRET
 * 7,33E+13, a phone number would lose its 0). Read back by readExcelText on import.
 */
export function csvText(value: string): string {
  return `="${value.replace(/"/g, '""')}"`;
}

/**
 * A cell starting with = + - @ would be run by Excel as a formula (a name typed "=HYPERLINK(…)"
 * in a form, say): an apostrophe in front keeps it text. Read back by readExcelText.
 */
function defuse(value: CsvCell): CsvCell {
  if (typeof value !== 'string' || /^-?\d+(,\d+)?$/.test(value)) return value; // a negative amount stays a number
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** Undoes csvText and the formula guard on an imported cell; anything else is returned as is. */
export function readExcelText(cell: string): string {
  const formula = /^="(.*)"$/s.exec(cell);
  if (formula) return formula[1]!.replace(/""/g, '"');
  if (/^'[=+\-@]/.test(cell)) return cell.slice(1);
  return cell;
}

/** The bytes to save: UTF-8 (the BOM is already in the text made by toCsv). */
export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

// ---------------------------------------------------------------- French cells (export)

/** `2026-01-05` → `05/01/2026`; null or not a date → ''. */
export function csvDate(iso: string | null | undefined): string {
  return formatDate(iso);
}

/** 2250 → `22,50`: no € and no grouping, so that Excel reads a number. null → ''. */
export function csvMoney(cents: number | null | undefined): string {
  return formatMoneyInput(cents);
}

/** true → `oui`, false → `non`, null → ''. */
export function csvBool(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value ? 'oui' : 'non';
}

/** A field's value as its spreadsheet cell, by its kind: what the import reads back. */
export function csvCellOf(spec: FieldSpec, value: unknown): CsvCell {
  switch (spec.kind) {
    case 'date':
      return csvDate(value as string | null);
    case 'money':
      return csvMoney(value as number | null);
    case 'minutes':
      return formatHoursInput(value as number | null);
    case 'boolean':
      return csvBool(value as boolean | null);
    case 'choice':
      return spec.csv && spec.csv.codes ? (value as string | null) : labelOf(spec.options, value as string | null);
    case 'choices':
      return (value as string[]).map((code) => labelOf(spec.options, code)).join(', ');
    default:
      return value as string | number | null;
  }
}

/** A record's line, in the order of csvColumnsOf(specs). */
export function csvCellsOf(specs: FieldSpecs, values: Record<string, unknown>): CsvCell[] {
  return Object.entries(specs).flatMap(([key, spec]) => (spec.csv === false ? [] : [csvCellOf(spec, values[key])]));
}

// ---------------------------------------------------------------- French cells (import)
// Dates and amounts are read with parseDate / parseMoney from db/base/format.ts.

const TRUE_WORDS = new Set(['oui', 'o', 'x', 'vrai', '1', 'yes', 'y', 'true']);
const FALSE_WORDS = new Set(['non', 'n', 'faux', '0', 'no', 'false']);

/**
 * oui/non, o/n, x (a ticked box), vrai/faux, 1/0, yes/no, true/false — any case, with or
 * without accents. Empty → null. Anything else is null too: a caller that must refuse an
 * unreadable value tells it from an empty cell with `text.trim() !== ''`.
 */
export function readBool(text: string): boolean | null {
  const t = text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return null;
}
