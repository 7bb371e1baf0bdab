import { z } from 'zod';
import { listSort, listWindow } from './lists';
import { call } from './define';
import { hourlyRate, minutesFrom, optionalText, requiredDate } from './fields';
import { taskKindCodes, type ClientKind, type TaskKind } from './reference';
import type { RuleIssue } from '../rules/issues';
import type { PassStatus } from '../rules/pass-iae';
import { isIsoDate } from '../base/dates';
import { isMonth } from '../base/months';
import { exportFormat, type ExportFile } from './exports';
import { readVersion } from './versions';

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

/** The form's fields: its labels, and the names in messages. */
export const PLACEMENT_LABELS: Record<string, string> = {
  workerId: 'Salarié',
  clientId: 'Utilisateur',
  workAddressId: 'Lieu de travail',
  taskKind: 'Tâche',
  taskDetail: 'Précision sur la tâche',
  startDate: 'Début',
  endDate: 'Fin',
  plannedMinutes: 'Heures prévues',
  billedRateCents: 'Taux horaire facturé',
  wageRateCents: 'Salaire horaire',
  ppeNeeded: 'EPI nécessaires',
  ppeSuppliedBy: 'Fournis par',
  status: 'Statut',
  notes: 'Notes',
  exposesForbiddenWork: 'Travaux interdits',
};

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
    plannedMinutes: z.preprocess(emptyToNull, minutesFrom(0).nullable().default(null)),
    billedRateCents: hourlyRate,
    wageRateCents: hourlyRate,
    ppeNeeded: optionalText(300),
    ppeSuppliedBy: z.preprocess(emptyToNull, z.enum(['association', 'utilisateur'], { error: 'Indiquez qui fournit les EPI.' }).nullable().default(null)),
    status: z.enum(statusCodes, { error: 'Choisissez un statut.' }).default('prevue'),
    notes: optionalText(2000, { multiline: true }),
    /**
     * The form's answer to « does the work expose the worker to one of the works of article
     * D4154-1? » (the settings' list). Yes is refused, so it is never stored: a saved placement does not.
     */
    exposesForbiddenWork: z.boolean({ error: 'Répondez oui ou non.' }).default(false),
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

const PLACEMENT_SORT_COLUMNS = ['workerName', 'clientName', 'taskKind', 'startDate', 'endDate', 'status', 'workedMinutes'] as const;

export const placementFilters = z.object({
  search: z.string().max(200).default(''),
  workerId: z.number().int().positive().nullable().default(null),
  clientId: z.number().int().positive().nullable().default(null),
  status: z.enum(statusCodes).nullable().default(null),
  /** Placements active at some point of this month (`YYYY-MM`). */
  month: z.string().refine(isMonth, { error: 'Mois invalide.' }).nullable().default(null),
  /** The list screen's order; null: latest start first (a record's page, the export). */
  sort: listSort(PLACEMENT_SORT_COLUMNS).nullable().default(null),
  window: listWindow,
});
export type PlacementSortColumn = (typeof PLACEMENT_SORT_COLUMNS)[number];
export type PlacementFilters = z.input<typeof placementFilters>;

/** What every list of placements shows of one (the list, the hours grid): who, for whom, what, when, where it stands. */
export interface PlacementSummary {
  workerId: number;
  workerName: string;
  clientId: number;
  clientName: string;
  /** What lists sort by: a particulier under her last name. */
  clientSortName: string;
  clientKind: ClientKind;
  taskKind: TaskKind;
  startDate: string;
  endDate: string;
  status: PlacementStatus;
}

export interface PlacementRow extends PlacementSummary {
  id: number;
  billedRateCents: number;
  workedMinutes: number;
}

export interface PlacementDetail extends PlacementValues {
  id: number;
  /** The version read: sent back with the save (db/records/versions.ts). */
  version: number;
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
  /** The rules as they stand today (a PASS may have expired since); a warning confirmed on this placement says by whom and when. */
  issues: RuleIssue[];
}

const id = z.object({ id: z.number().int().positive() });

export const placementsContract = {
  'placements.list': call<{ rows: PlacementRow[]; total: number }>()(placementFilters, { write: false, permission: 'placements.read' }),
  'placements.get': call<PlacementDetail>()(id, { write: false, permission: 'placements.read' }),
  /** What the rules say about a placement before it is saved. */
  'placements.check': call<RuleIssue[]>()(z.object({ placement: placementInput, id: z.number().int().positive().nullable().default(null) }), { write: false, permission: 'placements.write' }),
  'placements.create': call<{ id: number }>()(z.object({ placement: placementInput, confirmed }), { write: true, permission: 'placements.write' }),
  'placements.update': call<{ id: number }>()(
    z.object({ id: z.number().int().positive(), version: readVersion, placement: placementInput, confirmed }),
    { write: true, permission: 'placements.write' },
  ),
  /** The list as filtered on screen, with the rates and the hours worked. */
  'placements.export': call<ExportFile>()(z.object({ filters: placementFilters, format: exportFormat }), { write: false, permission: 'placements.read' }),
  'placements.setStatus': call<{ id: number }>()(
    z.object({ id: z.number().int().positive(), version: readVersion, status: z.enum(statusCodes) }),
    { write: true, permission: 'placements.write' },
  ),
};
