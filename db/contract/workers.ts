import { z } from 'zod';
import { call } from './define';
import { optionalDate, optionalText, requiredDate, requiredPassNumber } from './fields';
import { objectSchema } from './field-spec';
import { WORKER_FIELDS } from './worker-fields';
import { workerStatusCodes, type WorkerStatus } from './reference';
import { PROLONGATION_REASONS, SUSPENSION_REASONS, type PassStatus } from '../rules/pass-iae';
import { isIsoDate, todayIso } from '../base/dates';
import { ELIGIBILITY_CRITERIA, type CriterionCode } from '../rules/eligibility';
import type { Mode480 } from '../rules/hours-480';
import { type ImportCommitResult, type ImportPreviewResult, importCommitInput, importPreviewInput } from './imports';
import { listSort, listWindow } from './lists';
import { exportFormat, type ExportFile } from './exports';
import { readVersion, versionIfUpdate } from './versions';

/** What the worker form sends (and each CSV line becomes). */
export const workerInput = objectSchema(WORKER_FIELDS)
  .superRefine((w, ctx) => {
    // A field that failed its own check still holds what was typed: compare real dates only,
    // so that one typing error does not raise a second, misleading message.
    const date = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);
    // The user's day (local), not the UTC one: at 0 h 30 in Paris it is still yesterday in UTC.
    const today = todayIso();
    // The range (1900 to today) is the field's; born today is not plausible either.
    if (date(w.birthDate) && w.birthDate >= today) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'La date de naissance doit être passée.' });
    }
    if (w.nationality === 'hors_ue') {
      if (!w.permitNumber) ctx.addIssue({ code: 'custom', path: ['permitNumber'], message: 'Hors UE, le numéro du titre de séjour est obligatoire.' });
      if (!w.permitExpiry) ctx.addIssue({ code: 'custom', path: ['permitExpiry'], message: "Hors UE, la date d'expiration du titre est obligatoire." });
    }
    if ((w.status === 'en_parcours' || w.status === 'sorti') && !w.entryDate) {
      ctx.addIssue({ code: 'custom', path: ['entryDate'], message: "La date d'entrée est obligatoire pour un salarié en parcours ou sorti." });
    }
    if (w.status === 'sorti' && !w.exitDate) {
      ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'La date de sortie est obligatoire pour un salarié sorti.' });
    }
    if (date(w.entryDate) && date(w.exitDate) && w.exitDate < w.entryDate) {
      ctx.addIssue({ code: 'custom', path: ['exitDate'], message: "La sortie ne peut pas précéder l'entrée." });
    }
  });

export type WorkerInput = z.input<typeof workerInput>;
export type WorkerValues = z.output<typeof workerInput>;

export const passPeriodInput = z.object({
  kind: z.enum(['suspension', 'prolongation'], { error: 'Type de période inconnu.' }),
  reason: z.enum(
    [...SUSPENSION_REASONS.map((r) => r.code), ...PROLONGATION_REASONS.map((r) => r.code)] as [string, ...string[]],
    { error: 'Choisissez un motif.' },
  ),
  start: requiredDate,
  end: requiredDate,
}).superRefine((p, ctx) => {
  // Checked here too (not only by the handler's checkPassPeriods) so that the form gets this
  // message in the same round as the other field errors.
  const reasons: readonly { code: string }[] = p.kind === 'suspension' ? SUSPENSION_REASONS : PROLONGATION_REASONS;
  if (typeof p.reason === 'string' && (p.kind === 'suspension' || p.kind === 'prolongation') && !reasons.some((r) => r.code === p.reason)) {
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message: p.kind === 'suspension' ? "Ce motif n'est pas un motif de suspension." : "Ce motif n'est pas un motif de prolongation.",
    });
  }
});

/** The PASS form's fields, named in messages (a save refused because someone else saved first). */
export const PASS_LABELS: Record<string, string> = {
  number: 'N° de PASS IAE',
  startDate: 'Début du PASS',
  endDateOverride: 'Fin corrigée (selon la plateforme)',
  periods: 'Suspensions et prolongations',
};

export const passInput = z.object({
  workerId: z.number().int().positive(),
  passId: z.number().int().positive().nullable().default(null),
  /** The version of the PASS being corrected (passId), as it was read. */
  version: readVersion.nullable().default(null),
  number: requiredPassNumber,
  startDate: requiredDate,
  endDateOverride: optionalDate,
  periods: z.array(passPeriodInput).default([]),
}).superRefine(versionIfUpdate);

export const diagnosisInput = z.object({
  workerId: z.number().int().positive(),
  date: requiredDate,
  authorKind: z.enum(['prescripteur', 'structure'], { error: "Indiquez qui a réalisé le diagnostic." }),
  authorName: optionalText(120),
  criteria: z
    .array(z.enum(ELIGIBILITY_CRITERIA.map((c) => c.code) as [CriterionCode, ...CriterionCode[]], { error: 'Critère inconnu.' }))
    .default([]),
});

export const workerFilters = z.object({
  search: z.string().max(200).default(''),
  status: z.enum(workerStatusCodes).nullable().default(null),
  referent: z.string().max(80).nullable().default(null),
  passStatus: z.enum(['a_venir', 'valide', 'suspendu', 'expire', 'aucun']).nullable().default(null),
  /** `a_renouveler`: a titre de séjour expired or ending within 60 days (db/rules/renewals.ts). */
  permit: z.enum(['a_renouveler']).nullable().default(null),
  archived: z.enum(['actifs', 'archives', 'tous']).default('actifs'),
  sort: listSort(['name', 'birthDate', 'status', 'referent', 'passEnd', 'city']).default({ column: 'name', direction: 'asc' }),
  window: listWindow,
});
export type WorkerFilters = z.input<typeof workerFilters>;

export interface PassView {
  id: number;
  version: number;
  number: string;
  startDate: string;
  computedEnd: string;
  endDateOverride: string | null;
  end: string;
  status: PassStatus;
  periods: { id: number; kind: 'suspension' | 'prolongation'; reason: string; start: string; end: string }[];
}

export interface DiagnosisView {
  id: number;
  date: string;
  authorKind: 'prescripteur' | 'structure';
  authorName: string | null;
  criteria: CriterionCode[];
  eligible: boolean;
  reason: string;
  /** Criteria held back from this role (health, justice: db/redact.ts); absent when none. */
  hiddenCriteria?: number;
}

export interface WorkerRow {
  id: number;
  name: string;
  civility: string;
  birthDate: string;
  status: WorkerStatus;
  referent: string | null;
  city: string | null;
  phone: string | null;
  passNumber: string | null;
  passEnd: string | null;
  passStatus: PassStatus | 'aucun';
  /** The end of the titre de séjour (hors UE only; null otherwise). */
  permitExpiry: string | null;
  archived: boolean;
}

export interface WorkerDetail extends WorkerValues {
  id: number;
  /** The version read: sent back with the save (db/records/versions.ts). */
  version: number;
  name: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  passes: PassView[];
  currentPass: PassView | null;
  diagnoses: DiagnosisView[];
  /** True when something refers to the worker: it can be archived, not deleted. */
  referenced: boolean;
  /**
   * The 480-hour counter with entreprise clients (null: never placed with one), as the rules
   * count them (`mode`, see RuleSettings.mode480):
   * - `fenetre`: the 24-month window that holds today (windowStart–windowEnd); when it has ended
   *   and none is open yet, the last one (windowEnd before today: the next counting placement
   *   opens a new one);
   * - `glissante`: the 24 months that end today: windowStart = their first day, windowEnd = today.
   */
  hours480: { mode: Mode480; windowStart: string; windowEnd: string; usedMinutes: number; leftMinutes: number } | null;
  /** Hours worked per month, all clients, and the part that counts towards the 480 h. */
  hoursByMonth: { month: string; minutes: number; countingMinutes: number }[];
}

export interface WorkerList {
  rows: WorkerRow[];
  total: number;
}

const id = z.object({ id: z.number().int().positive() });

export const workersContract = {
  'workers.list': call<WorkerList>()(workerFilters, { write: false, permission: 'workers.read' }),
  'workers.get': call<WorkerDetail>()(id, { write: false, permission: 'workers.read' }),
  'workers.referents': call<string[]>()(z.object({}), { write: false, permission: 'workers.read' }),
  'workers.create': call<{ id: number }>()(
    z.object({ worker: workerInput, allowDuplicate: z.boolean().default(false) }),
    { write: true, permission: 'workers.write' },
  ),
  'workers.update': call<{ id: number }>()(z.object({ id: z.number().int().positive(), version: readVersion, worker: workerInput }), { write: true, permission: 'workers.write' }),
  'workers.archive': call<{ id: number }>()(id, { write: true, permission: 'workers.write' }),
  'workers.unarchive': call<{ id: number }>()(id, { write: true, permission: 'workers.write' }),
  'workers.delete': call<{ id: number }>()(id, { write: true, permission: 'workers.write' }),
  'workers.savePass': call<WorkerDetail>()(passInput, { write: true, permission: 'workers.write' }),
  'workers.addDiagnosis': call<WorkerDetail>()(diagnosisInput, { write: true, permission: 'diagnoses.write' }),
  'workers.importPreview': call<ImportPreviewResult>()(importPreviewInput, { write: false, permission: 'workers.write' }),
  'workers.importCommit': call<ImportCommitResult>()(importCommitInput, { write: true, permission: 'workers.write' }),
  'workers.importTemplate': call<ExportFile>()(z.object({}), { write: false, permission: 'workers.write' }),
  /** The list as filtered on screen, with every column of the import and the PASS end date. */
  'workers.export': call<ExportFile>()(z.object({ filters: workerFilters, format: exportFormat }), { write: false, permission: 'workers.read' }),
};

// The pure rules that the worker's screens apply early (the back end decides): the contract is
// the UI's window on them.
export {
  computePassEnd,
  passReasonLabel,
  PASS_STATUS_LABELS,
  PROLONGATION_REASONS,
  SUSPENSION_REASONS,
  type PassPeriod,
  type PassReason,
  type PassStatus,
} from '../rules/pass-iae';
export { criterionLabel, ELIGIBILITY_CRITERIA, evaluateEligibility, type CriterionCode } from '../rules/eligibility';
export { daysLeftText, passNotice, permitNotice, RENEWAL_NOTICE_DAYS, type Notice } from '../rules/renewals';
