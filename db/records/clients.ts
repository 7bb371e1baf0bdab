import type { Ctx } from '../context';
import type { ClientValues } from '../contract/clients';
import { CLIENT_FIELDS } from '../contract/client-fields';
import type { DuplicateLink } from '../contract/duplicates';
import { countsTowards480ByDefault } from '../contract/reference';
import type { clients } from '../schema';
import { searchKey } from '../base/search';
import { rowOf, valuesOf } from './row-values';

type ClientRecord = typeof clients.$inferSelect;

/** A client as stored: whether its hours count towards the 480 h is always decided. */
export type StoredClientValues = Omit<ClientValues, 'counts480'> & { counts480: boolean };

// How a client is searched, stored and recognised: shared by the form's handlers and the import.

/** A client's values as the columns of its row: the one mapper, with clientValues. */
export function clientColumns(c: ClientValues) {
  return {
    ...rowOf(CLIENT_FIELDS, c),
    counts480: c.counts480 ?? countsTowards480ByDefault(c.kind),
    lastLayoffPost: c.lastLayoffDate ? c.lastLayoffPost : null,
    searchText: searchKey(c.name, c.contactName, c.city, c.siret),
  };
}

/** A stored client as its values (what clientColumns wrote). */
export function clientValues(row: ClientRecord): StoredClientValues {
  return valuesOf(CLIENT_FIELDS, row) as StoredClientValues;
}

/** Clients with the same SIRET: a warning with a link, the office may go on (a second site…). */
export function findClientDuplicates(ctx: Ctx, c: ClientValues, excludeId: number | null): DuplicateLink[] {
  if (!c.siret) return [];
  const rows = ctx.sqlite.prepare('SELECT id, name FROM clients WHERE siret = ?').all(c.siret) as { id: number; name: string }[];
  return rows
    .filter((r) => r.id !== excludeId)
    .map((r) => ({ id: r.id, label: r.name, why: 'même SIRET', to: `/utilisateurs/${r.id}`, blocking: false }));
}
