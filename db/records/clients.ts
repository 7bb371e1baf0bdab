import type { Ctx } from '../context';
import type { ClientValues } from '../contract/clients';
import { CLIENT_FIELDS } from '../contract/client-fields';
import type { DuplicateLink } from '../contract/duplicates';
import { countsTowards480ByDefault } from '../contract/reference';
import type { clients } from '../schema';
import { searchIndex } from '../base/search';
import { rowOf, valuesOf } from './row-values';

type ClientRecord = typeof clients.$inferSelect;

/** A client as stored: whether its hours count towards the 480 h is always decided. */
export type StoredClientValues = Omit<ClientValues, 'counts480'> & { counts480: boolean };

// How a client is named, searched, stored and recognised: shared by the form's handlers, the
// import and the lists.

/** What a client's name is made of. */
export interface ClientNameParts {
  kind: string;
  name: string | null;
  civility: string | null;
  lastName: string | null;
  firstName: string | null;
}

/** A client's name on every screen and document: « Mme Jeanne MOREAU », or the raison sociale. */
export function clientName(c: ClientNameParts): string {
  if (c.kind !== 'particulier') return c.name ?? '';
  // A name an update could not split (to review) has no first name: shown as it was typed.
  if (!c.firstName) return [c.civility, c.lastName].filter(Boolean).join(' ');
  return [c.civility, c.firstName, c.lastName?.toUpperCase()].filter(Boolean).join(' ');
}

/** What lists sort by: a particulier under her last name, then first name; an organisation by its name. */
export function clientSortName(c: ClientNameParts): string {
  return c.kind === 'particulier' ? [c.lastName, c.firstName].filter(Boolean).join(' ') : (c.name ?? '');
}

/**
 * The columns of a client's name in a raw query (the hot paths: lists, the hours grid, the
 * alerts) where the clients table is `alias`; read back with clientNameParts.
 */
export function clientNameColumns(alias: string): string {
  return `${alias}.kind AS client_kind, ${alias}.name AS client_name, ${alias}.civility AS client_civility, ${alias}.last_name AS client_last_name, ${alias}.first_name AS client_first_name`;
}

export interface ClientNameColumns {
  client_kind: string;
  client_name: string | null;
  client_civility: string | null;
  client_last_name: string | null;
  client_first_name: string | null;
}

export function clientNameParts(r: ClientNameColumns): ClientNameParts {
  return { kind: r.client_kind, name: r.client_name, civility: r.client_civility, lastName: r.client_last_name, firstName: r.client_first_name };
}

export function clientNameOf(r: ClientNameColumns): string {
  return clientName(clientNameParts(r));
}

/** What search as you type looks into: a particulier's last name first, so that results sort by it (searchIndex: « ndiaye » finds N'DIAYE). */
export function clientSearchText(c: Pick<ClientNameParts, 'name' | 'lastName' | 'firstName'> & { contactName: string | null; city: string | null; siret: string | null }): string {
  return searchIndex(c.lastName, c.firstName, c.name, c.contactName, c.city, c.siret);
}

/** A client's values as the columns of its row: the one mapper, with clientValues. */
export function clientColumns(c: ClientValues) {
  const person = c.kind === 'particulier';
  const names = {
    name: person ? null : c.name,
    civility: person ? c.civility : null,
    lastName: person ? c.lastName : null,
    firstName: person ? c.firstName : null,
  };
  return {
    ...rowOf(CLIENT_FIELDS, c),
    ...names,
    // Saved by the office: the name has been checked.
    nameReview: false,
    counts480: c.counts480 ?? countsTowards480ByDefault(c.kind),
    lastLayoffPost: c.lastLayoffDate ? c.lastLayoffPost : null,
    // Saved by the office: the post is now chosen from the tasks.
    lastLayoffPostReview: null,
    searchText: clientSearchText({ ...c, ...names }),
  };
}

/** A stored client as its values (what clientColumns wrote). */
export function clientValues(row: ClientRecord): StoredClientValues {
  return valuesOf(CLIENT_FIELDS, row) as StoredClientValues;
}

/** Clients with the same SIRET: a warning with a link, the office may go on (a second site…). */
export function findClientDuplicates(ctx: Ctx, c: ClientValues, excludeId: number | null): DuplicateLink[] {
  if (!c.siret) return [];
  const rows = ctx.sqlite.prepare(`SELECT c.id, ${clientNameColumns('c')} FROM clients c WHERE c.siret = ?`).all(c.siret) as ({ id: number } & ClientNameColumns)[];
  return rows
    .filter((r) => r.id !== excludeId)
    .map((r) => ({ id: r.id, label: clientName(clientNameParts(r)), why: 'même SIRET', to: `/utilisateurs/${r.id}`, blocking: false }));
}
