import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { idColumn, ownerColumn, versionColumn } from './columns';
import { workers } from './workers';
import { clients, workAddresses } from './clients';

// Mises à disposition (domain §3) and the hours worked on them, per day.
export const placements = sqliteTable(
  'placements',
  {
    id: idColumn(),
    workerId: ownerColumn('worker_id', () => workers.id),
    clientId: ownerColumn('client_id', () => clients.id),
    /** Null: at the client's billing address. */
    workAddressId: integer('work_address_id').references(() => workAddresses.id),
    taskKind: text('task_kind').notNull(),
    taskDetail: text('task_detail'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    plannedMinutes: integer('planned_minutes'),
    billedRateCents: integer('billed_rate_cents').notNull(),
    wageRateCents: integer('wage_rate_cents').notNull(),
    ppeNeeded: text('ppe_needed'),
    ppeSuppliedBy: text('ppe_supplied_by'),
    status: text('status').notNull(),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: versionColumn(),
  },
  (t) => [
    index('placements_worker').on(t.workerId, t.startDate),
    index('placements_client').on(t.clientId, t.startDate),
    index('placements_dates').on(t.startDate, t.endDate),
    check('placements_status', sql`${t.status} IN ('prevue', 'en_cours', 'terminee', 'annulee')`),
    check('placements_dates_order', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/**
 * The warnings of a placement that the office confirmed (domain §3: adhésion absente, hors
 * territoire, licenciement économique on another post…): who and when, kept with the placement
 * so that the same warning is shown as confirmed, not asked again. `message` is the warning's
 * statement as it was confirmed: a warning that now says something else is asked again.
 */
export const placementConfirmations = sqliteTable(
  'placement_confirmations',
  {
    id: idColumn(),
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    message: text('message').notNull(),
    confirmedBy: text('confirmed_by').notNull(),
    confirmedAt: text('confirmed_at').notNull(),
  },
  (t) => [uniqueIndex('placement_confirmations_code').on(t.placementId, t.code)],
);

export const hours = sqliteTable(
  'hours',
  {
    placementId: ownerColumn('placement_id', () => placements.id),
    day: text('day').notNull(),
    minutes: integer('minutes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.placementId, t.day] }),
    // Month aggregates read the hours first through this covering index (architecture.md).
    index('hours_day_placement').on(t.day, t.placementId, t.minutes),
    check('hours_positive', sql`${t.minutes} > 0 AND ${t.minutes} <= 1440`),
  ],
);

/**
 * Each worker's minutes of each day, all clients together, and those with clients that count
 * towards the 480 h: what the 10 h, 48 h and 480 h rules, the alerts and the month's totals read
 * instead of joining every hour to its placement and client. Derived from `hours`: kept up to
 * date by triggers on hours, placements (worker or client changed) and clients (counts_480
 * changed), in the same transaction as the change (migration hours_compact_worker_days, hand-written: Drizzle does not
 * describe triggers). `hours` and this table are stored WITHOUT ROWID (also hand-written there):
 * a change to either table here must keep that in its migration.
 */
export const workerDays = sqliteTable(
  'worker_days',
  {
    workerId: integer('worker_id').notNull(),
    day: text('day').notNull(),
    minutes: integer('minutes').notNull(),
    countingMinutes: integer('counting_minutes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workerId, t.day] })],
);

/** A month whose hours are closed (invoiced): no entry without reopening it, which is logged. */
export const monthClosures = sqliteTable('month_closures', {
  month: text('month').primaryKey(),
  closedAt: text('closed_at').notNull(),
  closedBy: text('closed_by').notNull(),
});

/** The communes of the convention's territory (domain §3): a placement elsewhere is warned. */
export const territoryCommunes = sqliteTable('territory_communes', {
  id: idColumn(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
});

/**
 * The works of article D4154-1 (db/rules/forbidden-work.ts) the office does not refuse: unticked
 * in the settings, for a DREETS derogation say. Empty, every work of the list is refused.
 */
export const forbiddenWorkExceptions = sqliteTable('forbidden_work_exceptions', {
  code: text('code').primaryKey(),
});

/** Prefectoral waivers allowing more than 480 h with entreprises (up to 3 years, renewable). */
export const waivers480 = sqliteTable('waivers_480', {
  id: idColumn(),
  reference: text('reference').notNull(),
  startDate: text('start_date').notNull(),
  endDate: text('end_date').notNull(),
});

/**
 * The rule choices that are one value each (domain §3, « à vérifier »): one row (id = 1), written
 * on the first save of the rules; without it, the defaults apply. `mode_480`: how the 24 months
 * of the 480 hours are counted (see db/rules/hours-480.ts).
 */
export const ruleOptions = sqliteTable(
  'rule_options',
  {
    id: integer('id').primaryKey(),
    mode480: text('mode_480', { enum: ['fenetre', 'glissante'] }).notNull().default('fenetre'),
    /** The version of all the rule settings (territory, forbidden tasks, waivers, mode): see versionColumn. */
    version: versionColumn(),
  },
  (t) => [check('rule_options_single_row', sql`${t.id} = 1`), check('rule_options_mode_480', sql`${t.mode480} IN ('fenetre', 'glissante')`)],
);
