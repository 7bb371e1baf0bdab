import type { Ctx, Handler } from '../context';
import { DEFAULT_ETP_MINUTES } from '../contract/settings';
import { hoursStatements, payrollStatement } from '../records/month-statements';
import { aspMonthly, monthFigures } from '../records/month-figures';
import { aspSheet, payrollSheet } from '../csv/report-sheets';
import { exportFile } from '../import/exports';
import { auditExport } from '../audit';

// Rapports: the monthly documents (domain §4). Read-only: each is computed from the hours as
// they stand, so a reopened and corrected month prints its corrected figures.

function etpAnnualMinutes(ctx: Ctx): number {
  const v = ctx.sqlite.prepare('SELECT etp_annual_minutes FROM organisation WHERE id = 1').pluck().get() as number | undefined;
  return v ?? DEFAULT_ETP_MINUTES;
}

const statements: Handler<'reports.hoursStatements'> = (ctx, { month, clientIds }) => hoursStatements(ctx, month, clientIds);

const payroll: Handler<'reports.payroll'> = (ctx, { month }) => payrollStatement(ctx, month);

// The month stands where a list's export puts the day: `etat-des-heures-2026-03.xlsx`.
const payrollFile: Handler<'reports.payrollExport'> = (ctx, { month, format }) => {
  auditExport(ctx, 'etat_heures', month, { format });
  return exportFile(payrollSheet(payrollStatement(ctx, month)), format, 'etat-des-heures', month);
};

const asp: Handler<'reports.asp'> = (ctx, { month }) => aspMonthly(ctx, month);

const aspFile: Handler<'reports.aspExport'> = (ctx, { month, format }) => {
  auditExport(ctx, 'suivi_asp', month, { format });
  return exportFile(aspSheet(aspMonthly(ctx, month)), format, 'suivi-mensuel-asp', month);
};

const figures: Handler<'reports.monthFigures'> = (ctx, { month }) => monthFigures(ctx, month, etpAnnualMinutes(ctx));

export const reportsHandlers = {
  'reports.hoursStatements': statements,
  'reports.payroll': payroll,
  'reports.payrollExport': payrollFile,
  'reports.asp': asp,
  'reports.aspExport': aspFile,
  'reports.monthFigures': figures,
};
