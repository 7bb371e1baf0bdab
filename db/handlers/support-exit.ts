import { eq } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { fieldLabels } from '../contract/field-spec';
import type { ExitPlacement } from '../contract/support';
import { EXIT_FIELDS } from '../contract/support-fields';
import { placements, supportPaths } from '../schema';
import { audit, diff } from '../audit';
import { AppError } from '../errors';
import { exitCategory, exitDateProblem, OPEN_PLACEMENT_STATUSES, placementsEndedByExit } from '../rules/exits';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from '../records/clients';
import { loadSupport, pathRecord, type PathRecord } from '../records/support';
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

/** What an exit of this path on `exitDate` would do, and why it could not be that day. */
function exitEffects(ctx: Ctx, path: PathRecord, exitDate: string) {
  const open = ctx.sqlite
    .prepare(
      `SELECT p.id, p.task_kind, p.start_date, p.end_date, p.status, p.version, ${clientNameColumns('c')}
       FROM placements p JOIN clients c ON c.id = p.client_id
       WHERE p.worker_id = ? AND p.status IN (${OPEN_PLACEMENT_STATUSES.map(() => '?').join(', ')})
       ORDER BY p.start_date, p.id`,
    )
    .all(path.workerId, ...OPEN_PLACEMENT_STATUSES) as OpenPlacementRow[];
  const lastWorkedDay = ctx.sqlite
    .prepare('SELECT MAX(h.day) FROM hours h JOIN placements p ON p.id = h.placement_id WHERE p.worker_id = ?')
    .pluck()
    .get(path.workerId) as string | null;
  const endings = new Map(
    placementsEndedByExit(
      open.map((p) => ({ id: p.id, startDate: p.start_date, endDate: p.end_date, status: p.status })),
      exitDate,
    ).map((e) => [e.id, e]),
  );
  const listed: (ExitPlacement & { version: number })[] = open.map((p) => {
    const ending = endings.get(p.id)!;
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
  return { placements: listed, problem: exitDateProblem(exitDate, path.startDate, lastWorkedDay) };
}

const exitPreview: Handler<'support.exitPreview'> = (ctx, { pathId, exitDate }) => {
  const { placements: listed, problem } = exitEffects(ctx, openPathOf(ctx, pathId), exitDate);
  return { placements: listed.map(({ version: _v, ...p }) => p), problem };
};

const recordExit: Handler<'support.recordExit'> = (ctx, { pathId, version, exit, endPlacements }) => {
  const path = openPathOf(ctx, pathId);
  refuseStale(ctx, { entity: 'parcours', entityId: pathId, changed: 'Ce parcours a été modifié', labels: fieldLabels(EXIT_FIELDS) }, path.version, version);
  const effects = exitEffects(ctx, path, exit.exitDate);
  if (effects.problem) throw new AppError('validation', 'Certains champs sont à corriger.', { 'exit.exitDate': effects.problem });
  // The confirmation listed the placements open then: another opened or closed since is asked again.
  const open = effects.placements.map((p) => p.id).sort((a, b) => a - b);
  const confirmed = [...new Set(endPlacements)].sort((a, b) => a - b);
  if (open.join(',') !== confirmed.join(',')) {
    throw new AppError('confirm', 'Les missions en cours de ce salarié ont changé depuis la confirmation : vérifiez la liste, puis confirmez à nouveau.');
  }
  const now = ctx.now().toISOString();
  for (const p of effects.placements) {
    const next = p.version + 1;
    ctx.db.update(placements).set({ status: p.outcome, endDate: p.newEndDate, updatedAt: now, version: next }).where(eq(placements.id, p.id)).run();
    const champs = p.newEndDate === p.endDate ? ['status'] : ['status', 'endDate'];
    audit(ctx, 'statut', 'mission', p.id, { avant: p.status, apres: p.outcome, champs, version: next, sortieDuParcours: pathId });
  }
  const next = path.version + 1;
  ctx.db
    .update(supportPaths)
    .set({ exitDate: exit.exitDate, exitReason: exit.exitReason, exitNotes: exit.exitNotes, nextInterviewDate: null, updatedAt: now, version: next })
    .where(eq(supportPaths.id, pathId))
    .run();
  audit(ctx, 'sortie', 'parcours', pathId, {
    champs: ['exitDate', 'exitReason', 'exitNotes'],
    version: next,
    motif: exit.exitReason,
    categorie: exitCategory(exit.exitReason),
    missions: open,
  });
  followPath(ctx, path.workerId, { status: 'sorti', exitDate: exit.exitDate });
  return loadSupport(ctx, path.workerId, pathId);
};

const correctExit: Handler<'support.correctExit'> = (ctx, { pathId, version, exit }) => {
  const path = pathRecord(ctx, pathId);
  if (path.exitDate === null) throw new AppError('rule', "Ce parcours est en cours : enregistrez d'abord sa sortie.");
  refuseStale(ctx, { entity: 'parcours', entityId: pathId, changed: 'Ce parcours a été modifié', labels: fieldLabels(EXIT_FIELDS) }, path.version, version);
  const change = diff(path, exit);
  const next = path.version + 1;
  ctx.db.update(supportPaths).set({ ...exit, updatedAt: ctx.now().toISOString(), version: next }).where(eq(supportPaths.id, pathId)).run();
  audit(ctx, 'modification', 'parcours', pathId, { champs: change.champs, version: next, motif: exit.exitReason, categorie: exitCategory(exit.exitReason) }, change);
  return loadSupport(ctx, path.workerId, pathId);
};

export const exitHandlers = {
  'support.correctExit': correctExit,
  'support.exitPreview': exitPreview,
  'support.recordExit': recordExit,
};
