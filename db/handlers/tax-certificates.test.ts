import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { MonthBilling } from '../contract/invoices';
import type { TaxCertificates } from '../contract/tax-certificates';
import { ok, seeder } from '../testing/seed';

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

const list = (year: number) => ok<TaxCertificates>(backend.dispatch('taxCertificates.list', { year }));
/** Issues the month's invoices and answers each client's invoice id. */
function invoice(month: string, issuedOn: string): Map<number, number> {
  ok(backend.dispatch('invoices.prepare', { month }));
  ok(backend.dispatch('invoices.issue', { month, issuedOn }));
  return new Map(ok<MonthBilling>(backend.dispatch('invoices.month', { month })).issued.map((r) => [r.clientId, r.id]));
}
const pay = (invoiceId: number, paidOn: string, amountCents: string, means: string) => ok(backend.dispatch('invoices.addPayment', { invoiceId, paidOn, amountCents, means }));

describe('taxCertificates: the particuliers who paid in the year', () => {
  it('gives the year’s payments with the CESU préfinancés apart, and each worker’s months, hours and hourly price', () => {
    const since2025 = { passStart: '2025-01-06', diagnosis: { authorKind: 'prescripteur' as const, date: '2025-01-06' } };
    const helene = seed.worker({ birthName: 'Lefèvre', firstName: 'Hélène', entryDate: '2025-01-06', ...since2025 });
    const paul = seed.worker({ birthName: 'Martin', firstName: 'Paul', entryDate: '2025-01-06', ...since2025 });
    const roux = seed.client('particulier', { name: 'Mme Océane Roux' });
    const blanc = seed.client('particulier', { name: 'M. Jean Blanc' });
    const firm = seed.client('entreprise', { name: 'Atelier Vert' });
    const confirmed = ['hors_territoire', 'adhesion_absente'];
    seed.hours(seed.placement(helene, roux, '2025-11-01', '2025-12-31', { confirmed }), ['2025-11-08', '2025-11-15', '2025-12-06'], 3 * 60);
    seed.hours(seed.placement(paul, roux, '2025-12-01', '2025-12-31', { confirmed, more: { billedRateCents: '24,00' } }), ['2025-12-13'], 2 * 60 + 30);
    seed.hours(seed.placement(paul, blanc, '2025-12-01', '2025-12-31', { confirmed }), ['2025-12-20'], 60);
    seed.hours(seed.placement(helene, firm, '2025-12-01', '2025-12-31', { confirmed }), ['2025-12-02'], 7 * 60);
    const november = invoice('2025-11', '2025-12-01');
    const december = invoice('2025-12', '2026-01-05');
    // Océane Roux: 135 € for November (6 h × 22,50), 127,50 € for December (3 h × 22,50 + 2 h 30 × 24).
    pay(november.get(roux)!, '2025-12-10', '100', 'cheque');
    pay(november.get(roux)!, '2025-12-10', '35', 'cesu');
    pay(december.get(roux)!, '2026-01-20', '27,50', 'cesu'); // paid in 2026: on the 2026 certificate
    pay(december.get(roux)!, '2026-02-02', '100', 'virement');
    pay(december.get(firm)!, '2026-01-20', '157,50', 'virement'); // an entreprise: no certificate
    // Jean Blanc had hours but has paid nothing: no certificate.

    const r = list(2025);
    expect(r.certificates.map((c) => c.clientName)).toEqual(['Mme Océane ROUX']);
    const oceane = r.certificates[0]!;
    expect(oceane.payments).toEqual({ paidCents: 13500, cesuCents: 3500, deductibleCents: 10000 });
    expect(oceane.lines.map((l) => [l.workerName, l.month, l.minutes, l.hourlyRateCents])).toEqual([
      ['LEFÈVRE Hélène', '2025-11', 360, 2250],
      ['LEFÈVRE Hélène', '2025-12', 180, 2250],
      ['MARTIN Paul', '2025-12', 150, 2400],
    ]);
    expect(oceane.minutes).toBe(690);
    // In 2026 she paid December's invoice: a certificate with those payments, and no hours in 2026.
    expect(list(2026).certificates.map((c) => [c.clientName, c.payments, c.lines.length])).toEqual([
      ['Mme Océane ROUX', { paidCents: 12750, cesuCents: 2750, deductibleCents: 10000 }, 0],
    ]);
    expect(backend.dispatch('taxCertificates.get', { year: 2025, clientId: blanc })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(backend.dispatch('taxCertificates.get', { year: 2026, clientId: firm })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('carries the organisation and its declaration number', () => {
    ok(backend.dispatch('settings.saveOrganisation', { name: "L'Échelier", sapDeclarationNumber: 'SAP123456789', defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, version: 0 }));
    expect(list(2026).issuer).toMatchObject({ name: "L'Échelier", sapDeclarationNumber: 'SAP123456789' });
    expect(backend.dispatch('taxCertificates.list', { year: 1999 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
