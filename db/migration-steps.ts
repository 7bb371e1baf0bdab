import type Database from 'better-sqlite3';
import { splitPersonName } from './rules/person-name';
import { clientSearchText } from './records/clients';
import { refreshWorkerSearch } from './records/workers';
import { parsePhone } from './base/format';
import { taskOfPost } from './contract/task-posts';
import { hourChangesDetails } from './records/hours-audit';
import { linkReferents } from './records/accounts';

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

/**
 * 0006: an economic layoff's post, typed as words until now, becomes the task it clearly names
 * (« manutentionnaire » → manutention), so that a placement on the same post is recognised;
 * words that name no task, or several, move to last_layoff_post_review and the client's page
 * asks the office to choose.
 */
function layoffPostsAsTasks(sqlite: Database.Database): void {
  const rows = sqlite.prepare('SELECT id, last_layoff_post AS post FROM clients WHERE last_layoff_post IS NOT NULL').all() as { id: number; post: string }[];
  const task = sqlite.prepare('UPDATE clients SET last_layoff_post = ? WHERE id = ?');
  const review = sqlite.prepare('UPDATE clients SET last_layoff_post = NULL, last_layoff_post_review = ? WHERE id = ?');
  for (const r of rows) {
    const code = taskOfPost(r.post);
    if (code) task.run(code, r.id);
    else if (r.post.trim() !== '') review.run(r.post.trim(), r.id);
    else task.run(null, r.id);
  }
}

/**
 * 0007: the phones already saved take their one form (`06 12 34 56 78`, `+33 6 12 34 56 78`; one
 * that cannot be read stays as it was), and every search text is recomputed: names indexed with
 * and without their apostrophes and hyphens (« ndiaye » finds N'DIAYE), a worker's PASS IAE numbers.
 */
function tidyPhonesAndSearch(sqlite: Database.Database): void {
  for (const table of ['workers', 'clients', 'organisation']) {
    const update = sqlite.prepare(`UPDATE ${table} SET phone = ? WHERE rowid = ?`);
    const rows = sqlite.prepare(`SELECT rowid AS id, phone FROM ${table} WHERE phone IS NOT NULL`).all() as { id: number; phone: string }[];
    for (const r of rows) {
      const phone = parsePhone(r.phone);
      if (phone !== null && phone !== r.phone) update.run(phone, r.id);
    }
  }
  const workerIds = sqlite.prepare('SELECT id FROM workers').pluck().all() as number[];
  for (const id of workerIds) refreshWorkerSearch(sqlite, id);
  const clients = sqlite
    .prepare('SELECT id, name, last_name AS lastName, first_name AS firstName, contact_name AS contactName, city, siret FROM clients')
    .all() as (Parameters<typeof clientSearchText>[0] & { id: number })[];
  const setClient = sqlite.prepare('UPDATE clients SET search_text = ? WHERE id = ?');
  for (const c of clients) setClient.run(clientSearchText(c), c.id);
}

/**
 * hours_compact_worker_days: the journal's rows of hour saves, which listed each cell as an object
 * (`{"cases":[{"mission":412,"jour":"2026-03-03","avant":null,"apres":420}…]}`), take the compact
 * form of db/records/hours-audit.ts: the same cells, the same before and after, a quarter of the size.
 */
function compactHourSaves(sqlite: Database.Database): void {
  type OldCell = { mission: number; jour: string; avant: number | null; apres: number | null };
  const rows = sqlite.prepare("SELECT id, details FROM audit_log WHERE entity = 'heures' AND action = 'saisie' AND details LIKE '{\"cases\":[%'").all() as { id: number; details: string }[];
  const update = sqlite.prepare('UPDATE audit_log SET details = ? WHERE id = ?');
  for (const r of rows) {
    const cells = (JSON.parse(r.details) as { cases: OldCell[] }).cases;
    const changes = cells.map((c) => ({ placementId: c.mission, day: c.jour, before: c.avant, after: c.apres }));
    update.run(JSON.stringify(hourChangesDetails(changes)), r.id);
  }
}

/**
 * 0012: a worker's referent typed as text becomes a link to the account of that name. No account
 * exists when this migration runs on an office's database, so every referent stays as text here;
 * the same step runs again whenever an account is created or renamed (db/handlers/accounts.ts).
 */
function referentsToAccounts(sqlite: Database.Database): void {
  linkReferents(sqlite);
}

export const DATA_STEPS: Readonly<Record<string, DataStep>> = {
  '0005_client_person_names': splitParticulierNames,
  '0006_versions_layoff_task': layoffPostsAsTasks,
  '0007_import_reports_tidy_values': tidyPhonesAndSearch,
  '0011_hours_compact_worker_days': compactHourSaves,
  '0012_accounts_audit_gdpr': referentsToAccounts,
};
