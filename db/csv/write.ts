// Writing CSV that Excel and LibreOffice Calc open correctly with their default settings: UTF-8
// with a BOM (without it Excel reads Windows-1252 and garbles accents), ';' between cells (the
// list separator of French Windows), CRLF line ends. Every text cell is quoted, so that a comma
// or a line break inside an address never splits it (Calc offers both ',' and ';' as separators
// by default), and so is a number with a decimal comma (`"22,50"`); dates and whole numbers are
// written bare, in French (`05/01/2026`, `30`). Both spreadsheets read these as dates and
// numbers. No `="…"` trick (Calc shows it as it is): identifiers are written grouped as on their
// paper (sheet.ts), which keeps them text.

import { formatDate, formatMoneyInput } from '../base/format';
import type { Sheet, SheetType, SheetValue } from './sheet';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/** One cell: null → empty; a number with a decimal comma; quoted when a reader would misread it. */
export function csvCell(value: CsvCell): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value).replace('.', ',') : '';
  else text = value;
  return NEEDS_QUOTES.test(text) ? quoted(text) : text;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One line without its line end, each cell made safe for Excel: for exports written piece by piece. */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map((c) => csvCell(defuse(c))).join(';');
}

/** The byte order mark that starts every CSV file. */
export const CSV_BOM = BOM;

/**
 * A cell starting with = + - @ (after spaces, tabs or line ends) would be run by a spreadsheet as a
 * formula (a name typed "=HYPERLINK(…)" in a form, say): an apostrophe in front keeps it text.
 * Read back by readExcelText.
 */
function defuse(value: CsvCell): CsvCell {
  if (typeof value !== 'string' || /^-?\d+(,\d+)?$/.test(value)) return value; // a negative amount stays a number
  return /^\s*[=+\-@]/.test(value) ? `'${value}` : value;
}

/** Decimal hours with a comma (450 minutes → `7,5`): a number for both spreadsheets. */
function decimalHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');
}

/** A sheet's cell as CSV text: text quoted (and defused), the rest bare and French. */
function sheetCell(type: SheetType, value: SheetValue): string {
  if (value === null || value === '') return '';
  switch (type) {
    case 'date': {
      const french = formatDate(String(value));
      return french === '' ? quoted(String(defuse(String(value)))) : french;
    }
    // A decimal comma is quoted too: Calc, splitting on commas by default, would cut 22,50 in two
    // (both spreadsheets still read a quoted number as a number).
    case 'money':
      return quoted(formatMoneyInput(Number(value)));
    case 'hours': {
      const hours = decimalHours(Number(value));
      return hours.includes(',') ? quoted(hours) : hours;
    }
    case 'integer':
      return String(value);
    case 'decimal': {
      const text = String(Number(value)).replace('.', ',');
      return text.includes(',') ? quoted(text) : text;
    }
    case 'text':
      return quoted(String(defuse(String(value))));
  }
}

/** A whole sheet as a CSV file: BOM, the header line (quoted), the rows; ';' and CRLF. */
export function sheetCsv(sheet: Sheet): string {
  const header = sheet.columns.map((c) => quoted(c.header)).join(';');
  const rows = sheet.rows.map((row) => sheet.columns.map((c, i) => sheetCell(c.type, row[i] ?? null)).join(';'));
  return `${BOM}${[header, ...rows].join('\r\n')}\r\n`;
}

/**
 * Undoes the formula guard (and the `="01000"` text formula of files exported by earlier
 * versions) on an imported cell; anything else is returned as is.
 */
export function readExcelText(cell: string): string {
  const formula = /^="(.*)"$/s.exec(cell);
  if (formula) return formula[1]!.replace(/""/g, '"');
  if (/^'\s*[=+\-@]/.test(cell)) return cell.slice(1);
  return cell;
}

/** The bytes to save: UTF-8 (the BOM is already in the text made by sheetCsv). */
export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
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
