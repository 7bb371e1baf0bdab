import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { idColumn, ownerColumn, versionColumn } from './columns';
import { workers } from './workers';
import { clients } from './clients';

// Support (domain §5–6): a worker's paths (parcours) and what is done along each. A person who
// comes back after an exit starts a new path; the old one stays as it was.

const times = () => ({
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: versionColumn(),
});

export const supportPaths = sqliteTable(
  'support_paths',
  {
    id: idColumn(),
    workerId: ownerColumn('worker_id', () => workers.id),
    startDate: text('start_date').notNull(),
    objectives: text('objectives'),
    nextInterviewDate: text('next_interview_date'),
    exitDate: text('exit_date'),
    /** A code of EXIT_REASONS (db/rules/exits.ts); null on a path migrated with an exit but no reason. */
    exitReason: text('exit_reason'),
    exitNotes: text('exit_notes'),
    ...times(),
  },
  (t) => [
    index('support_paths_worker').on(t.workerId, t.startDate),
    // One open path at a time.
    uniqueIndex('support_paths_open').on(t.workerId).where(sql`${t.exitDate} IS NULL`),
    check('support_paths_dates', sql`${t.exitDate} IS NULL OR ${t.exitDate} >= ${t.startDate}`),
  ],
);

const pathColumn = () => ownerColumn('path_id', () => supportPaths.id);

export const supportInterviews = sqliteTable(
  'support_interviews',
  {
    id: idColumn(),
    pathId: pathColumn(),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    /** The client of a tripartite interview. */
    clientId: integer('client_id').references(() => clients.id),
    notes: text('notes'),
    ...times(),
  },
  (t) => [
    index('support_interviews_path').on(t.pathId, t.date),
    check('support_interviews_kind', sql`${t.kind} IN ('accueil', 'diagnostic', 'suivi', 'bilan', 'tripartite')`),
  ],
);

export const supportBarriers = sqliteTable(
  'support_barriers',
  {
    id: idColumn(),
    pathId: pathColumn(),
    barrier: text('barrier').notNull(),
    state: text('state').notNull(),
    notes: text('notes'),
    ...times(),
  },
  (t) => [uniqueIndex('support_barriers_path').on(t.pathId, t.barrier)],
);

export const supportTrainings = sqliteTable(
  'support_trainings',
  {
    id: idColumn(),
    pathId: pathColumn(),
    title: text('title').notNull(),
    organisme: text('organisme'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    minutes: integer('minutes'),
    qualifying: integer('qualifying', { mode: 'boolean' }).notNull().default(false),
    ...times(),
  },
  (t) => [index('support_trainings_path').on(t.pathId, t.startDate)],
);
