import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { TaxCertificates } from '../contract/tax-certificates';
import { ok, seeder } from '../testing/seed';

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

describe('taxCertificates: the particuliers of a year', () => {
  it('gives each particulier with hours in the year each worker’s months, hours and hourly price; no entreprise, no other year', () => {
    const helene = seed.worker({ birthName: 'Lefèvre', firstName: 'Hélène' });
    const paul = seed.worker({ birthName: 'Martin', firstName: 'Paul' });
    const roux = seed.client('particulier', { name: 'Mme Océane Roux' });
    const blanc = seed.client('particulier', { name: 'M. Jean Blanc' });
    const firm = seed.client('entreprise', { name: 'Atelier Vert' });
    seed.hours(seed.placement(helene, roux, '2026-03-01', '2026-04-30'), ['2026-03-07', '2026-03-14', '2026-04-04'], 3 * 60);
    seed.hours(seed.placement(paul, roux, '2026-04-01', '2026-04-30', { more: { billedRateCents: '24,00' } }), ['2026-04-11'], 2 * 60 + 30);
    seed.hours(seed.placement(paul, blanc, '2026-05-01', '2026-05-31'), ['2026-05-09'], 60);
    seed.hours(seed.placement(helene, firm, '2026-06-01', '2026-06-30'), ['2026-06-02'], 7 * 60);
    const r = ok<TaxCertificates>(backend.dispatch('taxCertificates.list', { year: 2026 }));
    expect(r.certificates.map((c) => c.clientName)).toEqual(['M. Jean BLANC', 'Mme Océane ROUX']);
    const oceane = r.certificates[1]!;
    expect(oceane.lines.map((l) => [l.workerName, l.month, l.minutes, l.hourlyRateCents])).toEqual([
      ['LEFÈVRE Hélène', '2026-03', 360, 2250],
      ['LEFÈVRE Hélène', '2026-04', 180, 2250],
      ['MARTIN Paul', '2026-04', 150, 2400],
    ]);
    expect(oceane.minutes).toBe(690);
    // Payments are not recorded yet: the amounts are missing, never computed from the hours.
    expect(r.paymentsRecorded).toBe(false);
    expect(oceane.payments).toBeNull();
    expect(ok<TaxCertificates>(backend.dispatch('taxCertificates.list', { year: 2025 })).certificates).toEqual([]);
    expect(ok<TaxCertificates>(backend.dispatch('taxCertificates.get', { year: 2026, clientId: blanc })).certificates.map((c) => c.minutes)).toEqual([60]);
    expect(backend.dispatch('taxCertificates.get', { year: 2026, clientId: firm })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('carries the organisation and its declaration number', () => {
    ok(backend.dispatch('settings.saveOrganisation', { name: "L'Échelier", sapDeclarationNumber: 'SAP123456789', defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, version: 0 }));
    const r = ok<TaxCertificates>(backend.dispatch('taxCertificates.list', { year: 2026 }));
    expect(r.issuer).toMatchObject({ name: "L'Échelier", sapDeclarationNumber: 'SAP123456789' });
    expect(backend.dispatch('taxCertificates.list', { year: 1999 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
