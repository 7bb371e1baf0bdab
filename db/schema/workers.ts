import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Salariés en parcours (and candidats before hiring): domain §2.
export const workers = sqliteTable(
  'workers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    civility: text('civility').notNull(),
    birthName: text('birth_name').notNull(),
    usageName: text('usage_name'),
    firstName: text('first_name').notNull(),
    birthDate: text('birth_date').notNull(),
    nir: text('nir'),
    nationality: text('nationality').notNull(),
    permitNumber: text('permit_number'),
    permitExpiry: text('permit_expiry'),
    addressLine1: text('address_line1'),
    addressLine2: text('address_line2'),
    postalCode: text('postal_code'),
    city: text('city'),
    qpv: integer('qpv', { mode: 'boolean' }).notNull().default(false),
    phone: text('phone'),
    email: text('email'),
    orienteur: text('orienteur'),
    educationLevel: text('education_level'),
    drivingLicence: integer('driving_licence', { mode: 'boolean' }).notNull().default(false),
    vehicle: integer('vehicle', { mode: 'boolean' }).notNull().default(false),
    /** JSON array of task-kind codes. */
    skills: text('skills').notNull().default('[]'),
    availability: text('availability'),
    referent: text('referent'),
    status: text('status').notNull(),
    entryDate: text('entry_date'),
    exitDate: text('exit_date'),
    notes: text('notes'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    workerId: integer('worker_id')
      .notNull()
      .references(() => workers.id),
    number: text('number').notNull(),
    startDate: text('start_date').notNull(),
    /** The end date as the State platform shows it, when the office corrected the computed one. */
    endDateOverride: text('end_date_override'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('pass_iae_worker').on(t.workerId, t.startDate)],
);

export const passPeriods = sqliteTable(
  'pass_iae_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    id: integer('id').primaryKey({ autoIncrement: true }),
    workerId: integer('worker_id')
      .notNull()
      .references(() => workers.id),
    date: text('date').notNull(),
    authorKind: text('author_kind').notNull(),
    authorName: text('author_name'),
    /** JSON array of criterion codes (db/rules/eligibility.ts). */
    criteria: text('criteria').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('eligibility_diagnoses_worker').on(t.workerId, t.date)],
);
