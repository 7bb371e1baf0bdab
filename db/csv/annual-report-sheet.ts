import type { AnnualReport } from '../contract/annual-report';
import { CLIENT_KINDS, labelOf } from '../contract/reference';
import { formatDate, formatMonth } from '../base/format';
import type { Sheet, SheetValue } from './sheet';

// The rapport d'activité as one sheet, written as CSV or .xlsx by the lists' machinery (write.ts,
// xlsx.ts): one line per figure of the screen, under the heading of its table. The workers'
// breakdowns put the people present in « Nombre » beside the period's entries and exits.

const COLUMNS: Sheet['columns'] = [
  { header: 'Rubrique', type: 'text' },
  { header: 'Libellé', type: 'text' },
  { header: 'Nombre', type: 'integer' },
  { header: 'Entrées', type: 'integer' },
  { header: 'Sorties', type: 'integer' },
  { header: 'Heures', type: 'hours' },
  { header: 'ETP', type: 'decimal' },
  { header: 'Taux (%)', type: 'decimal' },
  { header: 'Montant', type: 'money' },
];

type Line = Partial<Record<'count' | 'entrees' | 'sorties' | 'minutes' | 'etp' | 'rate' | 'cents', number | null>>;

function line(section: string, label: string, v: Line): SheetValue[] {
  return [section, label, v.count ?? null, v.entrees ?? null, v.sorties ?? null, v.minutes ?? null, v.etp ?? null, v.rate ?? null, v.cents ?? null];
}

export function annualReportSheet(r: AnnualReport): Sheet {
  const rows: SheetValue[][] = [line('Période', `du ${formatDate(r.from)} au ${formatDate(r.to)}`, {})];
  rows.push(line('Salariés', 'Salariés en parcours', { count: r.workers.presents.value, entrees: r.workers.entrees.value, sorties: r.workers.sorties.value }));
  for (const b of r.breakdowns) {
    for (const l of b.lines) rows.push(line(b.label, l.label, { count: l.presents.value, entrees: l.entrees.value, sorties: l.sorties.value }));
  }
  for (const k of r.hours.byKind) rows.push(line("Heures par type d'utilisateur", labelOf(CLIENT_KINDS, k.kind), { count: k.workers.value, minutes: k.minutes.value, etp: k.etp }));
  rows.push(line("Heures par type d'utilisateur", 'Total', { count: r.hours.workers.value, minutes: r.hours.total.value, etp: r.hours.etp }));
  for (const m of r.hours.byMonth) rows.push(line('Heures par mois', formatMonth(m.month), { minutes: m.minutes.value }));
  for (const e of r.exits.byCategory) rows.push(line('Sorties par catégorie', e.label, { count: e.count.value, rate: e.rate }));
  rows.push(line('Sorties par catégorie', 'Sorties dynamiques', { count: r.exits.dynamic.count.value, rate: r.exits.dynamic.rate }));
  rows.push(line('Sorties par catégorie', 'Total des sorties', { count: r.exits.total.value }));
  for (const c of r.clients.byKind) rows.push(line('Utilisateurs servis', labelOf(CLIENT_KINDS, c.kind), { count: c.count.value }));
  rows.push(line('Utilisateurs servis', 'Total', { count: r.clients.total.value }));
  for (const k of r.turnover.byKind) rows.push(line("Chiffre d'affaires facturé (HT)", labelOf(CLIENT_KINDS, k.kind), { cents: k.cents.value }));
  rows.push(line("Chiffre d'affaires facturé (HT)", 'Total', { cents: r.turnover.total.value }));
  return { name: "Rapport d'activité", columns: COLUMNS, rows };
}
