import { eq } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { exportFile, placementsSheet } from '../import/exports';
import type { RuleIssue } from '../contract/result';
import { PLACEMENT_LABELS, type PlacementDetail, type PlacementRow } from '../contract/placements';
import { placements } from '../schema';
import { audit, auditExport, diff, values } from '../audit';
import { AppError } from '../errors';
import { passStatus } from '../rules/pass-iae';
import { todayIso } from '../base/dates';
import { passesOf } from '../records/passes';
import { listPlacements } from './placement-list';
import { refuseStale, type VersionedRecord } from '../records/versions';
import { clientFacts, placementIssues, placeOf, workerFacts } from './placement-issues';
import { saveConfirmations } from './placement-confirmations';
import { placementColumns, placementValues } from '../records/placements';

const NOT_FOUND = "Cette mission n'existe pas (ou plus).";

const placementRecord = (id: number): VersionedRecord => ({ entity: 'mission', entityId: id, changed: 'Cette mission a été modifiée', labels: PLACEMENT_LABELS });

function refuseOrConfirm(issues: RuleIssue[], confirmed: string[]) {
  const blocking = issues.filter((i) => i.severity === 'blocking');
  if (blocking.length > 0) {
    throw new AppError(
      'rule',
      `La mission ne peut pas être enregistrée : ${blocking.map((b) => b.message).join(' ')}`,
      undefined,
      undefined,
      blocking,
    );
  }
  // A warning confirmed on this placement before is not asked again.
  const unconfirmed = issues.filter((i) => i.severity === 'warning' && !i.confirmation && !confirmed.includes(i.code));
  if (unconfirmed.length > 0) {
    throw new AppError('confirm', 'Confirmez les avertissements avant d’enregistrer la mission.', undefined, undefined, unconfirmed);
  }
}

const check: Handler<'placements.check'> = (ctx, { placement, id }) => placementIssues(ctx, placement, id);

const create: Handler<'placements.create'> = (ctx, { placement, confirmed }) => {
  const issues = placementIssues(ctx, placement, null);
  refuseOrConfirm(issues, confirmed);
  const now = ctx.now().toISOString();
  const cols = placementColumns(placement);
  const id = ctx.db.insert(placements).values({ ...cols, createdAt: now, updatedAt: now }).returning({ id: placements.id }).get().id;
  const fresh = saveConfirmations(ctx, id, issues);
  audit(ctx, 'création', 'mission', id, { avertissementsConfirmes: fresh.map((i) => i.message) }, { before: null, after: values(cols) });
  return { id };
};

const update: Handler<'placements.update'> = (ctx, { id, version, placement, confirmed }) => {
  const before = ctx.db.select().from(placements).where(eq(placements.id, id)).get();
  if (!before) throw new AppError('not_found', NOT_FOUND);
  refuseStale(ctx, placementRecord(id), before.version, version);
  const issues = placementIssues(ctx, placement, id);
  refuseOrConfirm(issues, confirmed);
  const cols = placementColumns(placement);
  const next = before.version + 1;
  ctx.db.update(placements).set({ ...cols, updatedAt: ctx.now().toISOString(), version: next }).where(eq(placements.id, id)).run();
  const fresh = saveConfirmations(ctx, id, issues);
  const change = diff(before, cols);
  audit(ctx, 'modification', 'mission', id, { champs: change.champs, version: next, avertissementsConfirmes: fresh.map((i) => i.message) }, change);
  return { id };
};

const setStatus: Handler<'placements.setStatus'> = (ctx, { id, version, status }) => {
  const before = ctx.db.select().from(placements).where(eq(placements.id, id)).get();
  if (!before) throw new AppError('not_found', NOT_FOUND);
  refuseStale(ctx, placementRecord(id), before.version, version);
  const next = before.version + 1;
  ctx.db.update(placements).set({ status, updatedAt: ctx.now().toISOString(), version: next }).where(eq(placements.id, id)).run();
  audit(ctx, 'statut', 'mission', id, { avant: before.status, apres: status, champs: ['status'], version: next }, {
    before: { status: before.status },
    after: { status },
  });
  return { id };
};

const list: Handler<'placements.list'> = (ctx, filters) => {
  const { rows, total } = listPlacements(ctx, filters, { sort: filters.sort, window: filters.window });
  const out: PlacementRow[] = rows.map(({ taskDetail: _t, wageRateCents: _w, plannedMinutes: _p, ...row }) => row);
  return { rows: out, total };
};

const exportList: Handler<'placements.export'> = (ctx, { filters, format }) => {
  const lines = listPlacements(ctx, filters).rows;
  auditExport(ctx, 'mission_liste', null, { format, lignes: lines.length, filtres: filters });
  return exportFile(placementsSheet(lines), format, 'missions', todayIso(ctx.now()));
};

export function loadPlacement(ctx: Ctx, id: number): PlacementDetail {
  const p = ctx.db.select().from(placements).where(eq(placements.id, id)).get();
  if (!p) throw new AppError('not_found', NOT_FOUND);
  const worker = workerFacts(ctx, p.workerId);
  const client = clientFacts(ctx, p.clientId);
  const values = placementValues(p);
  const passes = passesOf(ctx, [worker.id]).get(worker.id) ?? [];
  const today = todayIso(ctx.now());
  const current = passes.at(-1) ?? null;
  const finished = p.status === 'terminee' || p.status === 'annulee';
  return {
    ...values,
    id: p.id,
    version: p.version,
    workerName: worker.name,
    workerPassNumber: current?.number ?? null,
    workerPassEnd: current?.end ?? null,
    workerPassStatus: current ? passStatus(current.start, current.end, current.periods, today) : 'aucun',
    clientName: client.name,
    clientKind: client.kind,
    clientCounts480: client.counts480,
    place: placeOf(ctx, values, client).line,
    workedMinutes: ctx.sqlite.prepare('SELECT COALESCE(SUM(minutes), 0) FROM hours WHERE placement_id = ?').pluck().get(id) as number,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    // A finished placement is history: its rules are not re-judged against today's facts.
    issues: finished ? [] : placementIssues(ctx, values, p.id),
  };
}

const get: Handler<'placements.get'> = (ctx, { id }) => loadPlacement(ctx, id);

export const placementsHandlers = {
  'placements.list': list,
  'placements.get': get,
  'placements.check': check,
  'placements.create': create,
  'placements.update': update,
  'placements.setStatus': setStatus,
  'placements.export': exportList,
};
