import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';
import type { CallName, Output, Parsed } from './contract';
import type { SessionAccount } from './contract/accounts';

/** Who acts: the logged-in account (its id and name), or the system (id null) for start-up work. */
export interface Actor {
  id: number | null;
  name: string;
}

/** What a handler may do with the session of whoever calls it (the auth handlers only). */
export interface SessionPort {
  readonly locked: boolean;
  /** Logs in: a new session for this account, in the caller's slot. */
  open(accountId: number): void;
  /** Logs out. */
  close(): void;
  setLocked(locked: boolean): void;
  /** Ends every session of an account (disabled, password reset). */
  closeAccount(accountId: number): void;
}

/** The part of a handler's context that does not change from call to call. */
export interface BaseCtx {
  db: BetterSQLite3Database<typeof schema>;
  sqlite: Database.Database;
  now: () => Date;
}

/** What every handler receives: the database (Drizzle and raw, for prepared hot paths) and who acts. */
export interface Ctx extends BaseCtx {
  actor: Actor;
  /** The logged-in account; null only for the calls that need none (permission `public`). */
  account: SessionAccount | null;
  session: SessionPort;
}

/**
 * One call's handler: the parsed input of the contract in, its output out. A read call may
 * answer later (a promise: an export written after its rows are read); a write never does, as
 * its transaction must hold every change (the dispatcher refuses it).
 */
export type Handler<K extends CallName> = (ctx: Ctx, input: Parsed<K>) => Output<K> | Promise<Output<K>>;
/** Every call of the contract with its handler (db/api.ts checks the map against it). */
export type HandlerMap = { [K in CallName]: Handler<K> };
