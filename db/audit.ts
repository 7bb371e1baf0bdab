import type { Ctx } from './context';
import type { AuditAction, AuditEntity } from './contract/audit';
import { auditLog } from './schema';

// The journal (audit_log): every write says who, when, which record, what changed, with the
// changed fields' values before and after. Append-only: the database refuses to update or delete
// an entry (triggers of migration 0012), but for the one redaction an anonymisation makes.

/** The changed fields' values: `before` null for a creation, `after` null for a deletion. */
export interface Change {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Records a change in the audit log, inside the caller's transaction. */
export function audit(
  ctx: Ctx,
  action: AuditAction,
  entity: AuditEntity,
  entityId: string | number | null,
  details?: unknown,
  change?: Change,
) {
  ctx.db
    .insert(auditLog)
    .values({
      at: ctx.now().toISOString(),
      actor: ctx.actor.name,
      actorId: ctx.actor.id,
      action,
      entity,
      entityId: entityId === null ? null : String(entityId),
      details: details === undefined ? null : JSON.stringify(details),
      before: change?.before ? JSON.stringify(change.before) : null,
      after: change?.after ? JSON.stringify(change.after) : null,
    })
    .run();
}

/** An export of personal data (a list, a person's file, the journal): who, when, what. */
export function auditExport(ctx: Ctx, entity: AuditEntity, entityId: string | number | null, details: Record<string, unknown>) {
  audit(ctx, 'export', entity, entityId, details);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields whose value differs between two states of a record, and their values on each
 * side: what an update writes to the journal. `ignore` leaves out derived columns (search text,
 * times, version).
 */
export function diff(
  beforeRecord: object,
  afterRecord: object,
  ignore: readonly string[] = ['searchText', 'updatedAt', 'createdAt', 'version'],
): { champs: string[] } & Change {
  const before = beforeRecord as Readonly<Record<string, unknown>>;
  const after = afterRecord as Readonly<Record<string, unknown>>;
  const champs = Object.keys(after).filter((k) => !ignore.includes(k) && !same(before[k], after[k]));
  return {
    champs,
    before: Object.fromEntries(champs.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(champs.map((k) => [k, after[k] ?? null])),
  };
}

/** A record's values as first written (or last held, for a deletion): those filled in, derived columns left out. */
export function values(row: object, ignore: readonly string[] = ['searchText', 'updatedAt', 'createdAt', 'version', 'id']) {
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => !ignore.includes(k) && v !== null && v !== undefined && v !== ''));
}
