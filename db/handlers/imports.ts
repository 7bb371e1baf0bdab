import type { Handler } from '../context';
import { loadImportReport, recentImportReports, refusedLinesCsv } from '../import/report';

// The reports imports leave behind: read again, printed, and their refused lines downloaded.

const report: Handler<'imports.report'> = (ctx, { id }) => loadImportReport(ctx, id);
const refusedLines: Handler<'imports.refusedLines'> = (ctx, { id }) => refusedLinesCsv(loadImportReport(ctx, id));
const recent: Handler<'imports.recent'> = (ctx, { list }) => recentImportReports(ctx, list);

export const importsHandlers = {
  'imports.report': report,
  'imports.refusedLines': refusedLines,
  'imports.recent': recent,
};
