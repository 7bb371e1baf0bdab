import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import type { WorkerStatus } from '../contract/reference';
import type { InterviewView, PathDetail, PathSummary, SupportDetail } from '../contract/support';
import { BARRIER_FIELDS, INTERVIEW_FIELDS, PLAN_FIELDS, TRAINING_FIELDS } from '../contract/support-fields';
import { exitCategory, type ExitReason } from '../rules/exits';
import { supportBarriers, supportPaths, supportTrainings, workers } from '../schema';
import { todayIso } from '../base/dates';
import { AppError } from '../errors';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from './clients';
import { rowOf, valuesOf } from './row-values';
import { workerName } from './workers';

// A worker's support as stored and as its page reads it: the paths (numbered from the first),
// and along the chosen one its interviews, barriers, actions and trainings.

export type PathRecord = typeof supportPaths.$inferSelect;

export const PATH_NOT_FOUND = "Ce parcours n'existe pas (ou plus).";

export function pathRecord(ctx: Ctx, pathId: number): PathRecord {
  const p = ctx.db.select().from(supportPaths).where(eq(supportPaths.id, pathId)).get();
  if (!p) throw new AppError('not_found', PATH_NOT_FOUND);
  return p;
}

/**
 * The path of a worker registered already out (an import, a record of the past): their entry
 * and exit, its reason to be given in the Suivi, as migration 0009 did for the workers of
 * before the Suivi. Null (nothing inserted) for a worker who is not out.
 */
export function insertPastPath(ctx: Ctx, workerId: number, w: { status: string; entryDate?: string | null; exitDate?: string | null }): number | null {
  if (w.status !== 'sorti' || !w.entryDate || !w.exitDate) return null;
  const now = ctx.now().toISOString();
  return ctx.db
    .insert(supportPaths)
    .values({ workerId, startDate: w.entryDate, exitDate: w.exitDate, createdAt: now, updatedAt: now })
    .returning({ id: supportPaths.id })
    .get().id;
}

/** A worker's paths, first first. */
export function pathsOf(ctx: Ctx, workerId: number): PathRecord[] {
  return ctx.db.select().from(supportPaths).where(eq(supportPaths.workerId, workerId)).orderBy(asc(supportPaths.startDate), asc(supportPaths.id)).all();
}

export const interviewRow = (v: Parameters<typeof rowOf<typeof INTERVIEW_FIELDS>>[1]) => rowOf(INTERVIEW_FIELDS, v);
export const barrierRow = (v: Parameters<typeof rowOf<typeof BARRIER_FIELDS>>[1]) => rowOf(BARRIER_FIELDS, v);
export const trainingRow = (v: Parameters<typeof rowOf<typeof TRAINING_FIELDS>>[1]) => rowOf(TRAINING_FIELDS, v);
export const planRow = (v: Parameters<typeof rowOf<typeof PLAN_FIELDS>>[1]) => rowOf(PLAN_FIELDS, v);

function interviewsOf(ctx: Ctx, pathId: number): InterviewView[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT i.*, ${clientNameColumns('c')} FROM support_interviews i LEFT JOIN clients c ON c.id = i.client_id
       WHERE i.path_id = ? ORDER BY i.date DESC, i.id DESC`,
    )
    .all(pathId) as ({ id: number; version: number; date: string; kind: string; notes: string | null; client_id: number | null } & ClientNameColumns)[];
  return rows.map((r) => ({
    ...valuesOf(INTERVIEW_FIELDS, r),
    id: r.id,
    version: r.version,
    clientId: r.client_id,
    clientName: r.client_id === null ? null : clientNameOf(r),
  }));
}

function pathDetail(ctx: Ctx, p: PathRecord, number: number): PathDetail {
  const interviews = interviewsOf(ctx, p.id);
  const today = todayIso(ctx.now());
  const barriers = ctx.db.select().from(supportBarriers).where(eq(supportBarriers.pathId, p.id)).orderBy(asc(supportBarriers.id)).all();
  const trainings = ctx.db.select().from(supportTrainings).where(eq(supportTrainings.pathId, p.id)).all();
  const reason = p.exitReason as ExitReason | null;
  return {
    ...valuesOf(PLAN_FIELDS, p),
    id: p.id,
    number,
    version: p.version,
    startDate: p.startDate,
    exitDate: p.exitDate,
    exitReason: reason,
    exitCategory: reason ? exitCategory(reason) : null,
    exitNotes: p.exitNotes,
    interviews,
    barriers: barriers.map((b) => ({ ...valuesOf(BARRIER_FIELDS, b), id: b.id, version: b.version })),
    trainings: trainings
      .map((t) => ({ ...valuesOf(TRAINING_FIELDS, t), id: t.id, version: t.version }))
      .sort((a, b) => b.startDate.localeCompare(a.startDate) || b.id - a.id),
    lastSeen: interviews.find((i) => i.date <= today)?.date ?? null,
  };
}

/** The clients of a worker's placements, by name. */
function clientsOfWorker(ctx: Ctx, workerId: number): { id: number; name: string }[] {
  const rows = ctx.sqlite
    .prepare(`SELECT DISTINCT c.id, ${clientNameColumns('c')} FROM placements p JOIN clients c ON c.id = p.client_id WHERE p.worker_id = ?`)
    .all(workerId) as ({ id: number } & ClientNameColumns)[];
  return rows.map((r) => ({ id: r.id, name: clientNameOf(r) })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** A worker's support page: `pathId` if given (it must be theirs), else the open path, else the last one. */
export function loadSupport(ctx: Ctx, workerId: number, pathId: number | null = null): SupportDetail {
  const w = ctx.db.select().from(workers).where(eq(workers.id, workerId)).get();
  if (!w) throw new AppError('not_found', "Ce salarié n'existe pas (ou plus).");
  const paths = pathsOf(ctx, workerId);
  const open = paths.findIndex((p) => p.exitDate === null);
  const index = pathId !== null ? paths.findIndex((p) => p.id === pathId) : open >= 0 ? open : paths.length - 1;
  if (pathId !== null && index < 0) throw new AppError('not_found', PATH_NOT_FOUND);
  const summaries: PathSummary[] = paths.map((p, i) => ({ id: p.id, number: i + 1, startDate: p.startDate, exitDate: p.exitDate }));
  return {
    worker: {
      id: w.id,
      name: workerName(w),
      referent: w.referent,
      status: w.status as WorkerStatus,
      archived: w.archivedAt !== null,
      entryDate: w.entryDate,
    },
    paths: summaries.reverse(),
    path: index < 0 ? null : pathDetail(ctx, paths[index]!, index + 1),
    clients: clientsOfWorker(ctx, workerId),
  };
}
