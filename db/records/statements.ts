import type Database from 'better-sqlite3';

// Statements compiled once per connection and kept with it: the hot paths (the hours grid, the
// lists, the alerts) run the same SQL at every call, and compiling it again cost more than
// running it. Keyed by the SQL text; a plucking statement is kept apart from a row-returning one.

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function cacheOf(sqlite: Database.Database): Map<string, Database.Statement> {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  return cache;
}

/** `sqlite.prepare(sql)`, compiled at the first call only. */
export function statement(sqlite: Database.Database, sql: string): Database.Statement {
  const cache = cacheOf(sqlite);
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = sqlite.prepare(sql)));
  return s;
}

/** `sqlite.prepare(sql).pluck()` (the first column of each row), compiled at the first call only. */
export function pluckStatement(sqlite: Database.Database, sql: string): Database.Statement {
  const cache = cacheOf(sqlite);
  const key = `pluck:${sql}`;
  let s = cache.get(key);
  if (!s) cache.set(key, (s = sqlite.prepare(sql).pluck()));
  return s;
}

/** `IN (…)` over a JSON array of ids bound as one parameter: one statement (compiled once) whatever the number of ids. */
export const IN_IDS = 'IN (SELECT value FROM json_each(?))';
