import type { FieldSpecs } from '../contract/field-spec';
import type { Choice } from '../contract/reference';
import { normaliseHeading } from '../csv/columns';
import { readBool } from '../csv/write';

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

/**
 * A line's cells (by column key, '' when empty) as the entity's input, read by each field's
 * kind; the schema then checks it like the form's. An empty choice takes its default.
 */
export function inputOfCells(specs: FieldSpecs, cells: Record<string, string>, errors: CellErrors): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.csv === false) continue;
    const text = cells[key] ?? '';
    if (spec.kind === 'choice') {
      const code = choiceCell(spec.options, key, text, errors, spec.synonyms);
      out[key] = code === '' && spec.default !== undefined ? undefined : code;
    } else if (spec.kind === 'choices') out[key] = choiceListCell(spec.options, key, text, errors);
    else if (spec.kind === 'boolean') out[key] = boolCell(key, text, errors);
    else out[key] = text;
  }
  return out;
}
