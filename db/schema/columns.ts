import { integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

// Columns that several tables share, written once (each call makes fresh column builders).

export const idColumn = () => integer('id').primaryKey({ autoIncrement: true });

/** The record this row belongs to (a worker's PASS, a client's membership…). */
export const ownerColumn = (name: string, owner: () => AnySQLiteColumn) => integer(name).notNull().references(owner);

export const postalAddress = () => ({
  addressLine1: text('address_line1'),
  addressLine2: text('address_line2'),
  postalCode: text('postal_code'),
  city: text('city'),
});

export const contactDetails = () => ({
  phone: text('phone'),
  email: text('email'),
});

/**
 * The version a row is at: 1 when created, one more at each update. A save carries the version
 * it was read at, and a stale one is refused (db/records/versions.ts): no silent overwrite.
 */
export const versionColumn = () => integer('version').notNull().default(1);

/** A record of the office: archived rather than deleted once something refers to it. */
export const recordTimes = () => ({
  archivedAt: text('archived_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: versionColumn(),
});
