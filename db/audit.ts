import type { Ctx } from './context';
import type { AuditAction, AuditEntity } from './contract/audit';
import { auditLog } from './schema';

/** Records a change in the audit log, inside the caller's transaction. */
export function audit(ctx: Ctx, action: AuditAction, entity: AuditEntity, entityId: string | number | null, details?: unknown) {
  ctx.db
    .insert(auditLog)
    .values({
      at: ctx.now().toISOString(),
      actor: ctx.actor.name,
      action,
      entity,
      entityId: entityId === null ? null : String(entityId),
      details: details === undefined ? null : JSON.stringify(details),
    })
    .run();
}
