import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { idColumn, versionColumn } from './columns';

// Staff accounts (issue 13): one per person using Passerelle. Disabled, never deleted, so that
// the journal keeps the name of whoever made each change.
export const accounts = sqliteTable(
  'accounts',
  {
    id: idColumn(),
    /** What is typed at the login screen; unique whatever its case. */
    login: text('login').notNull(),
    /** The person's name as the journal and the referent fields show it. */
    name: text('name').notNull(),
    role: text('role').notNull(),
    /** scrypt, with its parameters and salt (db/auth/passwords.ts); never the password. */
    passwordHash: text('password_hash').notNull(),
    /** Set by a reset: the next login asks for a new password. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    /** ISO instant until which the login is refused after 5 failed attempts. */
    lockedUntil: text('locked_until'),
    disabledAt: text('disabled_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex('accounts_login').on(sql`lower(${t.login})`),
    check('accounts_role', sql`${t.role} IN ('direction', 'conseiller', 'charge')`),
  ],
);

// One row (id = 1): the security settings, edited by direction (Paramètres > Comptes).
export const securitySettings = sqliteTable(
  'security_settings',
  {
    id: integer('id').primaryKey(),
    /** Minutes without a keystroke or a click before the app asks for the password again. */
    idleLockMinutes: integer('idle_lock_minutes').notNull().default(10),
    /** Years after the end of their path before a worker is proposed for anonymisation. */
    anonymiseAfterYears: integer('anonymise_after_years').notNull().default(2),
    version: versionColumn(),
  },
  (t) => [check('security_settings_single_row', sql`${t.id} = 1`)],
);
