import type { AspMonthly, PayrollStatement } from '../contract/reports';
import { formatDate, formatPassNumber } from '../base/format';
import type { Sheet } from './sheet';

// The monthly documents as sheets for the payroll office and the ASP's extranet, written as CSV
// or .xlsx by the one export machinery (write.ts, xlsx.ts): one line per record, no subtotal
// lines (a sum in the spreadsheet gives the totals), hours both in decimal hours (what payroll
// software takes) and in minutes (exact). The month is in the file's name.

/** The état des heures par salarié: a line per worker, client and wage rate. */
export function payrollSheet(s: PayrollStatement): Sheet {
  return {
    name: `Paie ${s.month}`,
    columns: [
      { header: 'Salarié', type: 'text' },
      { header: 'Utilisateur', type: 'text' },
      { header: 'Heures', type: 'hours' },
      { header: 'Minutes', type: 'integer' },
      { header: 'Salaire horaire brut', type: 'money' },
      { header: 'Montant brut', type: 'money' },
    ],
    rows: s.workers.flatMap((w) => w.lines.map((l) => [w.workerName, l.clientName, l.minutes, l.minutes, l.wageRateCents, l.grossCents])),
  };
}

/** The suivi mensuel: a line per worker; the PASS number grouped as on its paper, which keeps it text. */
export function aspSheet(a: AspMonthly): Sheet {
  return {
    name: `Suivi ASP ${a.month}`,
    columns: [
      { header: 'Salarié', type: 'text' },
      { header: 'Date de naissance', type: 'date' },
      { header: 'N° PASS IAE', type: 'text' },
      { header: 'Début du PASS IAE', type: 'date' },
      { header: 'Fin du PASS IAE', type: 'date' },
      { header: 'Heures du mois', type: 'hours' },
      { header: 'Minutes', type: 'integer' },
      { header: 'Début de la première mission', type: 'date' },
      { header: 'Fin de la dernière mission', type: 'date' },
      { header: 'Missions', type: 'text' },
    ],
    rows: a.workers.map((w) => [
      w.workerName,
      w.birthDate,
      w.pass ? formatPassNumber(w.pass.number) : null,
      w.pass?.startDate ?? null,
      w.pass?.endDate ?? null,
      w.minutes,
      w.minutes,
      w.placements.reduce<string | null>((m, p) => (m === null || p.startDate < m ? p.startDate : m), null),
      w.placements.reduce<string | null>((m, p) => (m === null || p.endDate > m ? p.endDate : m), null),
      w.placements.map((p) => `${p.clientName} du ${formatDate(p.startDate)} au ${formatDate(p.endDate)}`).join(' ; '),
    ]),
  };
}
