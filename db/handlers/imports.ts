import type { Ctx, Handler } from '../context';
import type { ImportList } from '../contract/imports';
import { allows, type Permission } from '../contract/roles';
import { auditExport } from '../audit';
import { AppError } from '../errors';
import { loadImportReport, recentImportReports, refusedLinesCsv } from '../import/report';

// The reports imports leave behind: read again, printed, and their refused lines downloaded.
// They hold the lines of a list: who may import that list may read them (the contract declares
// `account`; the list is known once the report is read).

const RIGHTS: Record<ImportList, Permission> = { salaries: 'workers.write', utilisateurs: 'clients.write' };

function refuseOtherList(ctx: Ctx, list: ImportList): void {
  if (!ctx.account || !allows(RIGHTS[list], ctx.account.role)) {
    throw new AppError('forbidden', 'Votre rôle ne permet pas de lire les imports de cette liste.');
  }
}

const report: Handler<'imports.report'> = (ctx, { id }) => {
  const r = loadImportReport(ctx, id);
  refuseOtherList(ctx, r.list);
  return r;
};
const refusedLines: Handler<'imports.refusedLines'> = (ctx, { id }) => {
  const r = loadImportReport(ctx, id);
  refuseOtherList(ctx, r.list);
  auditExport(ctx, 'import', id, { format: 'csv', lignes: r.refusedLines.length });
  return refusedLinesCsv(r);
};
const recent: Handler<'imports.recent'> = (ctx, { list }) => {
  refuseOtherList(ctx, list);
  return recentImportReports(ctx, list);
};

export const importsHandlers = {
  'imports.report': report,
  'imports.refusedLines': refusedLines,
  'imports.recent': recent,
};
