import type { DuplicateLink } from './duplicates';
import type { RuleIssue } from '../rules/issues';

export type { RuleIssue, Severity } from '../rules/issues';
export { issueText } from '../rules/issues';

// The envelope every API call answers with, over IPC and over HTTP alike.
// Messages are French and written for the office user; `fields` maps a form field's path
// (dot-separated, e.g. "adresse.codePostal") to the message shown beside that field.

export type ErrorCode =
  | 'validation' // the input broke a rule of its schema: see `fields`
  | 'rule' // a business rule refused the action (a legal limit, a closed month…): see `issues`
  | 'confirm' // warnings the user must confirm before the action is done: see `issues`
  | 'not_found'
  | 'conflict'
  | 'duplicate' // looks like an existing record: see `duplicates`
  | 'stale' // the record was saved by someone else since it was read: see `stale`
  | 'unknown_call'
  | 'database_busy'
  | 'database_corrupt'
  | 'disk'
  | 'read_only'
  | 'unavailable' // the back end did not start (see app.status)
  | 'unauthorized'
  | 'unauthenticated' // no logged-in account: the login screen shows
  | 'locked' // the session is locked by idleness: the password again
  | 'forbidden' // the account's role does not allow this call
  | 'password_change' // the password was reset: a new one first
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  /** A short reference to give support; the technical detail is in the log, never on screen. */
  detail?: string;
  /** Existing records that look like the one being created (code `duplicate`). */
  duplicates?: DuplicateLink[];
  /** The rules that refused (code `rule`) or ask to confirm (code `confirm`). */
  issues?: RuleIssue[];
  /** A save made on an older version (code `stale`). */
  stale?: StaleSave;
}

/** What changed since the version a refused save was read at. */
export interface StaleSave {
  /** The version now stored: the one to send once the user has looked. */
  version: number;
  /** The keys of the fields changed since (the form's field names). */
  fields: string[];
  /** Who changed them. */
  by: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
