import type Database from 'better-sqlite3';
import type { AnonymisationCandidate } from '../contract/personal-data';
import { addMonths, todayIso } from '../base/dates';
import { workerNameColumns, workerNameOf } from './workers';
import { journalIds, journalKeys, personRows } from './person-file';

// Anonymisation (GDPR, issue 13): the workers whose path ended more than N years ago lose
// what identifies them — names, NIR, titre de séjour, address, phone, e-mail, notes and every
// free text about them (support notes included), in their records and in the journal's values — while everything the
// reports count stays: civility (sex), birth date (age band), QPV, orienteur, education,
// status and dates, diagnoses' criteria, placements and hours.

export const ANONYMOUS_NAME = 'ANONYME';

/** The day before which a path's end makes its person anonymisable. */
export function anonymisationLimit(years: number, now: Date): string {
  return addMonths(todayIso(now), -12 * years);
}

export function anonymisationCandidates(sqlite: Database.Database, years: number, now: Date): AnonymisationCandidate[] {
  const limit = anonymisationLimit(years, now);
  const rows = sqlite
    .prepare(
      `SELECT w.id, ${workerNameColumns('w')}, w.exit_date AS exitDate FROM workers w
       WHERE w.status = 'sorti' AND w.exit_date IS NOT NULL AND w.exit_date <= ? AND w.anonymised_at IS NULL
       ORDER BY w.exit_date, w.id`,
    )
    .all(limit) as (Parameters<typeof workerNameOf>[0] & { id: number; exitDate: string })[];
  return rows.map((r) => ({ id: r.id, name: workerNameOf(r), exitDate: r.exitDate }));
}

/** Erases one worker's identity; returns the journal entries whose values were erased. */
export function anonymiseWorker(sqlite: Database.Database, id: number, at: string): number {
  const rows = personRows(sqlite, id);
  sqlite
    .prepare(
      `UPDATE workers SET birth_name = ?, usage_name = NULL, first_name = ?, nir = NULL, permit_number = NULL,
         address_line1 = NULL, address_line2 = NULL, postal_code = NULL, city = NULL, phone = NULL, email = NULL,
         availability = NULL, referent = NULL, notes = NULL, search_text = ?, anonymised_at = ?, updated_at = ?, version = version + 1
       WHERE id = ?`,
    )
    .run(ANONYMOUS_NAME, `n° ${id}`, `anonyme ${id}`, at, at, id);
  sqlite.prepare("UPDATE pass_iae SET number = '' WHERE worker_id = ?").run(id);
  sqlite.prepare('UPDATE eligibility_diagnoses SET author_name = NULL WHERE worker_id = ?').run(id);
  sqlite.prepare('UPDATE placements SET task_detail = NULL, notes = NULL WHERE worker_id = ?').run(id);
  // A confirmed warning's text may name the person; its code says what it was.
  sqlite
    .prepare("UPDATE placement_confirmations SET message = '(texte retiré à l’anonymisation)' WHERE placement_id IN (SELECT id FROM placements WHERE worker_id = ?)")
    .run(id);
  // Support: the notes of each interview and barrier, the path's objectives and exit notes (the
  // exit's reason and date stay: the report counts exits by kind).
  sqlite.prepare('UPDATE support_paths SET objectives = NULL, exit_notes = NULL WHERE worker_id = ?').run(id);
  for (const table of ['support_interviews', 'support_barriers']) {
    sqlite.prepare(`UPDATE ${table} SET notes = NULL WHERE path_id IN (SELECT id FROM support_paths WHERE worker_id = ?)`).run(id);
  }
  // The journal keeps who did what when, and which fields; the values are erased (the one
  // update its trigger allows: redacted 0 → 1).
  const ids = journalIds(sqlite, journalKeys(rows));
  const redact = sqlite.prepare(
    `UPDATE audit_log SET redacted = 1, before = NULL, after = NULL,
       details = CASE WHEN details IS NULL THEN NULL ELSE json_object('champs', json_extract(details, '$.champs'), 'version', json_extract(details, '$.version')) END
     WHERE id = ? AND redacted = 0`,
  );
  let redacted = 0;
  for (const entry of ids) redacted += redact.run(entry).changes;
  return redacted;
}
