import { eq } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { fieldLabels } from '../contract/field-spec';
import type { ExitPlacement } from '../contract/support';
import { EXIT_FIELDS } from '../contract/support-fields';
import { placements, supportPaths } from '../schema';
import { audit, diff } from '../audit';
import { AppError } from '../errors';
import { exitCategory, exitDateProblem, OPEN_PLACEMENT_STATUSES, placementsCutByEarlierExit, placementsEndedByExit, type PlacementEnding } from '../rules/exits';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from '../records/clients';
import { loadSupport, pathRecord, pathsOf, type PathRecord } from '../records/support';
import { refuseStale } from '../records/versions';
import { followPath, openPathOf } from './support-records';

// The exit (domain §5): a day and a reason on the open path. It ends the worker's open
// placements (after a confirmation that lists them: exitPreview), and the worker is « sorti ».

interface OpenPlacementRow extends ClientNameColumns {
  id: number;
  task_kind: ExitPlacement['taskKind'];
  start_date: string;
  end_date: string;
  status: ExitPlacement['status'];
  version: number;
}

const PLACEMENT_COLUMNS = `p.id, p.task_kind, p.start_date, p.end_date, p.status, p.version, ${clientNameColumns('c')}`;

/**
 * The placements an exit on `exitDate` ends: for an open path, the worker's open placements;
 * for a recorded exit moved back, those of the path lasting past the new day.
 */
function placementsOfExit(ctx: Ctx, path: PathRecord, exitDate: string): { rows: OpenPlacementRow[]; endings: PlacementEnding[] } {
  const rows = (
    path.exitDate === null
      ? ctx.sqlite
          .prepare(
            `SELECT ${PLACEMENT_COLUMNS} FROM placements p JOIN clients c ON c.id = p.client_id
             WHERE p.worker_id = ? AND p.status IN (${OPEN_PLACEMENT_STATUSES.map(() => '?').join(', ')}) ORDER BY p.start_date, p.id`,
          )
          .all(path.workerId, ...OPEN_PLACEMENT_STATUSES)
      : ctx.sqlite
          .prepare(
            `SELECT ${PLACEMENT_COLUMNS} FROM placements p JOIN clients c ON c.id = p.client_id
             WHERE p.worker_id = ? AND p.status <> 'annulee' AND p.end_date > ? AND p.start_date <= ? ORDER BY p.start_date, p.id`,
          )
          .all(path.workerId, exitDate, path.exitDate)
  ) as OpenPlacementRow[];
  const plain = rows.map((p) => ({ id: p.id, startDate: p.start_date, endDate: p.end_date, status: p.status }));
  return { rows, endings: path.exitDate === null ? placementsEndedByExit(plain, exitDate) : placementsCutByEarlierExit(plain, exitDate) };
}

/** What an exit of this path on `exitDate` would do, and why it could not be that day. */
function exitEffects(ctx: Ctx, path: PathRecord, exitDate: string) {
  // A recorded exit is corrected within its path: the next path's hours and start bound it.
  const nextStart = pathsOf(ctx, path.workerId).find((p) => p.startDate > path.startDate)?.startDate ?? null;
  const lastWorkedDay = ctx.sqlite
    .prepare('SELECT MAX(h.day) FROM hours h JOIN placements p ON p.id = h.placement_id WHERE p.worker_id = ? AND h.day < ?')
    .pluck()
    .get(path.workerId, nextStart ?? '9999-12-31') as string | null;
  const { rows, endings } = placementsOfExit(ctx, path, exitDate);
  const byId = new Map(endings.map((e) => [e.id, e]));
  const listed: (ExitPlacement & { version: number })[] = rows
    .filter((p) => byId.has(p.id))
    .map((p) => {
      const ending = byId.get(p.id)!;
      return {
        id: p.id,
        clientName: clientNameOf(p),
        taskKind: p.task_kind,
        startDate: p.start_date,
        endDate: p.end_date,
        status: p.status,
        outcome: ending.status,
        newEndDate: ending.endDate,
        version: p.version,
      };
    });
  return { placements: listed, problem: exitDateProblem(exitDate, path.startDate, lastWorkedDay, nextStart) };
}

/**
 * Checks the exit day, and that the confirmation listed exactly the placements the exit ends
 * now (another opened or closed since is asked again); then ends them, each logged.
 */
function endConfirmedPlacements(ctx: Ctx, path: PathRecord, exitDate: string, confirmedIds: number[]): number[] {
  const effects = exitEffects(ctx, path, exitDate);
  if (effects.problem) throw new AppError('validation', 'Certains champs sont à corriger.', { 'exit.exitDate': effects.problem });
  const ended = effects.placements.map((p) => p.id).sort((a, b) => a - b);
  const confirmed = [...new Set(confirmedIds)].sort((a, b) => a - b);
  if (ended.join(',') !== confirmed.join(',')) {
    throw new AppError('confirm', 'Les missions de ce salarié ont changé depuis la confirmation : vérifiez la liste, puis confirmez à nouveau.');
  }
  const now = ctx.now().toISOString();
  for (const p of effects.placements) {
    const next = p.version + 1;
    ctx.db.update(placements).set({ status: p.outcome, endDate: p.newEndDate, updatedAt: now, version: next }).where(eq(placements.id, p.id)).run();
    const champs = [...(p.outcome === p.status ? [] : ['status']), ...(p.newEndDate === p.endDate ? [] : ['endDate'])];
    audit(ctx, 'statut', 'mission', p.id, { avant: p.status, apres: p.outcome, champs, version: next, sortieDuParcours: path.id });
  }
  return ended;
}

const exitPreview: Handler<'support.exitPreview'> = (ctx, { pathId, exitDate }) => {
  const { placements: listed, problem } = exitEffects(ctx, pathRecord(ctx, pathId), exitDate);
  return { placements: listed.map(({ version: _v, ...p }) => p), problem };
};

const stale = (pathId: number) => ({ entity: 'parcours' as const, entityId: pathId, changed: 'Ce parcours a été modifié', labels: fieldLabels(EXIT_FIELDS) });

const recordExit: Handler<'support.recordExit'> = (ctx, { pathId, version, exit, endPlacements }) => {
  const path = openPathOf(ctx, pathId);
  refuseStale(ctx, stale(pathId), path.version, version);
  const ended = endConfirmedPlacements(ctx, path, exit.exitDate, endPlacements);
  const next = path.version + 1;
  ctx.db
    .update(supportPaths)
    .set({ exitDate: exit.exitDate, exitReason: exit.exitReason, exitNotes: exit.exitNotes, nextInterviewDate: null, updatedAt: ctx.now().toISOString(), version: next })
    .where(eq(supportPaths.id, pathId))
    .run();
  audit(ctx, 'sortie', 'parcours', pathId, {
    champs: ['exitDate', 'exitReason', 'exitNotes'],
    version: next,
    motif: exit.exitReason,
    categorie: exitCategory(exit.exitReason),
    missions: ended,
  });
  followPath(ctx, path.workerId, { status: 'sorti', exitDate: exit.exitDate });
  return loadSupport(ctx, path.workerId, pathId);
};

/**
 * A recorded exit corrected: its day (within the rules of an exit; moved back, it ends the
 * path's placements that lasted past it, as confirmed), its reason and notes. The worker's
 * exit date follows when it is their last path.
 */
const correctExit: Handler<'support.correctExit'> = (ctx, { pathId, version, exit, endPlacements }) => {
  const path = pathRecord(ctx, pathId);
  if (path.exitDate === null) throw new AppError('rule', "Ce parcours est en cours : enregistrez d'abord sa sortie.");
  refuseStale(ctx, stale(pathId), path.version, version);
  const ended = endConfirmedPlacements(ctx, path, exit.exitDate, endPlacements);
  const change = diff(path, exit);
  const next = path.version + 1;
  ctx.db.update(supportPaths).set({ ...exit, updatedAt: ctx.now().toISOString(), version: next }).where(eq(supportPaths.id, pathId)).run();
  const details = { champs: change.champs, version: next, motif: exit.exitReason, categorie: exitCategory(exit.exitReason), ...(ended.length ? { missions: ended } : {}) };
  audit(ctx, 'modification', 'parcours', pathId, details, change);
  if (pathsOf(ctx, path.workerId).at(-1)?.id === pathId) followPath(ctx, path.workerId, { status: 'sorti', exitDate: exit.exitDate });
  return loadSupport(ctx, path.workerId, pathId);
};

export const exitHandlers = {
  'support.correctExit': correctExit,
  'support.exitPreview': exitPreview,
  'support.recordExit': recordExit,
};
