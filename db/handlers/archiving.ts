import type { Ctx } from '../context';
import type { AuditEntity } from '../contract/audit';
import { audit } from '../audit';
import { AppError } from '../errors';

/**
 * Archives (a date) or unarchives (null) a worker or a client: an update like any other, so its
 * version goes up and the journal names it (a form open on the record meanwhile is then told).
 */
export function setArchived(
  ctx: Ctx,
  record: { table: 'workers' | 'clients'; entity: AuditEntity; notFound: string },
  id: number,
  archivedAt: string | null,
): { id: number } {
  const old = ctx.sqlite.prepare(`SELECT archived_at FROM ${record.table} WHERE id = ?`).pluck().get(id) as string | null | undefined;
  const row = ctx.sqlite
    .prepare(`UPDATE ${record.table} SET archived_at = ?, version = version + 1 WHERE id = ? RETURNING version`)
    .get(archivedAt, id) as { version: number } | undefined;
  if (!row) throw new AppError('not_found', record.notFound);
  audit(ctx, archivedAt ? 'archivage' : 'désarchivage', record.entity, id, { champs: ['archivedAt'], version: row.version }, {
    before: { archivedAt: old ?? null },
    after: { archivedAt },
  });
  return { id };
}
