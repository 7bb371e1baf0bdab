import { z } from 'zod';

// A list exported to a file: as an Excel workbook (.xlsx, typed cells) or as CSV (text, `;`).

export const EXPORT_FORMATS = [
  { code: 'xlsx', label: 'Classeur Excel (.xlsx)' },
  { code: 'csv', label: 'Fichier CSV (.csv)' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['code'];

export const exportFormat = z.enum(['xlsx', 'csv'], { error: 'Choisissez le format du fichier : .xlsx ou .csv.' }).default('xlsx');

/** A file the back end wrote, for the page to save: its name, its kind and its bytes in base64. */
export interface ExportFile {
  fileName: string;
  /** `json`: a person's whole file (GDPR). */
  format: ExportFormat | 'json';
  base64: string;
}
