import type { AspMonthly, PayrollStatement } from '../contract/reports';
import { formatDate } from '../base/format';
import { csvDate, csvMoney, toCsv, type CsvCell } from './write';

// The monthly documents as spreadsheets for the payroll office and the ASP's extranet: one line
// per record, no subtotal lines (a sum in Excel gives the totals), hours both in decimal hours
// (what payroll software takes) and in minutes (exact). The month is in the file's name, not in a
// column: Excel would read « 2026-11 » as a date.

/** Decimal hours to the hundredth: 450 min → 7,5; 80 min → 1,33. */
const decimalHours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

export const PAYROLL_HEADERS = ['Salarié', 'Utilisateur', 'Heures', 'Minutes', 'Salaire horaire brut', 'Montant brut'];

/** The état des heures par salarié: a line per worker, client and wage rate. */
export function payrollCsv(s: PayrollStatement): string {
  const rows: CsvCell[][] = s.workers.flatMap((w) =>
    w.lines.map((l) => [w.workerName, l.clientName, decimalHours(l.minutes), l.minutes, csvMoney(l.wageRateCents), csvMoney(l.grossCents)]),
  );
  return toCsv(PAYROLL_HEADERS, rows);
}

export const ASP_HEADERS = [
  'Salarié',
  'Date de naissance',
  'N° PASS IAE',
  'Début du PASS IAE',
  'Fin du PASS IAE',
  'Heures du mois',
  'Minutes',
  'Début de la première mission',
  'Fin de la dernière mission',
  'Missions',
];

/** The suivi mensuel: a line per worker; the PASS number as text, so that Excel keeps it whole. */
export function aspCsv(a: AspMonthly): string {
  const rows: CsvCell[][] = a.workers.map((w) => [
    w.workerName,
    csvDate(w.birthDate),
    w.pass?.number ?? '',
    csvDate(w.pass?.startDate),
    csvDate(w.pass?.endDate),
    decimalHours(w.minutes),
    w.minutes,
    csvDate(w.placements.reduce((m, p) => (p.startDate < m ? p.startDate : m), w.placements[0]?.startDate ?? '')),
    csvDate(w.placements.reduce((m, p) => (p.endDate > m ? p.endDate : m), '')),
    w.placements.map((p) => `${p.clientName} du ${formatDate(p.startDate)} au ${formatDate(p.endDate)}`).join(' ; '),
  ]);
  return toCsv(ASP_HEADERS, rows, new Set([2]));
}
