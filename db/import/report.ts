import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import type { ExportFile } from '../contract/exports';
import type { ImportList, ImportProblem, ImportReport, ImportReportSummary } from '../contract/imports';
import { importReports } from '../schema';
import { AppError } from '../errors';
import { readExcelText, sheetCsv } from '../csv/write';
import { normaliseHeading } from '../csv/columns';

// The report an import leaves behind: the refused lines as the file had them, each with its
// problems, and the notes on the lines imported. Kept in the database so that it can be read
// again, printed and downloaded after the import (to correct the refused lines and import them
// again), whatever the screen.

/** A refused line: its cells as the file has them, and why it is refused. */
export interface RefusedLine {
  line: number;
  cells: string[];
  problems: ImportProblem[];
}

interface Details {
  headers: string[];
  refusedLines: RefusedLine[];
  notes: ImportProblem[];
}

const NOT_FOUND = "Ce rapport d'import n'existe pas (ou plus).";

export function saveImportReport(
  ctx: Ctx,
  r: { list: ImportList; fileName: string; summary: string; imported: number; headers: string[]; refused: RefusedLine[]; notes: ImportProblem[] },
): number {
  const details: Details = { headers: r.headers, refusedLines: r.refused, notes: r.notes };
  return ctx.db
    .insert(importReports)
    .values({
      list: r.list,
      fileName: r.fileName,
      importedAt: ctx.now().toISOString(),
      actor: ctx.actor.name,
      summary: r.summary,
      imported: r.imported,
      refused: r.refused.length,
      details: JSON.stringify(details),
    })
    .returning({ id: importReports.id })
    .get().id;
}

type Row = typeof importReports.$inferSelect;

function summaryOf(row: Row): ImportReportSummary {
  return {
    id: row.id,
    list: row.list as ImportList,
    fileName: row.fileName,
    importedAt: row.importedAt,
    actor: row.actor,
    summary: row.summary,
    imported: row.imported,
    refused: row.refused,
  };
}

export function loadImportReport(ctx: Ctx, id: number): ImportReport {
  const row = ctx.db.select().from(importReports).where(eq(importReports.id, id)).get();
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const details = JSON.parse(row.details) as Details;
  return { ...summaryOf(row), headers: details.headers, refusedLines: details.refusedLines, notes: details.notes };
}

/** The latest imports of a list, latest first. */
export function recentImportReports(ctx: Ctx, list: ImportList, limit = 10): ImportReportSummary[] {
  return ctx.db.select().from(importReports).where(eq(importReports.list, list)).orderBy(desc(importReports.id)).limit(limit).all().map(summaryOf);
}

/** One problem in a sentence: « N° de sécurité sociale » : « 2 80 04 … » : Ce NIR est faux… */
export function problemSentence(p: ImportProblem): string {
  const where = p.column || p.field;
  if (!where) return p.message;
  return `${where} : « ${p.value === '' ? '(vide)' : p.value} » : ${p.message}`;
}

/**
 * The refused lines as a CSV file to correct and import again: the file's own columns, in its
 * order, the cells as it had them, and a last column « Problème » (ignored by the import).
 */
export function refusedLinesCsv(report: ImportReport): ExportFile {
  // A file of refused lines imported again has its own « Problème » column: it is replaced.
  const kept = report.headers.flatMap((h, i) => (normaliseHeading(h) === 'probleme' ? [] : [i]));
  const columns = [...kept.map((i) => report.headers[i]!), 'Problème'].map((header) => ({ header, type: 'text' as const }));
  const rows = report.refusedLines.map((l) => [...kept.map((i) => readExcelText(l.cells[i] ?? '')), l.problems.map(problemSentence).join(' | ')]);
  const text = sheetCsv({ name: 'Lignes refusées', columns, rows });
  const base = report.fileName.replace(/\.[^.]*$/, '') || 'import';
  return { fileName: `${base}-lignes-refusees.csv`, format: 'csv', base64: Buffer.from(text, 'utf8').toString('base64') };
}

/**
 * The refused lines and notes of the reports imported before `limit` (a day), emptied: they are
 * a file's lines as they were, names included, tied to no record, so the anonymisation of the
 * people whose path ended before that day must not leave them behind. What the reports count
 * (summary, imported, refused) stays. Returns how many reports were emptied.
 */
export function clearImportLinesBefore(ctx: Ctx, limit: string): number {
  const rows = ctx.sqlite.prepare('SELECT id, details FROM import_reports WHERE imported_at < ?').all(limit) as { id: number; details: string }[];
  const update = ctx.sqlite.prepare('UPDATE import_reports SET details = ? WHERE id = ?');
  let cleared = 0;
  for (const row of rows) {
    const d = JSON.parse(row.details) as Details;
    if (d.refusedLines.length === 0 && d.notes.length === 0) continue;
    update.run(JSON.stringify({ headers: d.headers, refusedLines: [], notes: [] } satisfies Details), row.id);
    cleared++;
  }
  return cleared;
}
