import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareIso, daysBetween, daysInMonth, isBetween, isIsoDate, todayIso } from './dates';

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-01-05')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('05/01/2026')).toBe(false);
    expect(isIsoDate('2026-01-05T00:00:00Z')).toBe(false);
  });
  it('knows the Gregorian leap years', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-01-05', 0)).toBe('2026-01-05');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-01-05', 729)).toBe('2028-01-04');
  });
  it('is not shifted by daylight-saving changes', () => {
    // Passages à l'heure d'été et d'hiver en France en 2026.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
  it('refuses a malformed date or a fractional count', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-05', 1.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('is b − a in days', () => {
    expect(daysBetween('2026-01-05', '2026-01-05')).toBe(0);
    expect(daysBetween('2026-01-05', '2026-02-04')).toBe(30);
    expect(daysBetween('2026-02-04', '2026-01-05')).toBe(-30);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
  it('is the inverse of addDays', () => {
    for (const n of [-1000, -1, 0, 1, 59, 365, 730, 5000]) {
      expect(daysBetween('2026-01-05', addDays('2026-01-05', n))).toBe(n);
    }
  });
});

describe('addMonths', () => {
  it('adds calendar months', () => {
    expect(addMonths('2026-01-05', 1)).toBe('2026-02-05');
    expect(addMonths('2026-01-05', 12)).toBe('2027-01-05');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2026-01-05', 0)).toBe('2026-01-05');
  });
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('compareIso and isBetween', () => {
  it('orders dates', () => {
    expect(compareIso('2026-01-05', '2026-01-06')).toBe(-1);
    expect(compareIso('2026-01-06', '2026-01-05')).toBe(1);
    expect(compareIso('2026-01-05', '2026-01-05')).toBe(0);
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareIso)).toEqual(['2026-02-01', '2026-12-31', '2027-01-01']);
  });
  it('includes both bounds', () => {
    expect(isBetween('2026-01-05', '2026-01-05', '2026-01-10')).toBe(true);
    expect(isBetween('2026-01-10', '2026-01-05', '2026-01-10')).toBe(true);
    expect(isBetween('2026-01-04', '2026-01-05', '2026-01-10')).toBe(false);
    expect(isBetween('2026-01-11', '2026-01-05', '2026-01-10')).toBe(false);
  });
});

describe('todayIso', () => {
  it('gives the local calendar day of the given instant', () => {
    // Construit en heure locale : le résultat ne dépend pas du fuseau de la machine de test.
    expect(todayIso(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
  it('defaults to now', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});
