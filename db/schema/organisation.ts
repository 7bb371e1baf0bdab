import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { contactDetails, postalAddress, versionColumn } from './columns';

// One row (id = 1): the association's identity and defaults, edited in Paramètres > Organisation.
export const organisation = sqliteTable(
  'organisation',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    siret: text('siret'),
    ...postalAddress(),
    ...contactDetails(),
    conventionNumber: text('convention_number'),
    sapDeclarationNumber: text('sap_declaration_number'),
    defaultBilledRateCents: integer('default_billed_rate_cents').notNull(),
    defaultWageRateCents: integer('default_wage_rate_cents'),
    etpAnnualMinutes: integer('etp_annual_minutes').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: versionColumn(),
  },
  (t) => [check('organisation_single_row', sql`${t.id} = 1`)],
);
