import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// One row (id = 1): the association's identity and defaults, edited in Paramètres > Organisation.
export const organisation = sqliteTable(
  'organisation',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    siret: text('siret'),
    addressLine1: text('address_line1'),
    addressLine2: text('address_line2'),
    postalCode: text('postal_code'),
    city: text('city'),
    phone: text('phone'),
    email: text('email'),
    conventionNumber: text('convention_number'),
    sapDeclarationNumber: text('sap_declaration_number'),
    defaultBilledRateCents: integer('default_billed_rate_cents').notNull(),
    defaultWageRateCents: integer('default_wage_rate_cents'),
    etpAnnualMinutes: integer('etp_annual_minutes').notNull(),
    invoicePrefix: text('invoice_prefix').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('organisation_single_row', sql`${t.id} = 1`)],
);
