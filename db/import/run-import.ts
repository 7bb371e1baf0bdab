import type { z } from 'zod';
import type { Ctx } from '../context';
import type { AuditEntity } from '../contract/audit';
import type { ImportCommitResult, ImportLineError, ImportPreviewResult } from '../contract/imports';
import { guessMapping, missingRequired, type CsvColumn, type CsvMapping } from '../csv/columns';
import { decodeCsvBytes } from '../csv/decode';
import { readExcelText } from '../csv/write';
import { summariseImport } from '../csv/import-report';
import { parseCsv } from '../csv/parse';
import { AppError } from '../errors';
import { audit } from '../audit';

// The one import machinery for every list (workers, clients…): decode the file (UTF-8 with or
// without BOM, Windows-1252), read it (`;` as French Excel writes it), map its headings to the
// expected columns, validate every line with the same zod schema as the form, and report each
// problem in French with its line number and column. The commit re-reads the file and inserts
// the valid lines inside the dispatcher's transaction: all of them or none.

export interface ImportSpec<V> {
  /** Audit-log entity: the same as the handlers use. */
  entity: AuditEntity;
  /** "12 salariés importés". */
  importedLabel(count: number): string;
  columns: CsvColumn[];
  /**
   * Turns a line's cells (by column key, '' when absent) into the schema's input. Cells that
   * cannot be read (an unknown choice, a bad yes/no) are reported here, by column key.
   */
  toInput(cells: Record<string, string>): { input: unknown; errors: { key: string; message: string }[] };
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
}

const SAMPLE_LINES = 5;

function decodeBase64(fileBase64: string): Uint8Array {
  const bytes = Buffer.from(fileBase64, 'base64');
  if (bytes.length === 0) throw new AppError('validation', 'Le fichier est vide.');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
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

  const errors: ImportLineError[] = parsed.problems.map((p) => ({ line: p.line, field: '', message: p.message }));
  const valid: { line: number; value: V }[] = [];
  const sample: ImportPreviewResult['sample'] = [];
  const seen = new Map<string, number>();
  const errorLines = new Set(errors.map((e) => e.line));

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
      const lineErrors: ImportLineError[] = [];
      const converted = spec.toInput(cells);
      for (const e of converted.errors) lineErrors.push({ line: row.line, field: labelOf.get(e.key) ?? e.key, message: e.message });
      const result = spec.schema.safeParse(converted.input);
      if (!result.success) {
        const byField = new Set<string>();
        for (const issue of result.error.issues) {
          // Nested schemas report `worker.birthName`: the column is the first known key.
          const key = issue.path.map(String).find((k) => labelOf.has(k)) ?? String(issue.path[0] ?? '');
          if (byField.has(key) || converted.errors.some((e) => e.key === key)) continue;
          byField.add(key);
          lineErrors.push({ line: row.line, field: labelOf.get(key) ?? key, message: issue.message });
        }
      } else if (lineErrors.length === 0) {
        const dup = spec.duplicate(ctx, result.data, seen);
        if (typeof dup === 'string') lineErrors.push({ line: row.line, field: '', message: dup });
        else if (dup) lineErrors.push({ line: row.line, field: labelOf.get(dup.key) ?? '', message: dup.message });
      }
      if (lineErrors.length > 0) {
        errors.push(...lineErrors);
        errorLines.add(row.line);
      } else if (result.success) {
        valid.push({ line: row.line, value: result.data });
        spec.remember(result.data, row.line, seen);
      }
    }
  }
  errors.sort((a, b) => a.line - b.line);
  const total = parsed.rows.length;
  return {
    valid,
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
      sample,
      summary:
        missing.length > 0
          ? `Colonnes obligatoires à associer : ${missing.join(', ')}.`
          : summariseImport(total, errorLines.size),
    },
  };
}

export function commitImport<V>(
  ctx: Ctx,
  spec: ImportSpec<V>,
  fileBase64: string,
  mapping: CsvMapping,
  skipInvalid: boolean,
): ImportCommitResult {
  const { preview, valid } = analyseImport(ctx, spec, fileBase64, mapping);
  if (preview.missingColumns.length > 0) {
    throw new AppError('validation', `Import impossible : colonnes obligatoires non associées (${preview.missingColumns.join(', ')}).`);
  }
  if (preview.errorLineCount > 0 && !skipInvalid) {
    throw new AppError(
      'validation',
      `${preview.errorLineCount} ligne(s) comportent des erreurs : rien n'a été importé. Corrigez le fichier, ou confirmez que ces lignes seront ignorées.`,
    );
  }
  if (valid.length === 0) throw new AppError('validation', "Aucune ligne valide à importer : rien n'a été importé.");
  for (const { value } of valid) spec.insert(ctx, value);
  audit(ctx, 'import', spec.entity, null, { importees: valid.length, ignorees: preview.errorLineCount });
  const skipped = preview.errorLineCount;
  return {
    imported: valid.length,
    skipped,
    summary: `${spec.importedLabel(valid.length)}${skipped > 0 ? `, ${skipped} ${skipped >= 2 ? 'lignes ignorées' : 'ligne ignorée'}` : ''}.`,
  };
}
