import { describe, expect, it } from 'vitest';
import { balanceOf, daysOverdue, dueDate, hoursLineAmount, invoiceNumber, invoiceTotals, paymentStatus } from './invoicing';

describe('invoice arithmetic', () => {
  it('prices a line as minutes × hourly rate ÷ 60, rounded once to the nearest cent, halves up', () => {
    // 1 h 05 at 22,50 € = 24,375 € → 24,38 €
    expect(hoursLineAmount(65, 2250)).toBe(2438);
    // 1 h 20 at 22,50 € = 30,00 € exactly
    expect(hoursLineAmount(80, 2250)).toBe(3000);
    // 1 h 10 at 22,50 € = 26,25 € exactly; 0 h 50 at 22,01 € = 18,341… € → 18,34 €
    expect(hoursLineAmount(70, 2250)).toBe(2625);
    expect(hoursLineAmount(50, 2201)).toBe(1834);
    // 7 minutes at 22,50 € = 2,625 € → 2,63 €
    expect(hoursLineAmount(7, 2250)).toBe(263);
  });

  it('totals the lines as they are printed (never the hours re-priced together)', () => {
    // 1 h 05 + 1 h 05 priced together would be 2 h 10 = 48,75 €; two lines are 24,38 € each.
    const lines = [
      { kind: 'heures' as const, amountCents: hoursLineAmount(65, 2250) },
      { kind: 'heures' as const, amountCents: hoursLineAmount(65, 2250) },
    ];
    expect(invoiceTotals(lines, 0)).toEqual({ totalHtCents: 4876, vatCents: 0, totalCents: 4876 });
  });

  it('adds VAT on the services only, rounded once, when the association is subject to it', () => {
    const lines = [
      { kind: 'heures' as const, amountCents: 2438 },
      { kind: 'adhesion' as const, amountCents: 2000 },
    ];
    expect(invoiceTotals(lines, 2000)).toEqual({ totalHtCents: 4438, vatCents: 488, totalCents: 4926 });
    expect(invoiceTotals(lines, 0).vatCents).toBe(0);
  });

  it('numbers per year with the prefix, four digits', () => {
    expect(invoiceNumber('', 2026, 1)).toBe('2026-0001');
    expect(invoiceNumber(null, 2026, 42)).toBe('2026-0042');
    expect(invoiceNumber('FA-', 2027, 12345)).toBe('FA-2027-12345');
  });

  it('dates the due date from the client’s payment terms', () => {
    expect(dueDate('2026-11-30', 30)).toBe('2026-12-30');
    expect(dueDate('2026-12-15', 30)).toBe('2027-01-14');
  });

  it('follows what is paid and credited: impayée, partiellement payée, payée, annulée', () => {
    expect(paymentStatus({ totalCents: 10000, paidCents: 0, creditedCents: 0 })).toBe('impayee');
    expect(paymentStatus({ totalCents: 10000, paidCents: 4000, creditedCents: 0 })).toBe('partielle');
    expect(paymentStatus({ totalCents: 10000, paidCents: 6000, creditedCents: 4000 })).toBe('payee');
    expect(paymentStatus({ totalCents: 10000, paidCents: 0, creditedCents: 10000 })).toBe('annulee');
    expect(balanceOf({ totalCents: 10000, paidCents: 10000, creditedCents: 2500 })).toBe(-2500);
  });

  it('counts the days overdue only while something is due', () => {
    const unpaid = { totalCents: 10000, paidCents: 0, creditedCents: 0 };
    expect(daysOverdue('2026-12-30', '2027-01-09', unpaid)).toBe(10);
    expect(daysOverdue('2026-12-30', '2026-12-20', unpaid)).toBe(0);
    expect(daysOverdue('2026-12-30', '2027-01-09', { ...unpaid, paidCents: 10000 })).toBe(0);
  });
});
