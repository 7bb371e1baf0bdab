import { eq } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { fieldLabels } from '../contract/field-spec';
import { PLAN_FIELDS } from '../contract/support-fields';
import { supportPaths } from '../schema';
import { audit, diff } from '../audit';
import { AppError } from '../errors';
import { todayIso } from '../base/dates';
import { newPathProblem } from '../rules/exits';
import { barrierRow, interviewRow, loadSupport, pathRecord, pathsOf, planRow, trainingRow } from '../records/support';
import { refuseStale } from '../records/versions';
import { deleteOnPath, followPath, openPathOf, saveOnPath, type ChildStore } from './support-records';
import { pathStores } from './support-stores';
import { exitHandlers } from './support-exit';
import { startHandlers } from './support-start';
import { followUpHandlers } from './follow-up';

// A worker's support (domain §6): their paths, and along the open one the interviews, barriers,
// actions and trainings, objectives and next interview. Each save answers with the page's data.

const workerOfPath = (ctx: Ctx, pathId: number) => pathRecord(ctx, pathId).workerId;

/** The page of the path just changed. */
const pageOf = (ctx: Ctx, pathId: number) => loadSupport(ctx, workerOfPath(ctx, pathId), pathId);

const openPath: Handler<'support.openPath'> = (ctx, { workerId, startDate }) => {
  const detail = loadSupport(ctx, workerId);
  const paths = pathsOf(ctx, workerId);
  const problem = newPathProblem(startDate, paths.some((p) => p.exitDate === null), paths.at(-1)?.exitDate ?? null);
  if (problem) throw new AppError('validation', 'Certains champs sont à corriger.', { startDate: problem });
  const now = ctx.now().toISOString();
  const id = ctx.db.insert(supportPaths).values({ workerId, startDate, createdAt: now, updatedAt: now }).returning({ id: supportPaths.id }).get().id;
  audit(ctx, 'création', 'parcours', id, { salarie: workerId, numero: detail.paths.length + 1 });
  followPath(ctx, workerId, { status: 'en_parcours', entryDate: startDate, exitDate: null });
  return loadSupport(ctx, workerId, id);
};

const savePlan: Handler<'support.savePlan'> = (ctx, { pathId, version, plan }) => {
  const before = openPathOf(ctx, pathId);
  refuseStale(ctx, { entity: 'parcours', entityId: pathId, changed: 'Ce parcours a été modifié', labels: fieldLabels(PLAN_FIELDS) }, before.version, version);
  const columns = planRow(plan);
  const next = before.version + 1;
  ctx.db.update(supportPaths).set({ ...columns, version: next, updatedAt: ctx.now().toISOString() }).where(eq(supportPaths.id, pathId)).run();
  const change = diff(before, columns);
  audit(ctx, 'modification', 'parcours', pathId, { champs: change.champs, version: next }, change);
  return pageOf(ctx, pathId);
};

const saveInterview: Handler<'support.saveInterview'> = (ctx, input) => {
  if (input.interview.date > todayIso(ctx.now())) {
    throw new AppError('validation', 'Certains champs sont à corriger.', {
      'interview.date': "Un entretien s'enregistre une fois tenu : pour un entretien à venir, indiquez-le comme prochain entretien.",
    });
  }
  const workerId = workerOfPath(ctx, input.pathId);
  const clientId = input.interview.kind === 'tripartite' ? input.clientId : null;
  if (clientId !== null && !loadSupport(ctx, workerId).clients.some((c) => c.id === clientId)) {
    throw new AppError('validation', 'Certains champs sont à corriger.', { clientId: "Choisissez un utilisateur chez qui le salarié a une mission." });
  }
  saveOnPath(
    ctx,
    pathStores(ctx).entretien,
    input,
    { ...interviewRow(input.interview), clientId },
  );
  if (input.nextInterviewDate) {
    const path = openPathOf(ctx, input.pathId);
    if (path.nextInterviewDate !== input.nextInterviewDate) {
      const version = path.version + 1;
      ctx.db.update(supportPaths).set({ nextInterviewDate: input.nextInterviewDate, version, updatedAt: ctx.now().toISOString() }).where(eq(supportPaths.id, path.id)).run();
      audit(ctx, 'modification', 'parcours', path.id, { champs: ['nextInterviewDate'], version });
    }
  }
  return pageOf(ctx, input.pathId);
};

const saveBarrier: Handler<'support.saveBarrier'> = (ctx, input) => {
  const columns = barrierRow(input.barrier);
  const taken = ctx.sqlite.prepare('SELECT id FROM support_barriers WHERE path_id = ? AND barrier = ?').pluck().get(input.pathId, columns.barrier) as number | undefined;
  if (taken !== undefined && taken !== input.id) {
    throw new AppError('validation', 'Certains champs sont à corriger.', { 'barrier.barrier': 'Ce frein est déjà suivi dans ce parcours : changez son état plutôt.' });
  }
  saveOnPath(
    ctx,
    pathStores(ctx).frein,
    input,
    columns,
  );
  return pageOf(ctx, input.pathId);
};

const saveTraining: Handler<'support.saveTraining'> = (ctx, input) => {
  saveOnPath(
    ctx,
    pathStores(ctx).action_formation,
    input,
    trainingRow(input.training),
  );
  return pageOf(ctx, input.pathId);
};

const deleteRecord: Handler<'support.deleteRecord'> = (ctx, { kind, id, version }) => {
  const store: ChildStore<{ id: number; pathId: number; version: number }> = pathStores(ctx)[kind];
  const deleted = deleteOnPath(ctx, store, id, version);
  return pageOf(ctx, deleted.pathId);
};

export const supportHandlers = {
  'support.get': ((ctx, { workerId, pathId }) => loadSupport(ctx, workerId, pathId)) satisfies Handler<'support.get'>,
  'support.openPath': openPath,
  'support.savePlan': savePlan,
  'support.saveInterview': saveInterview,
  'support.saveBarrier': saveBarrier,
  'support.saveTraining': saveTraining,
  'support.deleteRecord': deleteRecord,
  ...exitHandlers,
  ...startHandlers,
  ...followUpHandlers,
};
