import type Database from 'better-sqlite3';
import { AUDIT_PAGE, type AuditEntry, type AuditFilters, type AuditPage, type ParsedAuditFilters } from '../contract/audit';

// The journal as direction reads it: newest first, filtered by who, which record and dates,
// a page at a time.

type Filters = ParsedAuditFilters;

interface Row {
  id: number;
  at: string;
  actor: string;
  actorId: number | null;
  action: AuditEntry['action'];
  entity: AuditEntry['entity'];
  entityId: string | null;
  details: string | null;
  before: string | null;
  after: string | null;
  redacted: number;
}

const parse = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

function where(f: Filters): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.actorId !== null) {
    parts.push('actor_id = ?');
    params.push(f.actorId);
  }
  if (f.entity !== null) {
    parts.push('entity = ?');
    params.push(f.entity);
  }
  if (f.entityId !== null && f.entityId !== '') {
    parts.push('entity_id = ?');
    params.push(f.entityId);
  }
  // `at` is an ISO instant (UTC); a day filter takes the whole day in UTC's terms, close
  // enough for a journal read by day.
  if (f.from) {
    parts.push('at >= ?');
    params.push(`${f.from}T00:00:00`);
  }
  if (f.to) {
    parts.push('at <= ?');
    params.push(`${f.to}T23:59:59.999Z`);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Every entry the filters select, newest first (`limit`: a page). */
export function auditEntries(sqlite: Database.Database, filters: Filters, limit: number | null): AuditEntry[] {
  const w = where(filters);
  const page = filters.before !== null ? `${w.sql ? `${w.sql} AND` : 'WHERE'} id < ?` : w.sql;
  const params = filters.before !== null ? [...w.params, filters.before] : w.params;
  const rows = sqlite
    .prepare(
      `SELECT id, at, actor, actor_id AS actorId, action, entity, entity_id AS entityId, details, before, after, redacted
       FROM audit_log ${page} ORDER BY id DESC ${limit !== null ? `LIMIT ${limit}` : ''}`,
    )
    .all(...params) as Row[];
  return rows.map((r) => ({ ...r, details: parse(r.details), before: parse(r.before), after: parse(r.after), redacted: r.redacted === 1 }));
}

export function auditPage(sqlite: Database.Database, filters: Filters): AuditPage {
  const entries = auditEntries(sqlite, filters, AUDIT_PAGE + 1);
  const more = entries.length > AUDIT_PAGE;
  const shown = more ? entries.slice(0, AUDIT_PAGE) : entries;
  const actors = sqlite.prepare('SELECT id, name FROM accounts ORDER BY name COLLATE NOCASE').all() as { id: number; name: string }[];
  return { entries: shown, next: more ? shown.at(-1)!.id : null, actors };
}

export type { AuditFilters };
