import type Database from 'better-sqlite3';
import type { PersonFile } from '../contract/personal-data';

// Everything held on one worker (GDPR access request): the worker's row, then every row of
// every table that refers to it, directly or through a row that does (PASS → its periods,
// placement → its hours and confirmations), found by the tables' own foreign keys: a table
// added later (support notes…) is in the file without touching this code. The journal's
// entries about these records come last.

const LABELS: Record<string, string> = {
  workers: 'Salarié',
  pass_iae: 'PASS IAE',
  pass_iae_periods: 'Suspensions et prolongations du PASS IAE',
  eligibility_diagnoses: "Diagnostics d'éligibilité",
  placements: 'Missions',
  hours: 'Heures',
  placement_confirmations: 'Avertissements confirmés',
  support_paths: 'Parcours',
  support_interviews: 'Entretiens',
  support_barriers: 'Freins',
  support_trainings: 'Actions et formations',
  audit_log: 'Journal des modifications',
};

/** The journal's name for the rows of a table (db/contract/audit.ts). */
export const AUDIT_ENTITY_OF_TABLE: Record<string, string> = {
  workers: 'salarie',
  pass_iae: 'pass_iae',
  eligibility_diagnoses: 'diagnostic',
  placements: 'mission',
  support_paths: 'parcours',
  support_interviews: 'entretien',
  support_barriers: 'frein',
  support_trainings: 'action_formation',
};

/** Tables never walked: the journal is read by its own rule, the rest is not about people. */
const SKIPPED = new Set(['audit_log', '_migrations', 'import_reports', 'accounts']);

interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

function foreignKeys(sqlite: Database.Database): { child: string; fk: ForeignKey }[] {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return tables
    .filter((t) => !SKIPPED.has(t))
    .flatMap((child) => (sqlite.prepare(`PRAGMA foreign_key_list("${child}")`).all() as ForeignKey[]).map((fk) => ({ child, fk })));
}

/** Table → its rows that concern the worker (the worker's own row under `workers`). */
export function personRows(sqlite: Database.Database, workerId: number): Map<string, Record<string, unknown>[]> {
  const found = new Map<string, Record<string, unknown>[]>();
  found.set('workers', sqlite.prepare('SELECT * FROM workers WHERE id = ?').all(workerId) as Record<string, unknown>[]);
  const links = foreignKeys(sqlite);
  // Parent before child: repeat until no table gains rows (the graph is shallow).
  let grew = true;
  while (grew) {
    grew = false;
    for (const { child, fk } of links) {
      const parents = found.get(fk.table);
      if (!parents || parents.length === 0 || found.has(child)) continue;
      const keys = [...new Set(parents.map((p) => p[fk.to ?? 'id']))];
      const rows: Record<string, unknown>[] = [];
      // Chunks: SQLite limits the number of parameters of a statement.
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        rows.push(...(sqlite.prepare(`SELECT * FROM "${child}" WHERE "${fk.from}" IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Record<string, unknown>[]));
      }
      found.set(child, rows);
      grew = true;
    }
  }
  return found;
}

/** The journal's entries about these records: (entity, id) pairs. */
export function journalKeys(rows: Map<string, Record<string, unknown>[]>): [string, string][] {
  const keys: [string, string][] = [];
  for (const [table, entity] of Object.entries(AUDIT_ENTITY_OF_TABLE)) {
    for (const r of rows.get(table) ?? []) keys.push([entity, String(r.id)]);
  }
  return keys;
}

export function journalIds(sqlite: Database.Database, keys: [string, string][]): number[] {
  const find = sqlite.prepare('SELECT id FROM audit_log WHERE entity = ? AND entity_id = ?').pluck();
  return [...new Set(keys.flatMap(([entity, id]) => find.all(entity, id) as number[]))].sort((a, b) => a - b);
}

export function personFile(sqlite: Database.Database, workerId: number, name: string, madeAt: string): PersonFile {
  const rows = personRows(sqlite, workerId);
  const ids = journalIds(sqlite, journalKeys(rows));
  const journal = ids.length === 0 ? [] : (sqlite.prepare(`SELECT * FROM audit_log WHERE id IN (${ids.join(',')}) ORDER BY id`).all() as Record<string, unknown>[]);
  const tables = [...rows.entries()].map(([table, list]) => ({ table, label: LABELS[table] ?? table, rows: list }));
  tables.push({ table: 'audit_log', label: LABELS.audit_log!, rows: journal });
  return { workerId, name, madeAt, tables };
}
