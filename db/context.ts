import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';
import type { CallName, Output, Parsed } from './contract';

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

/**
 * One call's handler: the parsed input of the contract in, its output out. A read call may
 * answer later (a promise: an export written after its rows are read); a write never does, as
 * its transaction must hold every change (the dispatcher refuses it).
 */
export type Handler<K extends CallName> = (ctx: Ctx, input: Parsed<K>) => Output<K> | Promise<Output<K>>;
/** Every call of the contract with its handler (db/api.ts checks the map against it). */
export type HandlerMap = { [K in CallName]: Handler<K> };
