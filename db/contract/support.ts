import { z } from 'zod';
import { call } from './define';
import { integer, optionalDate, requiredDate } from './fields';
import { objectSchema, type ValuesOf } from './field-spec';
import { BARRIER_FIELDS, EXIT_FIELDS, INTERVIEW_FIELDS, PLAN_FIELDS, TRAINING_FIELDS } from './support-fields';
import type { TaskKind, WorkerStatus } from './reference';
import type { PlacementStatus } from './placements';
import { readVersion, versionIfUpdate } from './versions';
import type { ExitCategory } from '../rules/exits';
import type { InterviewDue } from '../rules/follow-up';
import { isIsoDate } from '../base/dates';

// Support (Suivi, domain §5–6): a worker's paths (parcours), each with its interviews, barriers,
// actions and trainings, objectives and next interview, and its exit; the référent's view of the
// people they follow; the timeline of a worker.

const positiveId = z.number().int().positive();
/** The record a save changes (null: a new one) and the version it was read at. */
const edited = { id: positiveId.nullable().default(null), version: readVersion.nullable().default(null) };

export const interviewInput = z
  .object({
    pathId: positiveId,
    ...edited,
    interview: objectSchema(INTERVIEW_FIELDS),
    /** The client of a tripartite interview. */
    clientId: positiveId.nullable().default(null),
    /** Also plans the path's next interview, when given. */
    nextInterviewDate: optionalDate,
  })
  .superRefine(versionIfUpdate)
  .superRefine((v, ctx) => {
    if (v.interview.kind === 'tripartite' && v.clientId === null) {
      ctx.addIssue({ code: 'custom', path: ['clientId'], message: "Choisissez l'utilisateur présent à l'entretien tripartite." });
    }
    const date = v.interview.date;
    if (v.nextInterviewDate && typeof date === 'string' && isIsoDate(date) && v.nextInterviewDate <= date) {
      ctx.addIssue({ code: 'custom', path: ['nextInterviewDate'], message: 'Le prochain entretien est après celui-ci.' });
    }
  });

export const barrierInput = z.object({ pathId: positiveId, ...edited, barrier: objectSchema(BARRIER_FIELDS) }).superRefine(versionIfUpdate);

export const trainingInput = z
  .object({ pathId: positiveId, ...edited, training: objectSchema(TRAINING_FIELDS) })
  .superRefine(versionIfUpdate)
  .superRefine((v, ctx) => {
    const { startDate, endDate } = v.training;
    if (typeof startDate === 'string' && isIsoDate(startDate) && endDate && endDate < startDate) {
      ctx.addIssue({ code: 'custom', path: ['training', 'endDate'], message: 'La fin ne peut pas précéder le début.' });
    }
  });

export const planInput = z.object({ pathId: positiveId, version: readVersion, plan: objectSchema(PLAN_FIELDS) });

export const exitInput = z.object({
  pathId: positiveId,
  version: readVersion,
  exit: objectSchema(EXIT_FIELDS),
  /** The placements the confirmation listed: the exit ends exactly these (refused if others are open now). */
  endPlacements: z.array(positiveId).default([]),
});

/** A finished path's exit corrected: its day, its reason (or given, for an exit migrated without one). */
export const exitCorrectionInput = z.object({
  pathId: positiveId,
  version: readVersion,
  exit: objectSchema(EXIT_FIELDS),
  /** Moved back, the exit ends the path's placements that lasted past it: those the confirmation listed. */
  endPlacements: z.array(positiveId).default([]),
});

/** The label of a path's entry day, in its forms and in the journal's messages. */
export const PATH_START_LABEL = "Date d'entrée en parcours";

/**
 * A path's entry corrected (a typo in its day), at the version it was read. Named `entryDate`,
 * not `startDate`: its field sits on the Suivi page beside the new path's own.
 */
export const startCorrectionInput = z.object({ pathId: positiveId, version: readVersion, entryDate: requiredDate });

/** The records of a path, by their name in the journal. */
export const PATH_RECORD_KINDS = ['entretien', 'frein', 'action_formation'] as const;
export type PathRecordKind = (typeof PATH_RECORD_KINDS)[number];

/** A record of an open path deleted, at the version it was read (one changed since is refused). */
export const deleteRecordInput = z.object({ kind: z.enum(PATH_RECORD_KINDS), id: positiveId, version: readVersion });

export const followedFilters = z.object({
  /** The référent's name as written on the workers' records; null: every référent. */
  referent: z.string().max(80).nullable().default(null),
  dueWithinDays: integer(0, 90, "Un nombre de jours entre 0 et 90.", 7),
  notSeenDays: integer(1, 730, 'Un nombre de jours entre 1 et 730.', 30),
});
export type FollowedFilters = z.input<typeof followedFilters>;

export type InterviewValues = ValuesOf<typeof INTERVIEW_FIELDS>;
export type BarrierValues = ValuesOf<typeof BARRIER_FIELDS>;
export type TrainingValues = ValuesOf<typeof TRAINING_FIELDS>;
export type PlanValues = ValuesOf<typeof PLAN_FIELDS>;
export type ExitValues = ValuesOf<typeof EXIT_FIELDS>;

export interface InterviewView extends InterviewValues {
  id: number;
  version: number;
  clientId: number | null;
  clientName: string | null;
}
export interface BarrierView extends BarrierValues {
  id: number;
  version: number;
}
export interface TrainingView extends TrainingValues {
  id: number;
  version: number;
}

/** A path in the list of a worker's paths: the first is number 1. */
export interface PathSummary {
  id: number;
  number: number;
  startDate: string;
  exitDate: string | null;
}

export interface PathDetail extends PlanValues, PathSummary {
  version: number;
  exitReason: ExitValues['exitReason'] | null;
  exitCategory: ExitCategory | null;
  exitNotes: string | null;
  interviews: InterviewView[];
  barriers: BarrierView[];
  trainings: TrainingView[];
  /** The last interview held (not a future one). */
  lastSeen: string | null;
}

export interface SupportDetail {
  worker: { id: number; name: string; referent: string | null; status: WorkerStatus; archived: boolean; entryDate: string | null };
  /** Newest first. */
  paths: PathSummary[];
  /** The path asked for, else the open one, else the last one; null before the first path. */
  path: PathDetail | null;
  /** The clients of the worker's placements: those a tripartite interview may be held with. */
  clients: { id: number; name: string }[];
}

/** A placement an exit ends, as the confirmation lists it. */
export interface ExitPlacement {
  id: number;
  clientName: string;
  taskKind: TaskKind;
  startDate: string;
  endDate: string;
  status: PlacementStatus;
  /** What the exit does to it: ended on `newEndDate`, or cancelled (it had not started). */
  outcome: 'terminee' | 'annulee';
  newEndDate: string;
}

export interface ExitPreview {
  placements: ExitPlacement[];
  /** Why the exit cannot be on this day, or null. */
  problem: string | null;
}

export interface FollowedRow {
  workerId: number;
  name: string;
  status: WorkerStatus;
  referent: string | null;
  pathId: number | null;
  pathStart: string | null;
  lastSeen: string | null;
  nextInterviewDate: string | null;
  due: InterviewDue;
  daysNotSeen: number | null;
  /** Not seen for more than the days asked. */
  notSeen: boolean;
}

export const TIMELINE_KINDS = [
  { code: 'entretien', label: 'Entretiens' },
  { code: 'mission', label: 'Missions' },
  { code: 'heures', label: 'Heures' },
  { code: 'formation', label: 'Actions et formations' },
  { code: 'pass', label: 'PASS IAE' },
  { code: 'parcours', label: 'Entrées et sorties' },
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number]['code'];

export interface TimelineEvent {
  /** Unique in the timeline (a React key). */
  key: string;
  kind: TimelineKind;
  date: string;
  title: string;
  detail: string | null;
  /** The record's page, when it has one. */
  to: string | null;
}

const workerId = z.object({ workerId: positiveId });

export const supportContract = {
  'support.get': call<SupportDetail>()(z.object({ workerId: positiveId, pathId: positiveId.nullable().default(null) }), { write: false, permission: 'support.read' }),
  'support.openPath': call<SupportDetail>()(z.object({ workerId: positiveId, startDate: requiredDate }), { write: true, permission: 'support.write' }),
  'support.savePlan': call<SupportDetail>()(planInput, { write: true, permission: 'support.write' }),
  'support.saveInterview': call<SupportDetail>()(interviewInput, { write: true, permission: 'support.write' }),
  'support.saveBarrier': call<SupportDetail>()(barrierInput, { write: true, permission: 'support.write' }),
  'support.saveTraining': call<SupportDetail>()(trainingInput, { write: true, permission: 'support.write' }),
  'support.deleteRecord': call<SupportDetail>()(deleteRecordInput, { write: true, permission: 'support.write' }),
  'support.exitPreview': call<ExitPreview>()(z.object({ pathId: positiveId, exitDate: requiredDate }), { write: false, permission: 'support.read' }),
  'support.recordExit': call<SupportDetail>()(exitInput, { write: true, permission: 'support.write' }),
  'support.correctExit': call<SupportDetail>()(exitCorrectionInput, { write: true, permission: 'support.write' }),
  'support.correctStart': call<SupportDetail>()(startCorrectionInput, { write: true, permission: 'support.write' }),
  'support.followed': call<{ rows: FollowedRow[]; referents: string[] }>()(followedFilters, { write: false, permission: 'support.read' }),
  'support.timeline': call<{ events: TimelineEvent[] }>()(workerId, { write: false, permission: 'support.read' }),
};

// The pure rules the support screens show early (the back end decides).
export { EXIT_CATEGORIES, EXIT_REASONS, exitCategory, exitCategoryLabel, type ExitCategory, type ExitReason } from '../rules/exits';
export { INTERVIEW_DUE_LABELS, interviewDue, isInterviewDue, type InterviewDue } from '../rules/follow-up';
