import { z } from 'zod';
import { call } from './define';
import type { ClientKind, TaskKind } from './reference';
import { isMonth } from '../base/months';
import { exportFormat, type ExportFile } from './exports';

// The monthly documents (domain §4, Rapports): the relevé d'heures of each client, the état des
// heures par salarié for the payroll office, the suivi mensuel the office types into the ASP's
// extranet, and the month's dashboard figures. Hours in integer minutes, money in integer cents.

export { fullTimeEquivalent } from '../rules/etp';

const month = z.string().refine((m) => isMonth(m) && m >= '2000' && m < '2100', { error: 'Mois invalide (entre 2000 et 2099).' });

/** One placement on a client's relevé: who, what, when, and the hours day by day. */
export interface StatementPlacement {
  placementId: number;
  workerId: number;
  workerName: string;
  taskKind: TaskKind;
  taskDetail: string | null;
  startDate: string;
  endDate: string;
  /** The days worked in the month, in order. */
  days: { day: string; minutes: number }[];
  minutes: number;
}

/** The relevé d'heures of one client for one month: what the client signs, and what is invoiced. */
export interface HoursStatement {
  month: string;
  clientId: number;
  clientName: string;
  clientKind: ClientKind;
  contactName: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  siret: string | null;
  placements: StatementPlacement[];
  minutes: number;
}

/** A worker's hours with one client at one wage rate. */
export interface PayrollLine {
  clientId: number;
  clientName: string;
  minutes: number;
  wageRateCents: number;
  /** minutes × wage rate ÷ 60, rounded to the cent (db/base/money.ts). */
  grossCents: number;
}

export interface PayrollWorker {
  workerId: number;
  workerName: string;
  lines: PayrollLine[];
  minutes: number;
  /** The sum of the lines' amounts. */
  grossCents: number;
}

/** The état des heures par salarié, for the payroll office. */
export interface PayrollStatement {
  month: string;
  workers: PayrollWorker[];
  minutes: number;
  grossCents: number;
}

export interface AspWorker {
  workerId: number;
  workerName: string;
  birthDate: string;
  /** The PASS IAE that holds in the month (the latest started by its end); null: none recorded. */
  pass: { number: string; startDate: string; endDate: string } | null;
  minutes: number;
  /** The placements running in the month. */
  placements: { placementId: number; clientName: string; startDate: string; endDate: string }[];
}

/** The suivi mensuel: the figures the office types into the ASP's extranet. */
export interface AspMonthly {
  month: string;
  workers: AspWorker[];
  minutes: number;
}

/** The month's amounts (Facturation). */
export interface MoneyFigures {
  /** Invoices issued for the month's hours, less their avoirs. */
  invoicedCents: number;
  /** Payments received in the month. */
  collectedCents: number;
  /** What remains due on every issued invoice, to this day. */
  unpaidCents: number;
}

export interface MonthFigures {
  month: string;
  /** Every client kind, in the reference order, with the month's and the year's hours (to the month's end). */
  byKind: { kind: ClientKind; monthMinutes: number; yearMinutes: number }[];
  monthMinutes: number;
  yearMinutes: number;
  etpAnnualMinutes: number;
  /** Full-time equivalents of the month and of the year to the month's end (fullTimeEquivalent). */
  etpMonth: number;
  etpYear: number;
  /** Workers with hours in the month. */
  activeWorkers: number;
  /** Placements « en cours » whose dates cover part of the month. */
  placementsInProgress: number;
  /** Months up to this one with hours that are not closed, oldest first. */
  openMonths: string[];
  money: MoneyFigures;
}

export const reportsContract = {
  /** The relevés of a month: every client with hours, or the clients asked. */
  'reports.hoursStatements': call<HoursStatement[]>()(
    z.object({ month, clientIds: z.array(z.number().int().positive()).max(10000).optional() }),
    { write: false, permission: 'reports.read' },
  ),
  'reports.payroll': call<PayrollStatement>()(z.object({ month }), { write: false, permission: 'reports.read' }),
  /** The état des heures as a spreadsheet (.xlsx or CSV) for the payroll office. */
  'reports.payrollExport': call<ExportFile>()(z.object({ month, format: exportFormat }), { write: false, permission: 'reports.read' }),
  'reports.asp': call<AspMonthly>()(z.object({ month }), { write: false, permission: 'reports.read' }),
  'reports.aspExport': call<ExportFile>()(z.object({ month, format: exportFormat }), { write: false, permission: 'reports.read' }),
  'reports.monthFigures': call<MonthFigures>()(z.object({ month }), { write: false, permission: 'reports.read' }),
};
