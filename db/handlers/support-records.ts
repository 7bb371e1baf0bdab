import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import type { AuditEntity } from '../contract/audit';
import { workers } from '../schema';
import { audit, diff, values } from '../audit';
import { AppError } from '../errors';
import { insertPastPath, pathRecord, type PathRecord } from '../records/support';
import { refuseStale, type VersionedRecord } from '../records/versions';

// What every write of a worker's support shares: the path must be open (a finished path is read,
// never changed), a record is saved on the version it was read at, and the worker's record
// follows their path (en parcours from its start, sorti at its exit).

/** The path a record is added to or changed on: it must exist and still be open. */
export function openPathOf(ctx: Ctx, pathId: number): PathRecord {
  const path = pathRecord(ctx, pathId);
  if (path.exitDate !== null) {
    throw new AppError('rule', 'Ce parcours est terminé : il se consulte, il ne se modifie plus. Pour un retour, commencez un nouveau parcours.');
  }
  return path;
}

export interface ChildStore<Row extends { pathId: number; version: number }> {
  entity: AuditEntity;
  /** The record, for the message of a stale save. */
  record(id: number): VersionedRecord;
  notFound: string;
  read(id: number): Row | undefined;
  insert(columns: Record<string, unknown>, createdAt: string): number;
  update(id: number, columns: Record<string, unknown>, updatedAt: string, version: number): void;
  remove(id: number): void;
}

/**
 * Creates (id null) or updates a record of a path (an interview, a barrier, a training), refusing
 * a save read at an older version; logged in the journal with the fields changed.
 */
export function saveOnPath<Row extends { pathId: number; version: number }>(
  ctx: Ctx,
  store: ChildStore<Row>,
  input: { pathId: number; id: number | null; version: number | null },
  columns: Record<string, unknown>,
): number {
  openPathOf(ctx, input.pathId);
  const now = ctx.now().toISOString();
  if (input.id === null) {
    const id = store.insert({ ...columns, pathId: input.pathId }, now);
    audit(ctx, 'création', store.entity, id, { parcours: input.pathId }, { before: null, after: values(columns) });
    return id;
  }
  const before = store.read(input.id);
  if (!before || before.pathId !== input.pathId) throw new AppError('not_found', store.notFound);
  refuseStale(ctx, store.record(input.id), before.version, input.version ?? 0);
  const next = before.version + 1;
  store.update(input.id, columns, now, next);
  const change = diff(before, columns);
  audit(ctx, 'modification', store.entity, input.id, { parcours: input.pathId, champs: change.champs, version: next }, change);
  return input.id;
}

/**
 * Deletes a record of an open path, read at `version` (a record changed since is refused, so
 * nobody deletes what they have not seen); logged with the values it held.
 */
export function deleteOnPath<Row extends { id: number; pathId: number; version: number }>(ctx: Ctx, store: ChildStore<Row>, id: number, version: number): Row {
  const before = store.read(id);
  if (!before) throw new AppError('not_found', store.notFound);
  openPathOf(ctx, before.pathId);
  refuseStale(ctx, store.record(id), before.version, version);
  store.remove(id);
  audit(ctx, 'suppression', store.entity, id, { parcours: before.pathId }, { before: values(before), after: null });
  return before;
}

const PATH_FIELDS = {
  status: 'Le statut suit le parcours : commencez un parcours ou enregistrez la sortie dans le Suivi.',
  entryDate: "La date d'entrée est celle du parcours : elle s'enregistre dans le Suivi, en commençant le parcours.",
  exitDate: "La sortie s'enregistre dans le Suivi (avec son motif, et les missions qu'elle clôt) ; une sortie enregistrée s'y corrige.",
} as const;

/**
 * Refuses a change of a worker's record that would bypass their path: the status and the
 * dates of entry and exit follow the Suivi (followPath), never the worker form.
 */
export function refusePathFields(before: Record<keyof typeof PATH_FIELDS, string | null>, after: Partial<Record<keyof typeof PATH_FIELDS, string | null>>): void {
  const moved = (Object.keys(PATH_FIELDS) as (keyof typeof PATH_FIELDS)[]).filter((k) => (after[k] ?? null) !== (before[k] ?? null));
  if (moved.length === 0) return;
  throw new AppError('validation', "Le statut et les dates d'entrée et de sortie se changent dans le Suivi.", Object.fromEntries(moved.map((k) => [`worker.${k}`, PATH_FIELDS[k]])));
}

/** A worker registered already out gets the path of their history, logged (its reason is given in the Suivi). */
export function pathOfNewWorker(ctx: Ctx, workerId: number, worker: { status: string; entryDate: string | null; exitDate: string | null }): void {
  const id = insertPastPath(ctx, workerId, worker);
  if (id !== null) audit(ctx, 'création', 'parcours', id, { salarie: workerId, numero: 1 }, { before: null, after: { startDate: worker.entryDate, exitDate: worker.exitDate } });
}

/** The worker's status and dates as their path leaves them; logged as a change of their record. */
export function followPath(ctx: Ctx, workerId: number, state: { status: 'en_parcours' | 'sorti'; entryDate?: string; exitDate: string | null }): void {
  const before = ctx.db.select().from(workers).where(eq(workers.id, workerId)).get();
  if (!before) throw new AppError('not_found', "Ce salarié n'existe pas (ou plus).");
  const columns = { status: state.status, exitDate: state.exitDate, ...(state.entryDate ? { entryDate: state.entryDate } : {}) };
  const change = diff(before, columns);
  if (change.champs.length === 0) return;
  const version = before.version + 1;
  ctx.db.update(workers).set({ ...columns, version, updatedAt: ctx.now().toISOString() }).where(eq(workers.id, workerId)).run();
  audit(ctx, 'modification', 'salarie', workerId, { champs: change.champs, version, parcours: true }, change);
}
