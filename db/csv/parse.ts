// Reads CSV text (already decoded, see decode.ts) into a header line and rows, each row with
// its line number in the file so that an import can say « ligne 12 : date invalide ».
//
// - Delimiter: ';' (what French Excel writes), ',' or tab, recognised from the first rows; an
//   Excel `sep=;` first line is honoured and skipped.
// - Quoted cells may hold the delimiter, doubled quotes and line breaks (CRLF, LF or CR files).
// - Line numbers are those of the file, header = line 1 (unless empty lines precede it): a
//   quoted cell spanning three lines moves the next row three lines down. They are computed from
//   the raw text, because papaparse's row index counts records, not lines.
// - Rows whose cells are all empty (blank lines, `;;;` lines Excel leaves behind) are skipped;
//   cells and headers are trimmed; short rows are padded with '' up to the number of headers.

import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface ParsedCsv {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  /** File-level defects papaparse noticed (an unclosed quote…), in French. Usually empty. */
  problems: CsvProblem[];
}

export const CSV_DELIMITERS = [';', '\t', ','] as const;

const SAMPLE_ROWS = 20;

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * The delimiter of `text`: among ';', tab and ',', the one that splits the first non-empty row
 * into at least two cells and gives that many cells to the most of the following rows. Ties go
 * to ';' then tab then ',' (a French file full of decimal commas is still ';'). Single-column
 * files get ';'.
 */
export function guessDelimiter(text: string): string {
  let best: string = ';';
  let bestScore = -1;
  for (const delimiter of CSV_DELIMITERS) {
    const data = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS }).data.filter((r) => !isBlank(r));
    const width = data[0]?.length ?? 0;
    if (width < 2) continue;
    const score = data.filter((r) => r.length === width).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Maps text offsets to 1-based line numbers. Offsets must be asked in increasing order. */
function lineCounter(text: string): (offset: number) => number {
  // A line break is '\n' (LF and CRLF files); in a file with no '\n' at all, '\r' (old Mac).
  const brk = text.includes('\n') ? '\n' : '\r';
  let pos = 0;
  let line = 1;
  return (offset: number) => {
    for (; pos < offset && pos < text.length; pos++) {
      if (text[pos] === brk) line++;
    }
    return line;
  };
}

function problemMessage(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') {
    return "Guillemet ouvert jamais refermé : la suite du fichier a été lue comme une seule cellule.";
  }
  if (error.code === 'InvalidQuotes') return 'Guillemets mal placés dans une cellule.';
  return error.message;
}

export function parseCsv(text: string): ParsedCsv {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let offset = text.length - body.length;
  let forced: string | null = null;
  const sep = /^sep=(.)(\r\n|\n|\r|$)/i.exec(body);
  if (sep) {
    forced = sep[1]!;
    offset += sep[0].length;
    body = body.slice(sep[0].length);
  }
  const delimiter = forced ?? guessDelimiter(body);
  const lineAt = lineCounter(text); // offsets below are in `text`, papaparse's in `body`

  const records: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let start = offset;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result) => {
      const line = lineAt(start);
      for (const error of result.errors) {
        problems.push({ line, message: problemMessage(error) });
      }
      if (!isBlank(result.data)) records.push({ line, cells: result.data.map((c) => c.trim()) });
      start = offset + result.meta.cursor;
    },
  });

  const [head, ...rows] = records;
  const headers = head ? head.cells : [];
  for (const row of rows) {
    while (row.cells.length < headers.length) row.cells.push('');
  }
  return { headers, rows, delimiter, problems };
}
