import { z } from 'zod';

// The spreadsheet import of a list (workers, clients): the file and the mapping the user
// chose, and what the preview and the commit answer.

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
});

export interface ImportColumnInfo {
  key: string;
  label: string;
  required: boolean;
}

export interface ImportLineError {
  /** 1-based line of the file. */
  line: number;
  /** The column's French label, or '' for a whole-line problem. */
  field: string;
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
  errors: ImportLineError[];
  /** The first lines as they will be imported (column label → value as read). */
  sample: { line: number; cells: Record<string, string> }[];
  summary: string;
}

export interface ImportCommitResult {
  imported: number;
  skipped: number;
  summary: string;
}
