import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { contactDetails, idColumn, ownerColumn, postalAddress, recordTimes, versionColumn } from './columns';
import { accounts } from './accounts';

// Salariés en parcours (and candidats before hiring): domain §2.
export const workers = sqliteTable(
  'workers',
  {
    id: idColumn(),
    civility: text('civility').notNull(),
    birthName: text('birth_name').notNull(),
    usageName: text('usage_name'),
    firstName: text('first_name').notNull(),
    birthDate: text('birth_date').notNull(),
    nir: text('nir'),
    nationality: text('nationality').notNull(),
    permitNumber: text('permit_number'),
    permitExpiry: text('permit_expiry'),
    ...postalAddress(),
    qpv: integer('qpv', { mode: 'boolean' }).notNull().default(false),
    ...contactDetails(),
    orienteur: text('orienteur'),
    educationLevel: text('education_level'),
    drivingLicence: integer('driving_licence', { mode: 'boolean' }).notNull().default(false),
    vehicle: integer('vehicle', { mode: 'boolean' }).notNull().default(false),
    /** JSON array of task-kind codes. */
    skills: text('skills').notNull().default('[]'),
    availability: text('availability'),
    /** A referent typed as text before accounts, when no account matches it (else null). */
    referent: text('referent'),
    /** The referent's account. */
    referentAccountId: integer('referent_account_id').references(() => accounts.id),
    status: text('status').notNull(),
    entryDate: text('entry_date'),
    exitDate: text('exit_date'),
    notes: text('notes'),
    /** When the person's identity was erased (GDPR: path ended long ago); null otherwise. */
    anonymisedAt: text('anonymised_at'),
    ...recordTimes(),
    /** Accent- and case-free names, for search as you type (db/base/search.ts). */
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('workers_nir').on(t.nir).where(sql`${t.nir} IS NOT NULL`),
    index('workers_identity').on(t.birthDate, t.searchText),
    check('workers_status', sql`${t.status} IN ('candidat', 'en_parcours', 'sorti')`),
  ],
);

export const passes = sqliteTable(
  'pass_iae',
  {
    id: idColumn(),
    workerId: ownerColumn('worker_id', () => workers.id),
    number: text('number').notNull(),
    startDate: text('start_date').notNull(),
    /** The end date as the State platform shows it, when the office corrected the computed one. */
    endDateOverride: text('end_date_override'),
    createdAt: text('created_at').notNull(),
    version: versionColumn(),
  },
  (t) => [index('pass_iae_worker').on(t.workerId, t.startDate)],
);

export const passPeriods = sqliteTable(
  'pass_iae_periods',
  {
    id: idColumn(),
    passId: integer('pass_id')
      .notNull()
      .references(() => passes.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
  },
  (t) => [index('pass_iae_periods_pass').on(t.passId), check('pass_period_kind', sql`${t.kind} IN ('suspension', 'prolongation')`)],
);

export const diagnoses = sqliteTable(
  'eligibility_diagnoses',
  {
    id: idColumn(),
    workerId: ownerColumn('worker_id', () => workers.id),
    date: text('date').notNull(),
    authorKind: text('author_kind').notNull(),
    authorName: text('author_name'),
    /** JSON array of criterion codes (db/rules/eligibility.ts). */
    criteria: text('criteria').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('eligibility_diagnoses_worker').on(t.workerId, t.date)],
);
