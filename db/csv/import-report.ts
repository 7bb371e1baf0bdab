// What an import shows before anything is written: the file as understood, the values it
// would create and, line by line, what is wrong — in French.

import { formatNumber } from '../contract/format';
import type { CsvMapping } from './columns';

// The line error travels to the UI: its type lives in the API contract.
export type { ImportLineError } from '../contract/common';
import type { ImportLineError } from '../contract/common';

export interface ImportPreview<T> {
  encoding: string;
  delimiter: string;
  headers: string[];
  mapping: CsvMapping;
  /** Non-empty data lines read (header excluded). */
  total: number;
  valid: { line: number; value: T }[];
  errors: ImportLineError[];
  /** The first lines, cells by column key, for the user to check the mapping. */
  sample: { line: number; cells: Record<string, string> }[];
}

function count(n: number, singular: string, plural: string): string {
  // French: 0 and 1 take the singular.
  return `${formatNumber(n)} ${Math.abs(n) >= 2 ? plural : singular}`;
}

/** « 200 lignes lues : 197 valides, 3 en erreur. » — `errorLines` = lines with at least one error. */
export function summariseImport(total: number, errorLines: number): string {
  const valid = Math.max(0, total - errorLines);
  return `${count(total, 'ligne lue', 'lignes lues')} : ${count(valid, 'valide', 'valides')}, ${formatNumber(errorLines)} en erreur.`;
}
