import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/** The acting staff member. Until staff accounts exist, the session's OS user. */
export interface Actor {
  id: number | null;
  name: string;
}

/** What every handler receives: the database (Drizzle and raw, for prepared hot paths) and who acts. */
export interface Ctx {
  db: BetterSQLite3Database<typeof schema>;
  sqlite: Database.Database;
  actor: Actor;
  now: () => Date;
}
