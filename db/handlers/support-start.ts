import { eq } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { fieldLabels } from '../contract/field-spec';
import { PATH_START_LABEL } from '../contract/support';
import { EXIT_FIELDS, PLAN_FIELDS } from '../contract/support-fields';
import { supportPaths } from '../schema';
import { audit, diff } from '../audit';
import { AppError } from '../errors';
import { startDateProblem } from '../rules/exits';
import { loadSupport, pathRecord, pathsOf, type PathRecord } from '../records/support';
import { refuseStale } from '../records/versions';
import { followPath } from './support-records';

// A path's entry corrected (« Corriger la date d'entrée »): the worker form no longer changes
// the entry date (refusePathFields), so a typo in it is fixed here, on the path, open or finished.

/**
 * The first day the worker has hours on within the path: after the previous path's exit, up to
 * this path's exit (hours before the entry, if any, count too: they cannot move further out).
 */
function firstWorkedDay(ctx: Ctx, path: PathRecord, previousExit: string | null): string | null {
  return ctx.sqlite
    .prepare('SELECT MIN(h.day) FROM hours h JOIN placements p ON p.id = h.placement_id WHERE p.worker_id = ? AND h.day > ? AND h.day <= ?')
    .pluck()
    .get(path.workerId, previousExit ?? '', path.exitDate ?? '9999-12-31') as string | null;
}

/** The path's fields a stale refusal may name: changed by a correction, the plan or the exit. */
const PATH_LABELS = { ...fieldLabels(PLAN_FIELDS), ...fieldLabels(EXIT_FIELDS), startDate: PATH_START_LABEL };

const correctStart: Handler<'support.correctStart'> = (ctx, { pathId, version, entryDate: startDate }) => {
  const path = pathRecord(ctx, pathId);
  refuseStale(ctx, { entity: 'parcours', entityId: pathId, changed: 'Ce parcours a été modifié', labels: PATH_LABELS }, path.version, version);
  const paths = pathsOf(ctx, path.workerId);
  const index = paths.findIndex((p) => p.id === pathId);
  const previousExit = index > 0 ? paths[index - 1]!.exitDate : null;
  const problem = startDateProblem(startDate, path.exitDate, firstWorkedDay(ctx, path, previousExit), previousExit);
  if (problem) throw new AppError('validation', 'Certains champs sont à corriger.', { entryDate: problem });
  const change = diff(path, { startDate });
  const next = path.version + 1;
  ctx.db.update(supportPaths).set({ startDate, updatedAt: ctx.now().toISOString(), version: next }).where(eq(supportPaths.id, pathId)).run();
  audit(ctx, 'modification', 'parcours', pathId, { champs: change.champs, version: next }, change);
  if (index === paths.length - 1) followPath(ctx, path.workerId, { status: path.exitDate === null ? 'en_parcours' : 'sorti', entryDate: startDate, exitDate: path.exitDate });
  return loadSupport(ctx, path.workerId, pathId);
};

export const startHandlers = { 'support.correctStart': correctStart };
