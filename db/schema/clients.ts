import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { contactDetails, idColumn, ownerColumn, postalAddress, recordTimes, versionColumn } from './columns';

// Utilisateurs (clients, adhérents): domain §2. A particulier is a person (civility, last name,
// first name); any other kind an organisation (its raison sociale in `name`).
export const clients = sqliteTable(
  'clients',
  {
    id: idColumn(),
    kind: text('kind').notNull(),
    name: text('name'),
    civility: text('civility'),
    lastName: text('last_name'),
    firstName: text('first_name'),
    /** A name that an update could not split into civility, first and last name: the office checks it. */
    nameReview: integer('name_review', { mode: 'boolean' }).notNull().default(false),
    siret: text('siret'),
    contactName: text('contact_name'),
    ...postalAddress(),
    ...contactDetails(),
    hourlyRateCents: integer('hourly_rate_cents'),
    paymentTermsDays: integer('payment_terms_days').notNull(),
    counts480: integer('counts_480', { mode: 'boolean' }).notNull(),
    lastLayoffDate: text('last_layoff_date'),
    /** The post of the layoff: a task-kind code, as a placement's task (db/contract/reference.ts). */
    lastLayoffPost: text('last_layoff_post'),
    /**
     * The post as typed before it was chosen from the tasks, when the update could not read it as
     * one (db/migration-steps.ts): shown on the client's page for the office to choose, until saved.
     */
    lastLayoffPostReview: text('last_layoff_post_review'),
    notes: text('notes'),
    /** The client's code in the accounts (its account is the settings' prefix + this code, 411…): given at the first invoice if empty. */
    accountCode: text('account_code'),
    ...recordTimes(),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    index('clients_siret').on(t.siret),
    uniqueIndex('clients_account_code').on(t.accountCode),
    check('clients_kind', sql`${t.kind} IN ('particulier', 'entreprise', 'association', 'collectivite', 'bailleur_social')`),
    check(
      'clients_named',
      sql`(${t.kind} = 'particulier' AND ${t.lastName} IS NOT NULL) OR (${t.kind} <> 'particulier' AND ${t.name} IS NOT NULL)`,
    ),
  ],
);

export const workAddresses = sqliteTable(
  'client_work_addresses',
  {
    id: idColumn(),
    clientId: ownerColumn('client_id', () => clients.id),
    label: text('label').notNull(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    archivedAt: text('archived_at'),
    version: versionColumn(),
  },
  (t) => [index('client_work_addresses_client').on(t.clientId)],
);

export const memberships = sqliteTable(
  'memberships',
  {
    id: idColumn(),
    clientId: ownerColumn('client_id', () => clients.id),
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
    paidOn: text('paid_on').notNull(),
    means: text('means').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('memberships_client_year').on(t.clientId, t.year)],
);
