import { expect, type RunningHost } from './fixtures';
import { api } from './api';

// A small year for the rapport d'activité and the attestations fiscales, through the real API:
// LEFÈVRE Hélène (entered 2025) works 154 h in March 2026 for an entreprise and 12 h in April for
// Mme Océane ROUX (a particulier, at 22,50 € an hour); MARTIN Paul enters in 2026 aged 24;
// DURAND Hélène, 50 or more, exits on 30/06/2026.

export async function must<T>(p: Promise<{ ok: boolean; value: T; error?: unknown }>): Promise<T> {
  const r = await p;
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.value;
}

/** The weekdays of March 2026 (22) and 4 Saturdays of April. */
const MARCH = Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`).filter((d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()));
const APRIL_SATURDAYS = ['2026-04-04', '2026-04-11', '2026-04-18', '2026-04-25'];

/** A small year: 3 workers present (one exited, one entered), hours with an entreprise and a particulier. */
export async function seedYear(host: RunningHost) {
  await must(api(host, 'settings.saveOrganisation', { name: "L'Échelier", siret: '73282932000074', defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, city: 'Lyon', postalCode: '69001', addressLine1: '4 rue Mercière', sapDeclarationNumber: 'SAP822456789', version: 0 }));
  const worker = async (w: Record<string, unknown>) => {
    const { id } = await must(api<{ id: number }>(host, 'workers.create', { worker: { civility: 'Mme', firstName: 'Hélène', status: 'en_parcours', ...w } }));
    await must(api(host, 'workers.savePass', { workerId: id, number: `PASS${String(id).padStart(8, "0")}`, startDate: '2025-06-02' }));
    await must(api(host, 'workers.addDiagnosis', { workerId: id, date: '2025-06-02', authorKind: 'prescripteur' }));
    return id;
  };
  const lefevre = await worker({ birthName: 'Lefèvre', birthDate: '1985-03-12', entryDate: '2025-06-02', orienteur: 'france_travail' });
  await worker({ birthName: 'Martin', civility: 'M.', firstName: 'Paul', birthDate: '2001-05-20', entryDate: '2026-02-02', qpv: true });
  await worker({ birthName: 'Durand', birthDate: '1970-01-15', entryDate: '2025-09-01', status: 'sorti', exitDate: '2026-06-30' });
  const client = async (c: Record<string, unknown>) => {
    const { id } = await must(api<{ id: number }>(host, 'clients.create', { client: { city: 'Lyon', postalCode: '69003', hourlyRateCents: '22,50', ...c } }));
    await must(api(host, 'clients.addMembership', { clientId: id, year: 2026, amountCents: 2000, paidOn: '2026-01-10', means: 'cheque' }));
    return id;
  };
  const firm = await client({ kind: 'entreprise', name: 'Espaces Verts du Rhône' });
  const home = await client({ kind: 'particulier', civility: 'Mme', lastName: 'Roux', firstName: 'Océane' });
  const placement = async (clientId: number, startDate: string, endDate: string) =>
    (
      await must(
        api<{ id: number }>(host, 'placements.create', {
          placement: { workerId: lefevre, clientId, taskKind: 'menage', taskDetail: 'Entretien des bureaux', startDate, endDate, billedRateCents: '22,50', wageRateCents: '12,50', status: 'en_cours' },
          confirmed: ['hors_territoire', 'adhesion_absente'],
        }),
      )
    ).id;
  const p1 = await placement(firm, '2026-03-01', '2026-03-31');
  const p2 = await placement(home, '2026-04-01', '2026-04-30');
  const save = async (month: string, placementId: number, days: string[], minutes: number) => {
    const r = await must(api<{ held: unknown[] }>(host, 'hours.saveMonth', { month, entries: days.map((day) => ({ placementId, day, minutes })) }));
    expect(r.held).toEqual([]);
  };
  await save('2026-03', p1, MARCH, 7 * 60); // 154 h
  await save('2026-04', p2, APRIL_SATURDAYS, 3 * 60); // 12 h
}

