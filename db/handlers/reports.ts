import type { Ctx, Handler } from '../context';
import { DEFAULT_ETP_MINUTES } from '../contract/settings';
import { hoursStatements, payrollStatement } from '../records/month-statements';
import { aspMonthly, monthFigures } from '../records/month-figures';
import { aspCsv, payrollCsv } from '../csv/report-sheets';

// Rapports: the monthly documents (domain §4). Read-only: each is computed from the hours as
// they stand, so a reopened and corrected month prints its corrected figures.

function etpAnnualMinutes(ctx: Ctx): number {
  const v = ctx.sqlite.prepare('SELECT etp_annual_minutes FROM organisation WHERE id = 1').pluck().get() as number | undefined;
  return v ?? DEFAULT_ETP_MINUTES;
}

const statements: Handler<'reports.hoursStatements'> = (ctx, { month, clientIds }) => hoursStatements(ctx, month, clientIds);

const payroll: Handler<'reports.payroll'> = (ctx, { month }) => payrollStatement(ctx, month);

const payrollFile: Handler<'reports.payrollCsv'> = (ctx, { month }) => ({
  fileName: `etat-des-heures-${month}.csv`,
  content: payrollCsv(payrollStatement(ctx, month)),
});

const asp: Handler<'reports.asp'> = (ctx, { month }) => aspMonthly(ctx, month);

const aspFile: Handler<'reports.aspCsv'> = (ctx, { month }) => ({
  fileName: `suivi-mensuel-asp-${month}.csv`,
  content: aspCsv(aspMonthly(ctx, month)),
});

const figures: Handler<'reports.monthFigures'> = (ctx, { month }) => ({ ...monthFigures(ctx, month, etpAnnualMinutes(ctx)), money: null });

export const reportsHandlers = {
  'reports.hoursStatements': statements,
  'reports.payroll': payroll,
  'reports.payrollCsv': payrollFile,
  'reports.asp': asp,
  'reports.aspCsv': aspFile,
  'reports.monthFigures': figures,
};
