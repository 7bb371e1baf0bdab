import type { Ctx } from '../context';
import type { ClientValues } from '../contract/clients';
import type { DuplicateLink } from '../contract/duplicates';
import { countsTowards480ByDefault, type ClientKind } from '../contract/reference';
import type { clients } from '../schema';

import { searchKey } from '../base/search';

type ClientRecord = typeof clients.$inferSelect;

// How a client is searched, stored and recognised: shared by the form's handlers and the import.

export function clientColumns(c: ClientValues) {
  return {
    kind: c.kind,
    name: c.name,
    siret: c.siret,
    contactName: c.contactName,
    addressLine1: c.addressLine1,
    addressLine2: c.addressLine2,
    postalCode: c.postalCode,
    city: c.city,
    phone: c.phone,
    email: c.email,
    hourlyRateCents: c.hourlyRateCents,
    paymentTermsDays: c.paymentTermsDays,
    counts480: c.counts480 ?? countsTowards480ByDefault(c.kind),
    lastLayoffDate: c.lastLayoffDate,
    lastLayoffPost: c.lastLayoffDate ? c.lastLayoffPost : null,
    notes: c.notes,
    searchText: searchKey(c.name, c.contactName, c.city, c.siret),
  };
}

/** A stored client as the form's values (what `clientColumns` wrote). */
export function clientValues(c: ClientRecord): Omit<ClientValues, 'counts480'> & { counts480: boolean } {
  return {
    kind: c.kind as ClientKind,
    name: c.name,
    siret: c.siret,
    contactName: c.contactName,
    addressLine1: c.addressLine1,
    addressLine2: c.addressLine2,
    postalCode: c.postalCode,
    city: c.city,
    phone: c.phone,
    email: c.email,
    hourlyRateCents: c.hourlyRateCents,
    paymentTermsDays: c.paymentTermsDays,
    counts480: c.counts480,
    lastLayoffDate: c.lastLayoffDate,
    lastLayoffPost: c.lastLayoffPost,
    notes: c.notes,
  };
}

/** Clients with the same SIRET: a warning with a link, the office may go on (a second site…). */
export function findClientDuplicates(ctx: Ctx, c: ClientValues, excludeId: number | null): DuplicateLink[] {
  if (!c.siret) return [];
  const rows = ctx.sqlite.prepare('SELECT id, name FROM clients WHERE siret = ?').all(c.siret) as { id: number; name: string }[];
  return rows
    .filter((r) => r.id !== excludeId)
    .map((r) => ({ id: r.id, label: r.name, why: 'même SIRET', to: `/utilisateurs/${r.id}`, blocking: false }));
}
