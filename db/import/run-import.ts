import type { z } from 'zod';
import type { Ctx } from '../context';
import type { AuditEntity } from '../contract/audit';
import type { ImportCommitResult, ImportList, ImportPreviewResult, ImportProblem } from '../contract/imports';
import { guessMapping, missingRequired, type CsvColumn, type CsvMapping } from '../csv/columns';
import { decodeCsvBytes } from '../csv/decode';
import { readExcelText } from '../csv/write';
import { summariseImport } from '../csv/import-report';
import { parseCsv } from '../csv/parse';
import { AppError } from '../errors';
import { audit } from '../audit';
import { linkReferents } from '../records/accounts';
import type { CellErrors } from './cells';
import { saveImportReport, type RefusedLine } from './report';

// The one import machinery for every list (workers, clients…): decode the file (UTF-8 with or
// without BOM, Windows-1252), read it (`;` as French Excel writes it), map its headings to the
// expected columns, validate every line with the same zod schema as the form, and report each
// problem in French with its line, the column as the file heads it and the value refused.
// A line is refused for a required field, an identity (NIR, SIRET, PASS IAE) or a date; an
// optional field that cannot be read is left out of the line, with a note (CsvColumn.optional).
// The commit re-reads the file and inserts the valid lines inside the dispatcher's transaction,
// all of them or none, and keeps the report (report.ts).

export interface ImportSpec<V> {
  /** The list the import fills (its report says so). */
  list: ImportList;
  /** Audit-log entity: the same as the handlers use. */
  entity: AuditEntity;
  /** "12 salariés importés". */
  importedLabel(count: number): string;
  columns: CsvColumn[];
  /**
   * Turns a line's cells (by column key, '' when absent) into the schema's input. Cells that
   * cannot be read (an unknown choice, a bad yes/no) are reported in `errors`, what was restored
   * (a phone's lost 0) in `notes`, by column key.
   */
  toInput(cells: Record<string, string>): { input: unknown; errors: CellErrors; notes: CellErrors };
  schema: z.ZodType<V>;
  /**
   * A French message when the value is already in the database or earlier in the file: for
   * the whole line (a string), or for one column (`key` is the column's key).
   */
  duplicate(ctx: Ctx, value: V, seenInFile: Map<string, number>): string | { key: string; message: string } | null;
  /** Records a valid line's identity, so that a later line repeating it is reported. */
  remember(value: V, line: number, seenInFile: Map<string, number>): void;
  insert(ctx: Ctx, value: V): void;
}

interface Analysis<V> {
  preview: ImportPreviewResult;
  valid: { line: number; value: V }[];
  refused: RefusedLine[];
}

/** A problem of a line, by column key ('' for the whole line). */
interface Keyed {
  key: string;
  message: string;
}

const SAMPLE_LINES = 5;
/** Each pass leaves out the optional fields that failed; a field left out may make another fail (a permit needed). */
const MAX_PASSES = 4;

function decodeBase64(fileBase64: string): Uint8Array {
  const bytes = Buffer.from(fileBase64, 'base64');
  if (bytes.length === 0) throw new AppError('validation', 'Le fichier est vide.');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** The schema's problems, one per column (the first), after the cells' own. */
function problemsOf(converted: { errors: CellErrors }, result: z.ZodSafeParseResult<unknown>, keys: ReadonlySet<string>): Keyed[] {
  const out: Keyed[] = [...converted.errors];
  if (result.success) return out;
  for (const issue of result.error.issues) {
    // Nested schemas report `worker.birthName`: the column is the first known key.
    const key = issue.path.map(String).find((k) => keys.has(k)) ?? '';
    if (!out.some((p) => p.key === key)) out.push({ key, message: issue.message });
  }
  return out;
}

/**
 * One line checked: its value, with notes; or its problems. An optional field that fails is
 * left out and the line checked again, until it passes or a problem refuses it.
 */
function checkLine<V>(spec: ImportSpec<V>, cells: Record<string, string>, keys: ReadonlySet<string>, optional: ReadonlySet<string>) {
  const current = { ...cells };
  const left: Keyed[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const converted = spec.toInput(current);
    const result = spec.schema.safeParse(converted.input);
    const problems = problemsOf(converted, result, keys);
    if (result.success && problems.length === 0) {
      const notes = [...converted.notes, ...left.map((p) => ({ key: p.key, message: `${p.message} La valeur n'est pas importée.` }))];
      return { value: result.data, problems: [] as Keyed[], notes };
    }
    if (!problems.every((p) => optional.has(p.key) && current[p.key] !== '')) {
      // A field left out that is then missing (a layoff's post) is told once: why it was left out.
      return { value: null, problems: [...left, ...problems.filter((p) => !left.some((l) => l.key === p.key))], notes: [] };
    }
    for (const p of problems) {
      left.push(p);
      current[p.key] = '';
    }
  }
  return { value: null, problems: left, notes: [] };
}

export function analyseImport<V>(ctx: Ctx, spec: ImportSpec<V>, fileBase64: string, chosen: CsvMapping | null): Analysis<V> {
  const { text, encoding } = decodeCsvBytes(decodeBase64(fileBase64));
  const parsed = parseCsv(text);
  if (parsed.headers.length === 0) {
    throw new AppError('validation', "Le fichier ne contient pas de ligne d'en-têtes : est-ce bien un fichier CSV ?");
  }
  const mapping: CsvMapping = {};
  const guessed = guessMapping(parsed.headers, spec.columns);
  for (const col of spec.columns) {
    const index = chosen ? (chosen[col.key] ?? null) : (guessed[col.key] ?? null);
    mapping[col.key] = index !== null && index < parsed.headers.length ? index : null;
  }
  const missing = missingRequired(mapping, spec.columns).map((c) => c.label);
  const labelOf = new Map(spec.columns.map((c) => [c.key, c.label]));
  const keys = new Set(spec.columns.map((c) => c.key));
  const optional = new Set(spec.columns.filter((c) => c.optional).map((c) => c.key));
  /** A problem as the report shows it: the file's own heading, Passerelle's name, the value. */
  const problem = (line: number, cells: Record<string, string>, p: Keyed): ImportProblem => {
    const index = mapping[p.key];
    return {
      line,
      column: index === null || index === undefined ? '' : (parsed.headers[index]?.trim() ?? ''),
      field: labelOf.get(p.key) ?? '',
      value: cells[p.key] ?? '',
      message: p.message,
    };
  };

  const fileProblems: ImportProblem[] = parsed.problems.map((p) => ({ line: p.line, column: '', field: '', value: '', message: p.message }));
  const errors: ImportProblem[] = [...fileProblems];
  const notes: ImportProblem[] = [];
  const valid: { line: number; value: V }[] = [];
  const refused: RefusedLine[] = [];
  const sample: ImportPreviewResult['sample'] = [];
  const seen = new Map<string, number>();
  const errorLines = new Set(errors.map((e) => e.line));
  const noteLines = new Set<number>();

  if (missing.length === 0) {
    for (const row of parsed.rows) {
      const cells: Record<string, string> = {};
      for (const col of spec.columns) {
        const index = mapping[col.key];
        cells[col.key] = index === null || index === undefined ? '' : readExcelText((row.cells[index] ?? '').trim()).trim();
      }
      if (sample.length < SAMPLE_LINES) {
        sample.push({
          line: row.line,
          cells: Object.fromEntries(spec.columns.filter((c) => mapping[c.key] !== null).map((c) => [c.label, cells[c.key] ?? ''])),
        });
      }
      const checked = checkLine(spec, cells, keys, optional);
      const lineProblems = checked.problems.map((p) => problem(row.line, cells, p));
      if (checked.value !== null) {
        const dup = spec.duplicate(ctx, checked.value, seen);
        if (typeof dup === 'string') lineProblems.push(problem(row.line, cells, { key: '', message: dup }));
        else if (dup) lineProblems.push(problem(row.line, cells, dup));
      }
      // A line the file itself garbled (an unclosed quote) is refused with that reason too.
      const garbled = fileProblems.filter((p) => p.line === row.line);
      if (lineProblems.length > 0 || checked.value === null || garbled.length > 0) {
        errors.push(...lineProblems);
        errorLines.add(row.line);
        refused.push({ line: row.line, cells: row.cells, problems: [...garbled, ...lineProblems] });
      } else {
        valid.push({ line: row.line, value: checked.value });
        spec.remember(checked.value, row.line, seen);
        if (checked.notes.length > 0) {
          notes.push(...checked.notes.map((n) => problem(row.line, cells, n)));
          noteLines.add(row.line);
        }
      }
    }
  }
  errors.sort((a, b) => a.line - b.line);
  const total = parsed.rows.length;
  return {
    valid,
    refused,
    preview: {
      encoding,
      delimiter: parsed.delimiter,
      headers: parsed.headers,
      columns: spec.columns.map((c) => ({ key: c.key, label: c.label, required: !!c.required })),
      mapping,
      missingColumns: missing,
      total,
      validCount: valid.length,
      errorLineCount: errorLines.size,
      errors,
      notes,
      noteLineCount: noteLines.size,
      sample,
      summary:
        missing.length > 0
          ? `Colonnes obligatoires à associer : ${missing.join(', ')}.`
          : summariseImport(total, errorLines.size, noteLines.size),
    },
  };
}

export function commitImport<V>(
  ctx: Ctx,
  spec: ImportSpec<V>,
  input: { fileBase64: string; mapping: CsvMapping; skipInvalid: boolean; fileName: string | null },
): ImportCommitResult {
  const analysis = analyseImport(ctx, spec, input.fileBase64, input.mapping);
  const { preview, valid } = analysis;
  if (preview.missingColumns.length > 0) {
    throw new AppError('validation', `Import impossible : colonnes obligatoires non associées (${preview.missingColumns.join(', ')}).`);
  }
  if (preview.errorLineCount > 0 && !input.skipInvalid) {
    throw new AppError(
      'validation',
      `${preview.errorLineCount} ligne(s) comportent des erreurs : rien n'a été importé. Corrigez le fichier, ou confirmez que ces lignes seront ignorées.`,
    );
  }
  if (valid.length === 0) throw new AppError('validation', "Aucune ligne valide à importer : rien n'a été importé.");
  for (const { value } of valid) spec.insert(ctx, value);
  // A referent named in the file is linked to the account of that name, as a form's would be.
  if (spec.list === 'salaries') linkReferents(ctx.sqlite);
  const skipped = preview.errorLineCount;
  const summary = `${spec.importedLabel(valid.length)}${skipped > 0 ? `, ${skipped} ${skipped >= 2 ? 'lignes ignorées' : 'ligne ignorée'}` : ''}.`;
  const reportId = saveImportReport(ctx, {
    list: spec.list,
    fileName: input.fileName ?? 'fichier importé',
    summary,
    imported: valid.length,
    headers: preview.headers,
    refused: analysis.refused,
    notes: preview.notes,
  });
  audit(ctx, 'import', spec.entity, null, { importees: valid.length, ignorees: skipped, rapport: reportId });
  return { imported: valid.length, skipped, summary, reportId };
}
