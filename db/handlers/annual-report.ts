import type { Ctx, Handler } from '../context';
import type { AnnualReport, ReportDetails } from '../contract/annual-report';
import { figureTitle } from '../contract/annual-report';
import { DEFAULT_ETP_MINUTES } from '../contract/settings';
import { periodMonths } from '../rules/annual-report';
import { todayIso } from '../base/dates';
import { AppError } from '../errors';
import { pathsInPeriod } from '../records/report-paths';
import { statement } from '../records/statements';
import { workerFigures, workersBehind } from '../records/report-workers';
import { hoursBehind, hoursFigures, placementMonths } from '../records/report-hours';
import { invoicesBehind, turnoverFigures } from '../records/report-turnover';
import { annualReportSheet } from '../csv/annual-report-sheet';
import { exportFile } from '../import/exports';

// The rapport d'activité (domain §5): its figures, the list behind any of them, its export.

function settings(ctx: Ctx): { name: string; etpAnnualMinutes: number } {
  const row = statement(ctx.sqlite, 'SELECT name, etp_annual_minutes AS etpAnnualMinutes FROM organisation WHERE id = 1').get() as
    | { name: string; etpAnnualMinutes: number }
    | undefined;
  return row ?? { name: '', etpAnnualMinutes: DEFAULT_ETP_MINUTES };
}

export function buildAnnualReport(ctx: Ctx, from: string, to: string): AnnualReport {
  const { name, etpAnnualMinutes } = settings(ctx);
  const months = periodMonths(from, to);
  return {
    from,
    to,
    months,
    etpAnnualMinutes,
    organisationName: name,
    ...workerFigures(pathsInPeriod(ctx, from, to), from, to),
    ...hoursFigures(placementMonths(ctx, from, to), from, to, etpAnnualMinutes, months),
    turnover: turnoverFigures(ctx, from, to),
  };
}

const get: Handler<'annualReport.get'> = (ctx, { from, to }) => buildAnnualReport(ctx, from, to);

const details: Handler<'annualReport.details'> = (ctx, { period: { from, to }, figure }): ReportDetails => {
  const title = figureTitle(figure);
  if (title === null) throw new AppError('not_found', "Ce chiffre n'existe pas dans le rapport d'activité.");
  const workers = workersBehind(pathsInPeriod(ctx, from, to), from, to, figure);
  if (workers) return { title, from, to, kind: 'workers', rows: workers };
  const hours = hoursBehind(ctx, placementMonths(ctx, from, to), figure);
  if (hours) return { title, from, to, ...hours };
  const invoices = invoicesBehind(ctx, from, to, figure);
  if (invoices) return { title, from, to, kind: 'invoices', rows: invoices, cents: invoices.reduce((s, r) => s + r.cents, 0) };
  throw new AppError('not_found', "Ce chiffre n'existe pas dans le rapport d'activité.");
};

/** `rapport-activite-2026` for a calendar year, `rapport-activite-2026-01-01-au-2026-06-30` otherwise (the export adds the day). */
function reportFileName(from: string, to: string): string {
  const year = from.slice(0, 4);
  return from === `${year}-01-01` && to === `${year}-12-31` ? `rapport-activite-${year}` : `rapport-activite-${from}-au-${to}`;
}

const exportReport: Handler<'annualReport.export'> = (ctx, { period: { from, to }, format }) =>
  exportFile(annualReportSheet(buildAnnualReport(ctx, from, to)), format, reportFileName(from, to), todayIso(ctx.now()));

export const annualReportHandlers = {
  'annualReport.get': get,
  'annualReport.details': details,
  'annualReport.export': exportReport,
};
