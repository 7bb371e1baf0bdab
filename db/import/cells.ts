import type { FieldSpecs } from '../contract/field-spec';
import type { Choice } from '../contract/reference';
import { normaliseHeading } from '../csv/columns';
import { readBool } from '../csv/write';
import { parsePhone } from '../base/format';

// Reading the cells of an imported line into the shapes the schemas expect. A cell is read
// leniently (a label or a code, any case or accents); what cannot be read is reported.

export type CellErrors = { key: string; message: string }[];

export function choiceCell<C extends string>(
  list: readonly Choice<C>[],
  key: string,
  text: string,
  errors: CellErrors,
  extra: Record<string, C> = {},
): C | '' {
  const t = text.trim();
  if (t === '') return '';
  const n = normaliseHeading(t);
  for (const [alias, code] of Object.entries(extra)) if (normaliseHeading(alias) === n) return code;
  const found = list.find((c) => normaliseHeading(c.label) === n || normaliseHeading(c.code) === n);
  if (found) return found.code;
  errors.push({ key, message: `« ${t} » n'est pas une valeur connue (attendu : ${list.map((c) => c.label).join(', ')}).` });
  return '';
}

export function boolCell(key: string, text: string, errors: CellErrors): boolean | undefined {
  if (text.trim() === '') return undefined;
  const b = readBool(text);
  if (b === null) errors.push({ key, message: `« ${text.trim()} » : répondez oui ou non.` });
  return b ?? undefined;
}

/** A list in one cell, items separated by commas: "Ménage, Repassage". */
export function choiceListCell<C extends string>(list: readonly Choice<C>[], key: string, text: string, errors: CellErrors): C[] {
  return text
    .split(/[,/|]/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => choiceCell(list, key, t, errors))
    .filter((c): c is C => c !== '');
}

/** Reading a cell as a person meant it, or a spreadsheet left it: the value to check, and a note when it was changed. */
function restored(kind: string, text: string): { text: string; note?: string } {
  const t = text.trim();
  // A spreadsheet drops the leading 0 of a number: 612345678 was 06 12 34 56 78, 1000 was 01000.
  if (kind === 'phone' && /^[1-9]\d{8}$/.test(t)) {
    const phone = parsePhone(`0${t}`)!;
    return { text: phone, note: `Le 0 du début, perdu par le tableur, a été remis : ${phone}.` };
  }
  if (kind === 'postalCode' && /^\d{4}$/.test(t)) return { text: `0${t}`, note: `Le 0 du début, perdu par le tableur, a été remis : 0${t}.` };
  if ((kind === 'text' || kind === 'identifier') && /[\r\n]/.test(t)) {
    return { text: t.replace(/\s*[\r\n]+\s*/g, ' '), note: 'Les retours à la ligne de la cellule ont été remplacés par des espaces.' };
  }
  return { text };
}

/**
 * A line's cells (by column key, '' when empty) as the entity's input, read by each field's
 * kind; the schema then checks it like the form's. An empty choice takes its default. What
 * cannot be read goes to `errors`; what was restored (a phone's lost 0) to `notes`.
 */
export function inputOfCells(specs: FieldSpecs, cells: Record<string, string>, errors: CellErrors, notes: CellErrors): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.csv === false || spec.csv.exportOnly) continue;
    const cell = restored(spec.kind, cells[key] ?? '');
    if (cell.note) notes.push({ key, message: cell.note });
    const text = cell.text;
    if (spec.kind === 'choice') {
      const code = choiceCell(spec.options, key, text, errors, spec.synonyms);
      out[key] = code === '' && spec.default !== undefined ? undefined : code;
    } else if (spec.kind === 'choices') {
      // An unknown item of a list is left out, the others are kept.
      const unknown: CellErrors = [];
      out[key] = choiceListCell(spec.options, key, text, unknown);
      for (const u of unknown) notes.push({ key, message: `${u.message} Elle n'est pas importée.` });
    }
    else if (spec.kind === 'boolean') out[key] = boolCell(key, text, errors);
    else out[key] = text;
  }
  return out;
}
