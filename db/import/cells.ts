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
