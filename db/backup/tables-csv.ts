import type Database from 'better-sqlite3';
import { CSV_BOM, csvLine, type CsvCell } from '../csv/write';
import type { ZipPart } from './archive';

// « Quitter le logiciel » : every table of the database as a CSV file, in one zip, so that the
// office can take its data anywhere. The CSV files are written like the list exports (UTF-8
// with a BOM, `;`, CRLF), with the database's own column names and stored values: dates
// AAAA-MM-JJ, amounts in cents, durations in minutes, yes/no as 1/0 (explained in LISEZMOI.txt).

const BATCH = 5000;
const encoder = new TextEncoder();

export const README_TEXT = `Export complet des données de Passerelle
=========================================

Un fichier CSV par table de la base de données, à ouvrir avec Excel ou LibreOffice
(UTF-8, séparateur point-virgule). La première ligne donne les noms des colonnes.

Les valeurs sont celles enregistrées par Passerelle :
- dates au format AAAA-MM-JJ (2026-11-26), dates et heures au format ISO 8601 ;
- montants en centimes (2250 = 22,50 €) ;
- durées en minutes (450 = 7 h 30) ;
- oui / non écrits 1 / 0 ;
- les colonnes *_id renvoient à la colonne id d'une autre table (worker_id : table workers…).

Tables principales : workers (salariés), clients (utilisateurs), placements (missions),
hours (heures par mission et par jour), pass_iae et pass_iae_periods (PASS IAE),
eligibility_diagnoses (diagnostics d'éligibilité), memberships (adhésions),
organisation (identité de l'association), audit_log (journal des modifications).
`.replace(/\n/g, '\r\n');

function cell(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return String(value);
}

function* tableChunks(db: Database.Database, table: string): Generator<Uint8Array> {
  const statement = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw(true);
  const header = statement.columns().map((c) => c.name);
  yield encoder.encode(`${CSV_BOM}${csvLine(header)}\r\n`);
  let lines: string[] = [];
  for (const row of statement.iterate() as Iterable<unknown[]>) {
    lines.push(csvLine(row.map(cell)));
    if (lines.length >= BATCH) {
      yield encoder.encode(`${lines.join('\r\n')}\r\n`);
      lines = [];
    }
  }
  if (lines.length > 0) yield encoder.encode(`${lines.join('\r\n')}\r\n`);
}

/** The tables of `db` (SQLite's own excepted), in name order. */
export function tableNames(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

/**
 * The zip's parts: LISEZMOI.txt and one `<table>.csv` per table, read lazily from `db` (a
 * snapshot, not the live connection: reading it keeps the connection busy).
 */
export function tableParts(db: Database.Database): ZipPart[] {
  return [
    { name: 'LISEZMOI.txt', chunks: [encoder.encode(`${CSV_BOM}${README_TEXT}`)] },
    ...tableNames(db).map((table) => ({ name: `${table}.csv`, chunks: { [Symbol.iterator]: () => tableChunks(db, table) } })),
  ];
}
