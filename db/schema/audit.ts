import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { idColumn } from './columns';
import { accounts } from './accounts';

// Every change, who made it and when (domain §7), with the changed fields' values before and
// after. Append-only: triggers refuse UPDATE and DELETE (migration 0012), except the one
// redaction an anonymisation makes of the values it erases (see db/audit.ts).
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: idColumn(),
    at: text('at').notNull(),
    /** The account's name when it acted (kept as it was: the log is never rewritten). */
    actor: text('actor').notNull(),
    /** The account; null for entries written before accounts existed, or by the system. */
    actorId: integer('actor_id').references(() => accounts.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    details: text('details'),
    /** JSON: the changed fields' values before the write (null for a creation). */
    before: text('before'),
    /** JSON: the same fields' values after it (null for a deletion). */
    after: text('after'),
    /** 1 once an anonymisation has erased the personal values of this entry. */
    redacted: integer('redacted', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId), index('audit_log_at').on(t.at)],
);
