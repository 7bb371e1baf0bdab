import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Every change, who made it and when (domain §7). Append-only: nothing updates or deletes here.
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    details: text('details'),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId)],
);
