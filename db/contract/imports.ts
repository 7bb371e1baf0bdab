import { z } from 'zod';
import { call } from './define';
import { optionalText } from './fields';
import type { ExportFile } from './exports';

// The spreadsheet import of a list (workers, clients): the file and the mapping the user
// chose, what the preview and the commit answer, and the report each import leaves behind.

const base64 = z
  .string({ error: 'Fichier manquant.' })
  .min(1, { error: 'Le fichier est vide.' })
  .max(40_000_000, { error: 'Le fichier dépasse 30 Mo : découpez-le en plusieurs fichiers.' });

/** The file's bytes (base64) and, after the first preview, the column mapping chosen. */
export const importPreviewInput = z.object({
  fileBase64: base64,
  mapping: z.record(z.string(), z.number().int().min(0).nullable()).nullable().default(null),
});

export const importCommitInput = importPreviewInput.extend({
  mapping: z.record(z.string(), z.number().int().min(0).nullable()),
  /** The user confirmed that the lines in error are left out. */
  skipInvalid: z.boolean().default(false),
  /** The file's name, for the report. */
  fileName: optionalText(255),
});

export interface ImportColumnInfo {
  key: string;
  label: string;
  required: boolean;
}

/** A problem on one line of the file: a refusal (the line is left out) or a note (the line is imported). */
export interface ImportProblem {
  /** 1-based line of the file. */
  line: number;
  /** The column as the file heads it (« N° de sécurité sociale »), or '' for the whole line. */
  column: string;
  /** Passerelle's name for it (« NIR »), or '' for the whole line. */
  field: string;
  /** What the cell held. */
  value: string;
  message: string;
}

export interface ImportPreviewResult {
  encoding: string;
  delimiter: string;
  headers: string[];
  columns: ImportColumnInfo[];
  mapping: Record<string, number | null>;
  /** Required columns the mapping does not provide: nothing is checked until they are. */
  missingColumns: string[];
  total: number;
  validCount: number;
  errorLineCount: number;
  /** Why each refused line is refused. */
  errors: ImportProblem[];
  /** What was changed or left out on lines that are imported (a phone's lost 0 restored, a bad e-mail left out). */
  notes: ImportProblem[];
  noteLineCount: number;
  /** The first lines as they will be imported (column label → value as read). */
  sample: { line: number; cells: Record<string, string> }[];
  summary: string;
}

export interface ImportCommitResult {
  imported: number;
  skipped: number;
  summary: string;
  /** The report kept of this import (imports.report). */
  reportId: number;
}

/** Which list an import fills: its report says so, and the screens go back to it. */
export const IMPORT_LISTS = ['salaries', 'utilisateurs'] as const;
export type ImportList = (typeof IMPORT_LISTS)[number];

export interface ImportReportSummary {
  id: number;
  list: ImportList;
  fileName: string;
  importedAt: string;
  actor: string;
  summary: string;
  imported: number;
  refused: number;
}

/** The report kept after an import: the refused lines as the file had them, with their problems. */
export interface ImportReport extends ImportReportSummary {
  headers: string[];
  refusedLines: { line: number; cells: string[]; problems: ImportProblem[] }[];
  notes: ImportProblem[];
}

const id = z.object({ id: z.number().int().positive() });

export const importsContract = {
  // Which list decides who may read a report (the rights on salariés or on utilisateurs): the
  // handler checks it once the report is read (db/handlers/imports.ts).
  'imports.report': call<ImportReport>()(id, { write: false, permission: 'account' }),
  /** The refused lines as a CSV file: the file's columns and a « Problème » column, to correct and import again. */
  'imports.refusedLines': call<ExportFile>()(id, { write: false, permission: 'account' }),
  'imports.recent': call<ImportReportSummary[]>()(z.object({ list: z.enum(IMPORT_LISTS) }), { write: false, permission: 'account' }),
};
