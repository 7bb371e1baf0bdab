import type Database from 'better-sqlite3';
import type { AccountView, ReferentChoice, SecuritySettings, SessionAccount } from '../contract/accounts';
import type { Role } from '../contract/roles';
import { searchKey } from '../base/search';

// Staff accounts as the back end reads them: the session's account (each call), the security
// settings, and the link between workers' referents and accounts.

interface AccountRow {
  id: number;
  name: string;
  login: string;
  role: Role;
  mustChangePassword: number;
  disabledAt: string | null;
  lockedUntil: string | null;
  createdAt: string;
  version: number;
}

const COLUMNS =
  'id, name, login, role, must_change_password AS mustChangePassword, disabled_at AS disabledAt, locked_until AS lockedUntil, created_at AS createdAt, version';

/** The account a session belongs to, if it is still active (a disabled account's session ends). */
export function accountOfSession(sqlite: Database.Database, id: number): SessionAccount | null {
  const row = sqlite.prepare(`SELECT ${COLUMNS} FROM accounts WHERE id = ?`).get(id) as AccountRow | undefined;
  if (!row || row.disabledAt) return null;
  return { id: row.id, name: row.name, login: row.login, role: row.role, mustChangePassword: row.mustChangePassword === 1 };
}

export function listAccounts(sqlite: Database.Database): AccountView[] {
  const rows = sqlite.prepare(`SELECT ${COLUMNS} FROM accounts ORDER BY disabled_at IS NOT NULL, name COLLATE NOCASE`).all() as AccountRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    login: r.login,
    role: r.role,
    disabled: r.disabledAt !== null,
    lockedUntil: r.lockedUntil,
    mustChangePassword: r.mustChangePassword === 1,
    createdAt: r.createdAt,
    version: r.version,
  }));
}

export function accountCount(sqlite: Database.Database): number {
  return sqlite.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
}

/** Active accounts, for the referent field. */
export function referentChoices(sqlite: Database.Database): ReferentChoice[] {
  return sqlite.prepare('SELECT id, name, role FROM accounts WHERE disabled_at IS NULL ORDER BY name COLLATE NOCASE').all() as ReferentChoice[];
}

export const DEFAULT_SECURITY: SecuritySettings = { idleLockMinutes: 10, anonymiseAfterYears: 2, version: 0 };

export function securitySettings(sqlite: Database.Database): SecuritySettings {
  const row = sqlite
    .prepare('SELECT idle_lock_minutes AS idleLockMinutes, anonymise_after_years AS anonymiseAfterYears, version FROM security_settings WHERE id = 1')
    .get() as SecuritySettings | undefined;
  return row ?? DEFAULT_SECURITY;
}

export function idleLockMinutes(sqlite: Database.Database): number {
  return securitySettings(sqlite).idleLockMinutes;
}

/** The same words in any order, without accents or case: « MARTIN Claire » is « Claire Martin ». */
export function nameKey(name: string): string {
  return searchKey(name).split(' ').filter(Boolean).sort().join(' ');
}

function accountsByName(sqlite: Database.Database): Map<string, { id: number; name: string } | null> {
  const accounts = sqlite.prepare('SELECT id, name FROM accounts WHERE disabled_at IS NULL').all() as { id: number; name: string }[];
  const byKey = new Map<string, { id: number; name: string } | null>();
  for (const a of accounts) {
    const key = nameKey(a.name);
    // Two accounts of the same name: the text cannot say which, it stays text.
    byKey.set(key, byKey.has(key) ? null : a);
  }
  return byKey;
}

/**
 * A worker's referent is a link to an account (referent_account_id), its name kept beside it
 * (referent) for the lists, the filter and the exports. A referent typed as text — before
 * accounts existed, or in an import — is linked to the account of that name when exactly one
 * active account has it (words in any order, accents and case ignored), and takes that
 * account's spelling; otherwise it stays as text. Run by the migration that brought accounts,
 * when an account is created or renamed, and when a worker is saved. `workerId`: that worker
 * only. Returns how many workers were linked.
 */
export function linkReferents(sqlite: Database.Database, workerId?: number): number {
  const byKey = accountsByName(sqlite);
  const rows = sqlite
    .prepare(`SELECT id, referent, referent_account_id AS accountId FROM workers WHERE referent IS NOT NULL AND referent <> ''${workerId === undefined ? '' : ' AND id = ?'}`)
    .all(...(workerId === undefined ? [] : [workerId])) as { id: number; referent: string; accountId: number | null }[];
  const link = sqlite.prepare('UPDATE workers SET referent_account_id = ?, referent = ? WHERE id = ?');
  let linked = 0;
  for (const r of rows) {
    const account = byKey.get(nameKey(r.referent)) ?? null;
    if (account && (account.id !== r.accountId || account.name !== r.referent)) {
      link.run(account.id, account.name, r.id);
      linked++;
    } else if (!account && r.accountId !== null) link.run(null, r.referent, r.id);
  }
  if (workerId !== undefined) sqlite.prepare("UPDATE workers SET referent_account_id = NULL WHERE id = ? AND (referent IS NULL OR referent = '')").run(workerId);
  return linked;
}

/** A renamed account: the workers it follows show its new name. */
export function renameReferent(sqlite: Database.Database, accountId: number, name: string): void {
  sqlite.prepare('UPDATE workers SET referent = ? WHERE referent_account_id = ?').run(name, accountId);
}
