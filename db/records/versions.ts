import type { Ctx } from '../context';
import type { AuditEntity } from '../contract/audit';
import { AppError } from '../errors';

// No silent overwrite: every record and setting a form edits has a version (1 when created, one
// more at each update, db/schema/columns.ts), and every save carries the version it was read at.
// A save made on an older version is refused, naming who changed which fields since; those come
// from the journal, where each update writes its new `version` and the fields it changed
// (`champs`).

export interface VersionedRecord {
  entity: AuditEntity;
  /** Null for a setting that is one row without an id in the journal (the rules). */
  entityId: number | null;
  /** How the message starts: « Ce salarié a été modifié », « Les règles des missions ont été modifiées ». */
  changed: string;
  /** Field key → label, for the fields the message names. */
  labels: Readonly<Record<string, string>>;
}

/** A label as it reads inside a sentence: « Téléphone » → « téléphone », but « NIR » stays. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`;
}

/** Who changed which fields since version `read`, from the journal. */
function changesSince(ctx: Ctx, record: VersionedRecord, read: number): { by: string[]; fields: string[] } {
  const rows = ctx.sqlite
    .prepare('SELECT actor, details FROM audit_log WHERE entity = ? AND entity_id IS ? ORDER BY id')
    .all(record.entity, record.entityId === null ? null : String(record.entityId)) as { actor: string; details: string | null }[];
  const by = new Set<string>();
  const fields = new Set<string>();
  for (const row of rows) {
    const details = row.details ? (JSON.parse(row.details) as { version?: unknown; champs?: unknown }) : {};
    if (typeof details.version !== 'number' || details.version <= read) continue;
    by.add(row.actor);
    if (Array.isArray(details.champs)) for (const f of details.champs) if (typeof f === 'string' && record.labels[f]) fields.add(f);
  }
  return { by: [...by], fields: [...fields] };
}

/**
 * Refuses a save read at version `read` when the stored one is `current` (code `stale`): the
 * message names who changed what since, and says that what was typed is kept. The version
 * the form must send once its user has looked is in the error.
 */
export function refuseStale(ctx: Ctx, record: VersionedRecord, current: number, read: number): void {
  if (current === read) return;
  const { by, fields } = changesSince(ctx, record, read);
  const who = by.length > 0 ? ` par ${list(by)}` : '';
  const what = fields.length > 0 ? ` : ${[...new Set(fields.map((f) => inSentence(record.labels[f]!)))].join(', ')}` : '';
  throw new AppError(
    'stale',
    `${record.changed} entre-temps${who}${what}. Vos saisies sont conservées : vérifiez puis enregistrez à nouveau.`,
    undefined,
    undefined,
    undefined,
    { version: current, fields, by },
  );
}
