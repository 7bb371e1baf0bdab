import type { MonthFigures } from '../../db/contract/reports';
import { CLIENT_KINDS, labelOf } from '../../db/contract/reference';
import { formatHours, formatMoney, formatMonth, formatNumber } from '../../db/base/format';

// The month's key figures (domain §4, Tableau de bord) as label / value lines: written once for
// the home page and for its printed version.

export interface FigureLine {
  key: string;
  label: string;
  value: string;
}

/** Hours by kind of client: the month, and the year from January to the month's end. */
export function hoursByKindLines(f: MonthFigures): { key: string; label: string; month: string; year: string }[] {
  return [
    ...f.byKind.map((k) => ({ key: k.kind, label: labelOf(CLIENT_KINDS, k.kind), month: formatHours(k.monthMinutes), year: formatHours(k.yearMinutes) })),
    { key: 'total', label: 'Total', month: formatHours(f.monthMinutes), year: formatHours(f.yearMinutes) },
  ];
}

/** « depuis janvier » or, in January, nothing more than the month. */
export const yearToDate = (month: string) => `de janvier à ${formatMonth(month)}`;

export function keyFigureLines(f: MonthFigures): FigureLine[] {
  const lines: FigureLine[] = [
    { key: 'etp-month', label: 'ETP du mois', value: formatNumber(f.etpMonth, 2) },
    { key: 'etp-year', label: `ETP ${yearToDate(f.month)}`, value: formatNumber(f.etpYear, 2) },
    { key: 'workers', label: 'Salariés ayant travaillé dans le mois', value: formatNumber(f.activeWorkers) },
    { key: 'placements', label: 'Missions en cours', value: formatNumber(f.placementsInProgress) },
    { key: 'open', label: 'Mois non clôturés', value: f.openMonths.length === 0 ? 'aucun' : f.openMonths.map(formatMonth).join(', ') },
  ];
  lines.push(
    { key: 'invoiced', label: 'Facturé pour le mois (avoirs déduits)', value: formatMoney(f.money.invoicedCents) },
    { key: 'collected', label: 'Encaissé dans le mois', value: formatMoney(f.money.collectedCents) },
    { key: 'unpaid', label: 'Reste dû sur les factures émises', value: formatMoney(f.money.unpaidCents) },
  );
  return lines;
}

/** How an ETP is counted, said under the figures. */
export function etpNote(f: MonthFigures): string {
  return `ETP : heures ÷ ${formatHours(f.etpAnnualMinutes)} par an (réglage de l'organisation), au prorata des mois de la période (un mois = 1/12).`;
}
