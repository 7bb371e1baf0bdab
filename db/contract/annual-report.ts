import { z } from 'zod';
import { call } from './define';
import { requiredDate } from './fields';
import { exportFormat, type ExportFile } from './exports';
import { CLIENT_KINDS, EDUCATION_LEVELS, ORIENTEURS, type ClientKind } from './reference';
import { formatMonth } from '../base/format';
import { isMonth } from '../base/months';
import { AGE_BANDS, REPORT_EXIT_CATEGORIES, type ReportExitCategory } from '../rules/annual-report';

// The rapport d'activité (domain §5) for a year or any period: the workers present, entered and
// exited, their breakdowns, the hours and ETP by client kind, the exits by category, the clients
// served, the turnover. Every figure carries the key of the list behind it (`annualReport.details`)
// so that the director can check each number before signing. Hours in minutes, money in cents.

export { AGE_BANDS, REPORT_EXIT_CATEGORIES, rateOf } from '../rules/annual-report';
export type { AgeBand, ReportExitCategory } from '../rules/annual-report';

/** The longest period a report covers: ten years (the benchmark's whole history). */
const MAX_DAYS = 3700;

export const reportPeriod = z
  .object({ from: requiredDate, to: requiredDate })
  .superRefine((p, ctx) => {
    if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'La fin de la période ne peut pas précéder son début.' });
    else if ((Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 > MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Une période de dix ans au plus.' });
    }
  });
export type ReportPeriod = z.input<typeof reportPeriod>;

/** The first and last day of a calendar year. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A number of the report and the key of the list of people or records behind it. */
export interface Figure {
  value: number;
  key: string;
}

/** The breakdowns of the workers (domain §5), in the report's order. */
export const DIMENSIONS = [
  { code: 'sexe', label: 'Sexe' },
  { code: 'age', label: "Âge à l'entrée" },
  { code: 'qpv', label: 'Résidant en QPV' },
  { code: 'rsa', label: 'Bénéficiaire du RSA' },
  { code: 'chomage', label: "Demandeur d'emploi de longue durée" },
  { code: 'rqth', label: 'Travailleur handicapé (RQTH)' },
  { code: 'niveau', label: 'Niveau de formation' },
  { code: 'orienteur', label: 'Orienteur' },
] as const;
export type Dimension = (typeof DIMENSIONS)[number]['code'];

export const SEXES = [
  { code: 'femme', label: 'Femmes' },
  { code: 'homme', label: 'Hommes' },
] as const;
export const YES_NO = [
  { code: 'oui', label: 'Oui' },
  { code: 'non', label: 'Non' },
] as const;
export const LONG_TERM = [
  { code: 'detld', label: 'DETLD (24 mois et plus)' },
  { code: 'deld', label: 'DELD (12 à 24 mois)' },
  { code: 'non', label: 'Ni DELD ni DETLD' },
] as const;
export const NOT_GIVEN = { code: 'non_renseigne', label: 'Non renseigné' } as const;

/** What each breakdown line counts: the people present, the entries and the exits of the period. */
export const MEASURES = [
  { code: 'presents', label: 'Présents' },
  { code: 'entrees', label: 'Entrées' },
  { code: 'sorties', label: 'Sorties' },
] as const;
export type Measure = (typeof MEASURES)[number]['code'];

export interface BreakdownLine {
  code: string;
  label: string;
  presents: Figure;
  entrees: Figure;
  sorties: Figure;
}

export interface Breakdown {
  dimension: Dimension;
  label: string;
  lines: BreakdownLine[];
}

export interface KindHours {
  kind: ClientKind;
  /** Minutes worked for clients of this kind in the period. */
  minutes: Figure;
  /** Hours ÷ one ETP's annual hours, prorated to the period (db/rules/etp.ts). */
  etp: number;
  /** Workers with hours for clients of this kind. */
  workers: Figure;
}

export interface ExitLine {
  category: ReportExitCategory;
  label: string;
  count: Figure;
  /** Percent of the period's exits, one decimal; null without any exit (shown « — »). */
  rate: number | null;
}

export interface AnnualReport {
  from: string;
  to: string;
  /** The period's length in months (12 for a year), by which one ETP is prorated. */
  months: number;
  etpAnnualMinutes: number;
  organisationName: string;
  workers: { presents: Figure; entrees: Figure; sorties: Figure };
  breakdowns: Breakdown[];
  hours: { byKind: KindHours[]; total: Figure; etp: number; workers: Figure; byMonth: { month: string; minutes: Figure }[] };
  exits: {
    total: Figure;
    byCategory: ExitLine[];
    /** The first three categories together (domain §5). */
    dynamic: { count: Figure; rate: number | null };
    /** False when some exits of the period have no reason (recorded before Suivi): they count as « non renseigné ». */
    categoriesRecorded: boolean;
  };
  clients: { byKind: { kind: ClientKind; count: Figure }[]; total: Figure };
  /** Invoiced turnover before VAT: the invoices issued in the period less the avoirs issued in it (cents). */
  turnover: { total: Figure; byKind: { kind: ClientKind; cents: Figure }[] };
}

/** A worker behind a figure, with what makes them count. */
export interface ReportWorkerRow {
  workerId: number;
  name: string;
  birthDate: string;
  entryDate: string;
  exitDate: string | null;
  ageAtEntry: number;
  exitCategory: ReportExitCategory | null;
}

/** The hours behind a figure: one line per placement. */
export interface ReportHoursRow {
  placementId: number;
  workerId: number;
  workerName: string;
  clientId: number;
  clientName: string;
  clientKind: ClientKind;
  minutes: number;
}

export interface ReportClientRow {
  clientId: number;
  name: string;
  kind: ClientKind;
  minutes: number;
}

/** An invoice or avoir behind a turnover figure: its amount before VAT, negative for an avoir. */
export interface ReportInvoiceRow {
  invoiceId: number;
  number: string;
  kind: 'facture' | 'avoir';
  clientId: number;
  clientName: string;
  clientKind: ClientKind;
  issuedOn: string;
  cents: number;
}

export type ReportDetails = { title: string; from: string; to: string } & (
  | { kind: 'workers'; rows: ReportWorkerRow[] }
  | { kind: 'hours'; rows: ReportHoursRow[]; minutes: number }
  | { kind: 'clients'; rows: ReportClientRow[] }
  | { kind: 'invoices'; rows: ReportInvoiceRow[]; cents: number }
);

const figureKey = z.string({ error: 'Chiffre inconnu.' }).min(1).max(80);

export const annualReportContract = {
  'annualReport.get': call<AnnualReport>()(reportPeriod, { write: false, permission: 'reports.annual' }),
  'annualReport.details': call<ReportDetails>()(z.object({ period: reportPeriod, figure: figureKey }), { write: false, permission: 'reports.annual' }),
  'annualReport.export': call<ExportFile>()(z.object({ period: reportPeriod, format: exportFormat }), { write: false, permission: 'reports.annual' }),
};

/** The labels of a breakdown's lines, in order. */
export function dimensionLines(dimension: Dimension): readonly { code: string; label: string }[] {
  switch (dimension) {
    case 'sexe':
      return SEXES;
    case 'age':
      return AGE_BANDS;
    case 'qpv':
    case 'rsa':
    case 'rqth':
      return YES_NO;
    case 'chomage':
      return LONG_TERM;
    case 'niveau':
      return [...EDUCATION_LEVELS, NOT_GIVEN];
    case 'orienteur':
      return [...ORIENTEURS, NOT_GIVEN];
  }
}


const MEASURE_TITLES: Record<Measure, string> = { presents: 'Salariés présents', entrees: 'Entrées', sorties: 'Sorties' };

/** What a figure counts, in words: the title of its list (« Entrées — Femmes »); null for an unknown key. */
export function figureTitle(key: string): string | null {
  const [head, a, b, c] = key.split(':');
  const label = (list: readonly { code: string; label: string }[], code: string | undefined) => list.find((x) => x.code === code)?.label ?? null;
  const titled = (title: string, what: string | null) => (what === null ? null : `${title} — ${what}`);
  if (head === 'salaries') return a && a in MEASURE_TITLES ? MEASURE_TITLES[a as Measure] : null;
  if (head === 'repartition') {
    const dimension = DIMENSIONS.find((d) => d.code === a);
    const line = dimension ? label(dimensionLines(dimension.code), b) : null;
    const measure = c && c in MEASURE_TITLES ? MEASURE_TITLES[c as Measure] : null;
    return dimension && line && measure ? titled(measure, `${dimension.label} : ${line}`) : null;
  }
  if (head === 'sorties') return a === 'dynamiques' ? 'Sorties dynamiques' : titled('Sorties', label(REPORT_EXIT_CATEGORIES, a));
  if (head === 'heures') {
    if (a === 'total') return 'Heures de la période';
    if (a === 'type') return titled('Heures', label(CLIENT_KINDS, b));
    if (a === 'mois' && b && isMonth(b)) return `Heures — ${formatMonth(b)}`;
    return null;
  }
  if (head === 'ca') {
    if (a === 'total') return "Chiffre d'affaires facturé";
    if (a === 'type') return titled("Chiffre d'affaires facturé", label(CLIENT_KINDS, b));
    return null;
  }
  if (head === 'utilisateurs') {
    if (a === 'total') return 'Utilisateurs servis';
    if (a === 'type') return titled('Utilisateurs servis', label(CLIENT_KINDS, b));
  }
  return null;
}
