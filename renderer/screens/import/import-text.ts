import type { ImportPreviewResult } from '../../../db/contract/imports';
import { formatNumber as n } from '../../../db/base/format';
import { searchKey } from '../../../db/base/search';

// What the import wizard says, in French, counted right (« 1 ligne », « 2 lignes »).

export const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (avec BOM)',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
};

export const DELIMITERS: Record<string, string> = {
  ';': 'point-virgule',
  ',': 'virgule',
  '\t': 'tabulation',
  '|': 'barre verticale',
};

type Counts = Pick<ImportPreviewResult, 'validCount' | 'errorLineCount'>;

/** The import button: « Importer 12 lignes », or « Importer les 9 lignes valides » when some are in error. */
export function importLabel(result: Counts): string {
  const valid = result.validCount;
  if (result.errorLineCount === 0) return valid >= 2 ? `Importer ${n(valid)} lignes` : 'Importer 1 ligne';
  return valid >= 2 ? `Importer les ${n(valid)} lignes valides` : 'Importer la ligne valide';
}

/** What the confirmation says before the lines in error are left out. */
export function skipMessage(result: Counts): string {
  const bad = result.errorLineCount;
  const good = result.validCount;
  const first = bad >= 2 ? `Les ${n(bad)} lignes en erreur ne seront pas importées.` : 'La ligne en erreur ne sera pas importée.';
  const second = good >= 2 ? `Les ${n(good)} lignes valides seront importées.` : 'La ligne valide sera importée.';
  return `${first} ${second}`;
}

/** A header of the file as the lists show it; an empty one is named by its place. */
export function headerName(headers: string[], index: number): string {
  const h = headers[index]?.trim() ?? '';
  return h === '' ? `(colonne ${index + 1} sans titre)` : h;
}

/** Why a chosen file cannot be read as a CSV before sending it, or null. */
export function fileProblem(name: string, size: number, maxBytes: number): string | null {
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(name)) {
    return `« ${name} » est un classeur, pas un fichier CSV. Ouvrez-le dans Excel, choisissez Fichier > Enregistrer sous > « CSV (séparateur : point-virgule) », puis choisissez ici le fichier .csv obtenu.`;
  }
  if (size === 0) return `Le fichier « ${name} » est vide.`;
  if (size > maxBytes) return 'Le fichier dépasse 30 Mo : découpez-le en plusieurs fichiers.';
  return null;
}

/**
 * The column of a problem: as the file heads it, with Passerelle's name when it differs
 * (« N° de sécurité sociale (NIR) »); Passerelle's name alone when the file has no such column.
 */
export function columnName(p: { column: string; field: string }): string {
  if (!p.column) return p.field || '(ligne entière)';
  if (!p.field || searchKey(p.column) === searchKey(p.field)) return p.column;
  return `${p.column} (${p.field})`;
}

/** « 3 lignes ne seront pas importées », or after the import « 3 lignes n'ont pas été importées ». */
export function refusedCount(lines: number, done = false): string {
  if (done) return lines >= 2 ? `${n(lines)} lignes n'ont pas été importées` : "1 ligne n'a pas été importée";
  return lines >= 2 ? `${n(lines)} lignes ne seront pas importées` : '1 ligne ne sera pas importée';
}

/** « 4 lignes sont importées », or after the import « 4 lignes ont été importées ». */
export function notedCount(lines: number, done = false): string {
  if (done) return lines >= 2 ? `${n(lines)} lignes ont été importées` : '1 ligne a été importée';
  return lines >= 2 ? `${n(lines)} lignes seront importées` : '1 ligne sera importée';
}
