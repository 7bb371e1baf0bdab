import { IDENTITY_KINDS, type FieldSpecs } from '../contract/field-spec';

// Matching the headings of an imported file to the columns an import expects, whatever the
// case, accents or punctuation people (or other software) used: « Nom de naissance »,
// « NOM_DE_NAISSANCE » and « nom de naissance  » are the same heading.

export interface CsvColumn {
  /** Field name in the imported value (e.g. `birthName`). */
  key: string;
  /** French heading, used on export and in error messages. */
  label: string;
  /** Other headings accepted on import (other software's names, abbreviations). */
  aliases: string[];
  required?: boolean;
  /**
   * A field a line can do without: when its cell cannot be read (an e-mail address with a
   * typing error, an unknown choice), the line is imported without it, with a note. Not a
   * required field, nor one with a default (a nationality), nor an identity or a date (IDENTITY_KINDS):
   * a wrong one of those refuses the line.
   */
  optional?: boolean;
}

/**
 * The columns an import reads for an entity, from its field description (db/contract/field-spec.ts),
 * in its order: the same as the export's and the template's, less what only the export writes.
 */
export function csvColumnsOf(specs: FieldSpecs): CsvColumn[] {
  return Object.entries(specs).flatMap(([key, spec]): CsvColumn[] => {
    if (spec.csv === false || spec.csv.exportOnly) return [];
    const hasDefault = 'default' in spec && spec.default !== undefined;
    const needed = spec.required === true && !hasDefault;
    return [
      {
        key,
        label: spec.csv.header ?? spec.label,
        aliases: [...(spec.csv.aliases ?? [])],
        ...(needed ? { required: true } : {}),
        ...(spec.required !== true && !hasDefault && !IDENTITY_KINDS.has(spec.kind) ? { optional: true } : {}),
      },
    ];
  });
}

/** Column key → index of the file's header for it, or null when the file has no such column. */
export type CsvMapping = Record<string, number | null>;

/** Lowercase, no accents, `œ`→`oe`, every run of non-alphanumerics → one space, trimmed. */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * For each column, the first header not yet taken that matches its label; then, for columns
 * still unmatched, the first free header matching one of its aliases (so a label always wins
 * over another column's alias). Each header serves at most one column.
 */
export function guessMapping(headers: string[], columns: CsvColumn[]): CsvMapping {
  const normalised = headers.map(normaliseHeading);
  const used = new Set<number>();
  const mapping: CsvMapping = {};
  const take = (names: string[]): number | null => {
    const wanted = new Set(names.map(normaliseHeading).filter((n) => n !== ''));
    const index = normalised.findIndex((h, i) => !used.has(i) && wanted.has(h));
    if (index < 0) return null;
    used.add(index);
    return index;
  };
  for (const column of columns) mapping[column.key] = take([column.label]);
  for (const column of columns) {
    if (mapping[column.key] === null) mapping[column.key] = take(column.aliases);
  }
  return mapping;
}

/** The required columns the mapping leaves without a header. */
export function missingRequired(mapping: CsvMapping, columns: CsvColumn[]): CsvColumn[] {
  return columns.filter((c) => c.required && (mapping[c.key] === null || mapping[c.key] === undefined));
}
