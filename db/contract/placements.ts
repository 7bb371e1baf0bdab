import { z } from 'zod';
import { call } from './define';
import { money, optionalText, requiredDate, requiredText } from './fields';
import { taskKindCodes, type ClientKind, type TaskKind } from './reference';
import type { RuleIssue } from './common';
import type { PassStatus } from '../rules/pass-iae';
import type { Mode480 } from '../rules/hours-480';
import { parseHours } from '../base/format';
import { addDays, addMonths, isIsoDate } from '../base/dates';
import { isMonth } from '../base/months';

export const PLACEMENT_STATUSES = [
  { code: 'prevue', label: 'Prévue' },
  { code: 'en_cours', label: 'En cours' },
  { code: 'terminee', label: 'Terminée' },
  { code: 'annulee', label: 'Annulée' },
] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number]['code'];
const statusCodes = PLACEMENT_STATUSES.map((s) => s.code) as [PlacementStatus, ...PlacementStatus[]];

export const PPE_SUPPLIERS = [
  { code: 'association', label: "L'association" },
  { code: 'utilisateur', label: "L'utilisateur" },
] as const;

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const placementInput = z
  .object({
    workerId: z.number({ error: 'Choisissez le salarié.' }).int().positive({ error: 'Choisissez le salarié.' }),
    clientId: z.number({ error: "Choisissez l'utilisateur." }).int().positive({ error: "Choisissez l'utilisateur." }),
    workAddressId: z.number().int().positive().nullable().default(null),
    taskKind: z.enum(taskKindCodes, { error: 'Choisissez la tâche.' }),
    taskDetail: optionalText(200),
    startDate: requiredDate,
    endDate: requiredDate,
    plannedMinutes: z.preprocess(
      emptyToNull,
      z
        .union([z.number(), z.string()])
        .transform((v, ctx) => {
          const m = typeof v === 'number' ? v : parseHours(v);
          if (m === null || !Number.isSafeInteger(m) || m < 0) {
            ctx.addIssue({ code: 'custom', message: 'Durée invalide : saisissez par exemple 35 ou 35h30.' });
            return z.NEVER;
          }
          return m;
        })
        .nullable()
        .default(null),
    ),
    billedRateCents: money,
    wageRateCents: money,
    ppeNeeded: optionalText(300),
    ppeSuppliedBy: z.preprocess(emptyToNull, z.enum(['association', 'utilisateur'], { error: 'Indiquez qui fournit les EPI.' }).nullable().default(null)),
    status: z.enum(statusCodes, { error: 'Choisissez un statut.' }).default('prevue'),
    notes: optionalText(2000),
  })
  .superRefine((p, ctx) => {
    if (isIsoDate(p.startDate) && isIsoDate(p.endDate) && p.endDate < p.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'La fin ne peut pas précéder le début.' });
    }
    if (p.ppeNeeded && !p.ppeSuppliedBy) {
      ctx.addIssue({ code: 'custom', path: ['ppeSuppliedBy'], message: 'Indiquez qui fournit les équipements de protection.' });
    }
    if (p.billedRateCents === 0) ctx.addIssue({ code: 'custom', path: ['billedRateCents'], message: 'Le taux facturé ne peut pas être nul.' });
    if (p.wageRateCents === 0) ctx.addIssue({ code: 'custom', path: ['wageRateCents'], message: 'Le salaire horaire ne peut pas être nul.' });
  });

export type PlacementInput = z.input<typeof placementInput>;
export type PlacementValues = z.output<typeof placementInput>;

/** The warnings the user has read and accepted (their codes), sent with the save. */
const confirmed = z.array(z.string()).default([]);

export const placementFilters = z.object({
  search: z.string().max(200).default(''),
  workerId: z.number().int().positive().nullable().default(null),
  clientId: z.number().int().positive().nullable().default(null),
  status: z.enum(statusCodes).nullable().default(null),
  /** Placements active at some point of this month (`YYYY-MM`). */
  month: z.string().refine(isMonth, { error: 'Mois invalide.' }).nullable().default(null),
});
export type PlacementFilters = z.input<typeof placementFilters>;

export interface PlacementRow {
  id: number;
  workerId: number;
  workerName: string;
  clientId: number;
  clientName: string;
  clientKind: ClientKind;
  taskKind: TaskKind;
  startDate: string;
  endDate: string;
  status: PlacementStatus;
  billedRateCents: number;
  workedMinutes: number;
}

export interface PlacementDetail extends PlacementValues {
  id: number;
  workerName: string;
  workerPassNumber: string | null;
  workerPassEnd: string | null;
  workerPassStatus: PassStatus | 'aucun';
  clientName: string;
  clientKind: ClientKind;
  clientCounts480: boolean;
  /** Where the work is done, one line. */
  place: string;
  workedMinutes: number;
  createdAt: string;
  updatedAt: string;
  /** The rules as they stand today (a PASS may have expired since). */
  issues: RuleIssue[];
}

const id = z.object({ id: z.number().int().positive() });

export const placementsContract = {
  'placements.list': call<{ rows: PlacementRow[]; total: number }>()(placementFilters, { write: false }),
  'placements.get': call<PlacementDetail>()(id, { write: false }),
  /** What the rules say about a placement before it is saved. */
  'placements.check': call<RuleIssue[]>()(z.object({ placement: placementInput, id: z.number().int().positive().nullable().default(null) }), { write: false }),
  'placements.create': call<{ id: number }>()(z.object({ placement: placementInput, confirmed }), { write: true }),
  'placements.update': call<{ id: number }>()(z.object({ id: z.number().int().positive(), placement: placementInput, confirmed }), { write: true }),
  'placements.setStatus': call<{ id: number }>()(z.object({ id: z.number().int().positive(), status: z.enum(statusCodes) }), { write: true }),
};

// ------------------------------------------------------------------ hours

const month = z.string().refine((m) => isMonth(m) && m >= '2000' && m < '2100', { error: 'Mois invalide (entre 2000 et 2099).' });

export interface MonthDay {
  date: string;
  /** 1 = lundi … 7 = dimanche. */
  weekday: number;
  weekend: boolean;
  holiday: string | null;
}

export interface GridRow {
  placementId: number;
  workerId: number;
  workerName: string;
  clientId: number;
  clientName: string;
  taskKind: TaskKind;
  startDate: string;
  endDate: string;
  status: PlacementStatus;
  /** day → minutes */
  entries: Record<string, number>;
}

export interface MonthGrid {
  month: string;
  days: MonthDay[];
  rows: GridRow[];
  closed: boolean;
  closedAt: string | null;
  /** Warnings that stand on the saved month (400 h reached…). */
  warnings: RuleIssue[];
}

export const hoursEntry = z.object({
  placementId: z.number().int().positive(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** null clears the cell. */
  minutes: z.number({ error: 'Durée invalide.' }).int({ error: 'Une durée se compte en minutes entières.' }).nullable(),
});

export const hoursContract = {
  'hours.month': call<MonthGrid>()(z.object({ month, groupBy: z.enum(['worker', 'client']).default('worker') }), { write: false }),
  /** Saves the changed cells of a month in one transaction, every rule checked; nothing is saved while one blocks. */
  'hours.saveMonth': call<{ saved: number; warnings: RuleIssue[] }>()(
    z.object({ month, entries: z.array(hoursEntry).max(20000) }),
    { write: true },
  ),
  'hours.closeMonth': call<{ month: string }>()(z.object({ month }), { write: true }),
  'hours.reopenMonth': call<{ month: string }>()(z.object({ month, reason: requiredText(300) }), { write: true }),
};

// ------------------------------------------------------------------ alerts

export interface Alert {
  kind: 'pass_ending' | 'pass_expired' | 'permit_expiring' | 'hours_480' | 'membership_missing' | 'no_hours' | 'placement_ending';
  severity: 'warning' | 'danger';
  text: string;
  /** Hash route of the record. */
  to: string;
}

export const alertsContract = {
  'alerts.list': call<Alert[]>()(z.object({}), { write: false }),
};

// ------------------------------------------------------------------ rule settings

/**
 * How the 24 months of the 480 hours are counted (domain §3, « à vérifier »: a setting, see
 * db/rules/hours-480.ts). The first one is the default.
 */
export const MODES_480 = [
  {
    code: 'fenetre',
    label: 'Périodes de 24 mois ouvertes par une mission en entreprise (par défaut)',
  },
  {
    code: 'glissante',
    label: '24 mois glissants (plus strict)',
  },
] as const satisfies readonly { code: Mode480; label: string }[];
const mode480Codes = MODES_480.map((m) => m.code) as [Mode480, ...Mode480[]];

export interface RuleSettings {
  territory: { postalCode: string; city: string }[];
  forbiddenTasks: TaskKind[];
  waivers: { id: number; reference: string; startDate: string; endDate: string }[];
  /** How the 480 hours are counted: a window opened by the first counting date, or rolling 24 months. */
  mode480: Mode480;
}

export const ruleSettingsInput = z.object({
  territory: z
    .array(
      z.object({
        postalCode: z.string().trim().regex(/^\d{5}$/, { error: 'Le code postal comporte 5 chiffres.' }),
        city: requiredText(80),
      }),
    )
    .max(2000)
    .default([]),
  forbiddenTasks: z.array(z.enum(taskKindCodes)).default([]),
  waivers: z
    .array(
      z
        .object({ reference: requiredText(120), startDate: requiredDate, endDate: requiredDate })
        .superRefine((w, ctx) => {
          if (w.endDate < w.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'La fin ne peut pas précéder le début.' });
          // A prefectoral waiver lasts 3 years at most (domain §3): renewed, it is a new one.
          else if (isIsoDate(w.startDate) && isIsoDate(w.endDate) && w.endDate > addDays(addMonths(w.startDate, 36), -1)) {
            ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Une dérogation dure au plus 3 ans : enregistrez son renouvellement comme une nouvelle dérogation.' });
          }
        }),
    )
    .default([]),
  mode480: z.enum(mode480Codes).default('fenetre'),
});

export const ruleSettingsContract = {
  'settings.getRules': call<RuleSettings>()(z.object({}), { write: false }),
  'settings.saveRules': call<RuleSettings>()(ruleSettingsInput, { write: true }),
};

export type { RuleIssue };
