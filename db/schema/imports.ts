import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { idColumn } from './columns';

/**
 * The report of each spreadsheet import, kept after the import so that the office can print it
 * and download the refused lines to correct them (db/import/report.ts).
 */
export const importReports = sqliteTable(
  'import_reports',
  {
    id: idColumn(),
    /** Which list: `salaries` or `utilisateurs`. */
    list: text('list').notNull(),
    fileName: text('file_name').notNull(),
    importedAt: text('imported_at').notNull(),
    actor: text('actor').notNull(),
    summary: text('summary').notNull(),
    imported: integer('imported').notNull(),
    refused: integer('refused').notNull(),
    /** JSON: the file's headings, each refused line (its cells and problems), the notes on imported lines. */
    details: text('details').notNull(),
  },
  (t) => [index('import_reports_list').on(t.list, t.importedAt), check('import_reports_list_known', sql`${t.list} IN ('salaries', 'utilisateurs')`)],
);
