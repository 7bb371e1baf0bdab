import type { Ctx } from '../context';
import type { DuplicateLink } from '../contract/duplicates';
import type { WorkerValues } from '../contract/workers';
import { WORKER_FIELDS } from '../contract/worker-fields';
import { workers } from '../schema';
import { searchIndex, searchKey } from '../base/search';
import { rowOf, valuesOf } from './row-values';

type WorkerRecord = typeof workers.$inferSelect;

// How a worker is named, searched, stored and recognised: shared by the form's handlers and the
// spreadsheet import, so both write the same row and see the same duplicates.

/** A worker's name on every screen and document: `LEFÈVRE Hélène` (the usage name when there is one). */
export function workerName(w: { birthName: string; usageName: string | null; firstName: string }): string {
  return `${(w.usageName || w.birthName).toUpperCase()} ${w.firstName}`;
}

/**
 * The columns of a worker's name in a raw query (the hot paths: lists, the hours grid, the
 * alerts) where the workers table is `alias`; the row is named with workerNameOf.
 */
export function workerNameColumns(alias: string): string {
  return `${alias}.birth_name AS worker_birth_name, ${alias}.usage_name AS worker_usage_name, ${alias}.first_name AS worker_first_name`;
}

export interface WorkerNameColumns {
  worker_birth_name: string;
  worker_usage_name: string | null;
  worker_first_name: string;
}

export function workerNameOf(r: WorkerNameColumns): string {
  return workerName({ birthName: r.worker_birth_name, usageName: r.worker_usage_name, firstName: r.worker_first_name });
}

/** A stored worker's name (workerName), or null when there is no such worker. */
export function workerNameById(sqlite: Ctx['sqlite'], workerId: number): string | null {
  const r = sqlite.prepare(`SELECT ${workerNameColumns('w')} FROM workers w WHERE w.id = ?`).get(workerId) as WorkerNameColumns | undefined;
  return r ? workerNameOf(r) : null;
}

/** What search as you type looks into: the names (searchIndex: « ndiaye » finds N'DIAYE), the NIR and the PASS IAE numbers. */
export function workerSearchText(w: Pick<WorkerValues, 'birthName' | 'usageName' | 'firstName' | 'nir'>, passNumbers: readonly string[]): string {
  return searchIndex(w.usageName || w.birthName, w.firstName, w.usageName ? w.birthName : null, w.nir, ...passNumbers);
}

/** A worker's values as the columns of its row: the one mapper, with workerValues. `passNumbers`: its PASS IAE, for the search. */
export function workerColumns(w: WorkerValues, passNumbers: readonly string[]) {
  return {
    ...rowOf(WORKER_FIELDS, w),
    // A residence permit is only kept for a worker from outside the EU.
    permitNumber: w.nationality === 'hors_ue' ? w.permitNumber : null,
    permitExpiry: w.nationality === 'hors_ue' ? w.permitExpiry : null,
    searchText: workerSearchText(w, passNumbers),
  };
}

/** The numbers of a worker's PASS IAE (for its search text). */
export function passNumbersOf(sqlite: Ctx['sqlite'], workerId: number): string[] {
  return sqlite.prepare('SELECT number FROM pass_iae WHERE worker_id = ? ORDER BY start_date').pluck().all(workerId) as string[];
}

/** Recomputes a worker's search text from its row and its PASS IAE (after a PASS is saved). */
export function refreshWorkerSearch(sqlite: Ctx['sqlite'], workerId: number): void {
  const w = sqlite
    .prepare('SELECT birth_name AS birthName, usage_name AS usageName, first_name AS firstName, nir FROM workers WHERE id = ?')
    .get(workerId) as Pick<WorkerValues, 'birthName' | 'usageName' | 'firstName' | 'nir'> | undefined;
  if (w) sqlite.prepare('UPDATE workers SET search_text = ? WHERE id = ?').run(workerSearchText(w, passNumbersOf(sqlite, workerId)), workerId);
}

/** A stored worker as its values (what workerColumns wrote). */
export function workerValues(row: WorkerRecord): WorkerValues {
  return valuesOf(WORKER_FIELDS, row);
}

/** The référents written on workers' records (free text until staff accounts exist), in order. */
export function referentsOf(ctx: Ctx): string[] {
  return ctx.sqlite
    .prepare("SELECT DISTINCT referent FROM workers WHERE referent IS NOT NULL AND referent <> '' ORDER BY referent")
    .pluck()
    .all() as string[];
}

/** The columns of the workers table that make a name, for a Drizzle select (lists). */
export const WORKER_NAME_COLUMNS = { birthName: workers.birthName, usageName: workers.usageName, firstName: workers.firstName };

// ------------------------------------------------------------------ duplicates

/** Workers that look like `w`: the same NIR (blocking), or the same name and birth date. */
export function findWorkerDuplicates(ctx: Ctx, w: WorkerValues, excludeId: number | null): DuplicateLink[] {
  const out: DuplicateLink[] = [];
  if (w.nir) {
    const rows = ctx.sqlite.prepare(`SELECT w.id, ${workerNameColumns('w')} FROM workers w WHERE w.nir = ?`).all(w.nir) as ({ id: number } & WorkerNameColumns)[];
    for (const r of rows) {
      if (r.id === excludeId) continue;
      out.push({
        id: r.id,
        label: workerNameOf(r),
        why: 'même NIR',
        to: `/salaries/${r.id}`,
        blocking: true,
      });
    }
  }
  const names = new Set([searchKey(w.birthName), searchKey(w.usageName)].filter((n) => n !== ''));
  const first = searchKey(w.firstName);
  const sameDay = ctx.sqlite
    .prepare(`SELECT w.id, ${workerNameColumns('w')} FROM workers w WHERE w.birth_date = ?`)
    .all(w.birthDate) as ({ id: number } & WorkerNameColumns)[];
  for (const r of sameDay) {
    if (r.id === excludeId || out.some((o) => o.id === r.id)) continue;
    const theirs = [searchKey(r.worker_birth_name), searchKey(r.worker_usage_name)].filter((n) => n !== '');
    if (searchKey(r.worker_first_name) === first && theirs.some((n) => names.has(n))) {
      out.push({
        id: r.id,
        label: workerNameOf(r),
        why: 'même nom, même prénom et même date de naissance',
        to: `/salaries/${r.id}`,
        blocking: false,
      });
    }
  }
  return out;
}

