import type Database from 'better-sqlite3';

// A direction account created without the wizard: the tests' and the test host's way in
// (PASSERELLE_FIRST_ACCOUNT, see electron/server/web-host.ts). Only when no account exists:
// then anyone at the PC could run the wizard anyway, so it opens nothing new.

export interface FirstAccount {
  login: string;
  name: string;
  /** db/auth/passwords.ts's format: never the password itself. */
  passwordHash: string;
}

export function seedFirstAccount(sqlite: Database.Database, account: FirstAccount, now: Date): void {
  const exists = sqlite.prepare('SELECT 1 FROM accounts LIMIT 1').get();
  if (exists) return;
  const at = now.toISOString();
  sqlite
    .prepare("INSERT INTO accounts (login, name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'direction', ?, ?, ?)")
    .run(account.login, account.name, account.passwordHash, at, at);
}
