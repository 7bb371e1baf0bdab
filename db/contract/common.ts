import { z } from 'zod';

// Shapes shared by the list, duplicate and import calls of several domains.

export function listSort<const C extends readonly [string, ...string[]]>(columns: C) {
  return z.object({
    column: z.enum(columns),
    direction: z.enum(['asc', 'desc']).default('asc'),
  });
}
export type ListSort<C extends string = string> = { column: C; direction: 'asc' | 'desc' };

/** A record that looks like the one being created: shown as a warning with a link. */
export interface DuplicateLink {
  id: number;
  label: string;
  /** Why it looks the same, in French ("même NIR", "même nom et même date de naissance"). */
  why: string;
  /** Hash route of its page. */
  to: string;
  /** A blocking duplicate (same NIR) cannot be overridden. */
  blocking: boolean;
}

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

/**
 * A rule's verdict, for a placement being saved or a cell of the hours grid: blocking problems
 * stop the save; warnings ask the user to confirm (placements) or are shown (hours).
 */
export interface RuleIssue {
  code: string;
  severity: 'blocking' | 'warning';
  message: string;
  /** For the hours grid: the cell. */
  placementId?: number;
  day?: string;
}
