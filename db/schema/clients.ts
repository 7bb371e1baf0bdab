import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Utilisateurs (clients, adhérents): domain §2.
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    siret: text('siret'),
    contactName: text('contact_name'),
    addressLine1: text('address_line1'),
    addressLine2: text('address_line2'),
    postalCode: text('postal_code'),
    city: text('city'),
    phone: text('phone'),
    email: text('email'),
    hourlyRateCents: integer('hourly_rate_cents'),
    paymentTermsDays: integer('payment_terms_days').notNull(),
    counts480: integer('counts_480', { mode: 'boolean' }).notNull(),
    lastLayoffDate: text('last_layoff_date'),
    lastLayoffPost: text('last_layoff_post'),
    notes: text('notes'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    index('clients_siret').on(t.siret),
    check('clients_kind', sql`${t.kind} IN ('particulier', 'entreprise', 'association', 'collectivite', 'bailleur_social')`),
  ],
);

export const workAddresses = sqliteTable(
  'client_work_addresses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    label: text('label').notNull(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    archivedAt: text('archived_at'),
  },
  (t) => [index('client_work_addresses_client').on(t.clientId)],
);

export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
    paidOn: text('paid_on').notNull(),
    means: text('means').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('memberships_client_year').on(t.clientId, t.year)],
);
