import type Database from 'better-sqlite3';
import { splitPersonName } from './rules/person-name';
import { clientSearchText } from './records/clients';

// The data steps of migrations: what a migration's SQL cannot write, in TypeScript, keyed by
// the migration's tag. db/migrate.ts runs each after its migration's SQL, in the same
// transaction; a step that throws leaves the database as it was.

export type DataStep = (sqlite: Database.Database) => void;

/**
 * 0005: a particulier's name, moved whole to last_name by the SQL, is split into civility, first
 * name and last name where it clearly reads so (« Mme Jeanne Moreau »); otherwise it stays whole
 * in last_name and is flagged for the office to check (shown on the client's page).
 */
function splitParticulierNames(sqlite: Database.Database): void {
  const rows = sqlite
    .prepare("SELECT id, last_name AS lastName, contact_name AS contactName, city, siret FROM clients WHERE kind = 'particulier'")
    .all() as { id: number; lastName: string; contactName: string | null; city: string | null; siret: string | null }[];
  const split = sqlite.prepare('UPDATE clients SET civility = ?, first_name = ?, last_name = ?, search_text = ? WHERE id = ?');
  const review = sqlite.prepare('UPDATE clients SET name_review = 1 WHERE id = ?');
  for (const r of rows) {
    const person = splitPersonName(r.lastName);
    if (!person) review.run(r.id);
    else split.run(person.civility, person.firstName, person.lastName, clientSearchText({ ...r, ...person, name: null }), r.id);
  }
}

export const DATA_STEPS: Readonly<Record<string, DataStep>> = {
  '0005_client_person_names': splitParticulierNames,
};
