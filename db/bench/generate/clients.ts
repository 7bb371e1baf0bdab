import type { ClientKind } from '../../contract/reference';
import { isoOf, yearOf } from './calendar';
import { siretFor } from './identifiers';
import { ASSOCIATIONS, COMMUNES, COMPANY_NAMES, LANDLORDS, MEN_FIRST_NAMES, PUBLIC_BODIES, SCHOOLS, SURNAMES, TRADES, WOMEN_FIRST_NAMES } from './names';
import { emailFor, phoneNumber, streetAddress, timestampOn, typed } from './people';
import type { Random } from './random';
import type { ClientPlan, PersonName, PlacementPlan, WorkAddressPlan } from './types';

// The clients (utilisateurs): mostly private households, then companies, associations, public
// bodies and a few social landlords, each with what the office records about them.

const KIND_MIX = [['particulier', 78], ['entreprise', 10], ['association', 6], ['collectivite', 5], ['bailleur_social', 1]] as const;
const SITE_LABELS = ['Entrepôt', 'Atelier', 'Résidence Les Tilleuls', 'Cantine scolaire', 'Gymnase municipal', 'Siège', 'Chantier de la ZAC'];
const CLIENT_NOTES = ['Clés chez la gardienne.', 'Appeler la veille.', 'Facture au nom du fils.', 'Chien dans le jardin.', 'Badge à retirer à l’accueil.'];

function personName(rng: Random): PersonName {
  const lastName = typed(rng, rng.pick(SURNAMES));
  const woman = rng.chance(0.65);
  return { civility: woman ? 'Mme' : 'M.', lastName, firstName: rng.pick(woman ? WOMEN_FIRST_NAMES : MEN_FIRST_NAMES) };
}

function organisationName(rng: Random, kind: ClientKind, city: string): string {
  switch (kind) {
    case 'entreprise':
      return rng.weighted([
        [`${rng.pick(TRADES)} ${rng.pick(SURNAMES)}`, 55],
        [`SARL ${rng.pick(SURNAMES)} et Fils`, 15],
        [`SAS ${rng.pick(COMPANY_NAMES)}`, 15],
        [`${rng.pick(COMPANY_NAMES)} – ${city}`, 15],
      ]);
    case 'association':
      return rng.chance(0.8) ? `${rng.pick(ASSOCIATIONS)} de ${city}` : `Association ${rng.pick(SURNAMES)}-${rng.pick(SURNAMES)}`;
    case 'collectivite':
      return rng.chance(0.75) ? `${rng.pick(PUBLIC_BODIES)} de ${city}` : `${rng.pick(SCHOOLS)} (${city})`;
    default:
      return `${rng.pick(LANDLORDS)} – agence de ${city}`;
  }
}

/** The clients, before any placement: created dates and memberships come with the placements (`settleClients`). */
export function planClients(rng: Random, count: number): ClientPlan[] {
  const clients: ClientPlan[] = [];
  let siteId = 0;
  for (let id = 1; id <= count; id++) {
    const kind: ClientKind = rng.weighted(KIND_MIX);
    const place = rng.pick(COMMUNES);
    const person = kind === 'particulier' ? personName(rng) : null;
    const name = person ? null : organisationName(rng, kind, place.city);
    const company = kind !== 'particulier';
    const contact = company && rng.chance(0.8) ? `${rng.chance(0.5) ? 'Mme' : 'M.'} ${rng.pick(WOMEN_FIRST_NAMES.concat(MEN_FIRST_NAMES))} ${rng.pick(SURNAMES)}` : null;
    const workAddresses: WorkAddressPlan[] = [];
    if (company && rng.chance(0.35)) {
      for (let i = rng.int(1, 3); i > 0; i--) {
        const site = rng.pick(COMMUNES);
        workAddresses.push({ id: ++siteId, label: rng.pick(SITE_LABELS), addressLine1: streetAddress(rng), postalCode: site.postalCode, city: site.city });
      }
    }
    clients.push({
      id,
      kind,
      name,
      civility: person?.civility ?? null,
      lastName: person?.lastName ?? null,
      firstName: person?.firstName ?? null,
      siret: kind === 'particulier' || (kind === 'association' && rng.chance(0.3)) ? null : siretFor(rng, kind === 'collectivite'),
      contactName: contact,
      addressLine1: streetAddress(rng),
      addressLine2: null,
      postalCode: place.postalCode,
      city: place.city,
      phone: rng.chance(0.9) ? phoneNumber(rng, !company) : null,
      email: rng.chance(company ? 0.9 : 0.6) ? emailFor(rng, person?.firstName ?? 'contact', person?.lastName ?? name!.slice(0, 20)) : null,
      hourlyRateCents: rng.chance(0.2) ? rng.int(200, 260) * 10 : null,
      paymentTermsDays: company ? rng.pick([30, 30, 45, 60]) : rng.pick([15, 30]),
      counts480: kind === 'entreprise' || (kind === 'bailleur_social' && rng.chance(0.5)),
      lastLayoffDate: null,
      lastLayoffPost: null,
      notes: rng.chance(0.08) ? rng.pick(CLIENT_NOTES) : null,
      archivedAt: null,
      createdAt: '',
      updatedAt: '',
      workAddresses,
      memberships: [],
    });
  }
  return clients;
}

/**
 * What depends on the placements: when each client was recorded (before its first placement),
 * its memberships (paid for most years it had work done, some missing), an old redundancy at a
 * few companies, and archiving of clients long without work.
 */
export function settleClients(rng: Random, clients: ClientPlan[], placements: PlacementPlan[], dayOf: (iso: string) => number, today: number, firstDay: number): void {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const years = new Map<number, Set<number>>();
  for (const p of placements) {
    if (p.status === 'annulee') continue;
    const s = dayOf(p.startDate);
    const e = dayOf(p.endDate);
    first.set(p.clientId, Math.min(first.get(p.clientId) ?? s, s));
    last.set(p.clientId, Math.max(last.get(p.clientId) ?? e, e));
    const set = years.get(p.clientId) ?? new Set<number>();
    for (let y = yearOf(s); y <= yearOf(Math.min(e, today)); y++) set.add(y);
    years.set(p.clientId, set);
  }
  const thisYear = yearOf(today);
  for (const c of clients) {
    const created = Math.min(first.get(c.id) ?? rng.int(firstDay, today - 1), today - 1) - rng.int(2, 40);
    c.createdAt = timestampOn(rng, created);
    c.updatedAt = c.createdAt;
    for (const y of [...(years.get(c.id) ?? [])].sort()) {
      if (!rng.chance(y === thisYear ? 0.9 : 0.96)) continue;
      const jan = Math.round(Date.UTC(y, 0, 1) / 86_400_000);
      const paid = Math.min(today - 1, Math.max(jan + rng.int(2, 70), created + 1));
      c.memberships.push({
        year: y,
        amountCents: c.kind === 'particulier' ? rng.pick([1500, 2000, 2500, 3000]) : rng.pick([5000, 8000, 10000, 15000]),
        paidOn: isoOf(paid),
        means: rng.weighted([['cheque', 45], ['virement', 35], ['especes', 8], ['carte', 7], ['cesu', 5]] as const),
        createdAt: timestampOn(rng, paid),
      });
    }
    if (c.kind === 'entreprise' && rng.chance(0.04)) {
      c.lastLayoffDate = isoOf(today - rng.int(30, 900));
      c.lastLayoffPost = rng.pick(['manutention', 'nettoyage_locaux', 'espaces_verts'] as const);
    }
    const lastWork = last.get(c.id);
    if (lastWork !== undefined && lastWork < today - 730 && rng.chance(0.3)) c.archivedAt = timestampOn(rng, lastWork + 400);
  }
}
