import { Calendar, dayOf, isoOf, monthStartOffset } from './calendar';
import { settleClients, planClients } from './clients';
import { siretFor } from './identifiers';
import { COMMUNES, REFERENTS } from './names';
import { planWorkers, timestampOn } from './people';
import { seededRandom } from './random';
import { planTimeline } from './timeline';
import type { BenchSize, Plan } from './types';

// The whole data set, planned in memory from a seed: each part draws from its own random
// stream, so that changing how clients are drawn does not reshuffle the workers.

export const SIZES = {
  /** For the generator's own tests. */
  small: { workers: 40, clients: 120, years: 2, referents: 2 },
  office: { workers: 300, clients: 800, years: 5, referents: 4 },
  federation: { workers: 3000, clients: 8000, years: 10, referents: 30 },
} as const satisfies Record<string, BenchSize>;

export type SizeName = keyof typeof SIZES;

export function isSizeName(name: string): name is SizeName {
  return Object.prototype.hasOwnProperty.call(SIZES, name);
}

export function generatePlan(sizeName: SizeName, seed: number, todayIso: string): Plan {
  const size: BenchSize = SIZES[sizeName];
  const today = dayOf(todayIso);
  // The history starts on the first day of a month, `years` years before the current month's.
  const firstDay = monthStartOffset(today, -12 * size.years + 1);
  const calendar = new Calendar(firstDay - 1200, today + 800);
  const workers = planWorkers(seededRandom(seed, 'workers'), size.workers, size.referents, { firstDay, today });
  const clients = planClients(seededRandom(seed, 'clients'), size.clients);
  const { placements, hours } = planTimeline(seededRandom(seed, 'timeline'), workers, clients, { calendar, firstDay, today });
  const rng = seededRandom(seed, 'office');
  settleClients(rng, clients, placements, dayOf, today, firstDay);

  // Every month before the current one is closed, a few days after it ends.
  const closures: Plan['closures'] = [];
  const referents = REFERENTS.slice(0, size.referents);
  for (let m = firstDay; m < monthStartOffset(today, 0); m = monthStartOffset(m, 1)) {
    const next = monthStartOffset(m, 1);
    closures.push({ month: isoOf(m).slice(0, 7), closedAt: timestampOn(rng, Math.min(next + rng.int(2, 8), today - 1)), closedBy: rng.pick(referents) });
  }
  const home = COMMUNES[5]!;
  return {
    sizeName,
    seed,
    today: todayIso,
    firstDay: isoOf(firstDay),
    organisation: {
      name: sizeName === 'federation' ? 'Fédération des associations intermédiaires du Rhône' : 'Passerelle Emploi Solidaire',
      siret: siretFor(rng, false),
      addressLine1: '12 rue Francis-de-Pressensé',
      postalCode: home.postalCode,
      city: home.city,
      phone: '04 78 00 12 34',
      email: 'contact@passerelle-emploi.fr',
      conventionNumber: 'AI-069-2016-004',
      sapDeclarationNumber: 'SAP 449 123 456',
      updatedAt: timestampOn(rng, firstDay),
    },
    territory: COMMUNES.map((c) => ({ postalCode: c.postalCode, city: c.city })),
    workers,
    clients,
    placements,
    hours,
    closures,
  };
}
