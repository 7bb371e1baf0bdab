import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { idColumn } from './columns';

// Every change, who made it and when (domain §7). Append-only: nothing updates or deletes here.
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: idColumn(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    details: text('details'),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId)],
);
