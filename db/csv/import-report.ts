// The one-sentence summary of an import, in French. (The preview's shape, line errors included,
// travels to the UI: it lives in the API contract, db/contract/imports.ts.)

import { formatNumber } from '../base/format';

function count(n: number, singular: string, plural: string): string {
  // French: 0 and 1 take the singular.
  return `${formatNumber(n)} ${Math.abs(n) >= 2 ? plural : singular}`;
}

/**
 * « 200 lignes lues : 197 valides, 3 en erreur. » — `errorLines` = lines with at least one error;
 * `noteLines`, valid lines imported with a note, are counted after: « 4 avec une remarque. »
 */
export function summariseImport(total: number, errorLines: number, noteLines = 0): string {
  const valid = Math.max(0, total - errorLines);
  const counts = `${count(total, 'ligne lue', 'lignes lues')} : ${count(valid, 'valide', 'valides')}, ${formatNumber(errorLines)} en erreur.`;
  if (noteLines === 0) return counts;
  return `${counts} ${noteLines >= 2 ? `${formatNumber(noteLines)} lignes valides portent une remarque` : '1 ligne valide porte une remarque'}.`;
}
