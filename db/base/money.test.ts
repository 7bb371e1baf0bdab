import { describe, expect, it } from 'vitest';
import { amountForMinutes, shareOf } from './money';

describe('amount for minutes × hourly rate', () => {
  it('is exact on whole and quarter hours', () => {
    expect(amountForMinutes(60, 2200)).toBe(2200);
    expect(amountForMinutes(90, 2250)).toBe(3375);
    expect(amountForMinutes(15, 2200)).toBe(550);
    expect(amountForMinutes(0, 2200)).toBe(0);
  });
  it('rounds to the nearest cent, halves away from zero', () => {
    // 20 min × 22,01 €/h = 7,3366… € → 7,34 €
    expect(amountForMinutes(20, 2201)).toBe(734);
    // 1 min × 0,30 €/h = 0,5 cent → 1 cent
    expect(amountForMinutes(1, 30)).toBe(1);
    // 1 min × 0,29 €/h = 0,483 cent → 0
    expect(amountForMinutes(1, 29)).toBe(0);
    expect(amountForMinutes(-1, 30)).toBe(-1);
  });
  it('stays exact on a year of hours at federation scale', () => {
    expect(amountForMinutes(80000 * 60, 2275)).toBe(182000000);
  });
  it('refuses non-integers rather than guess', () => {
    expect(() => amountForMinutes(1.5, 2200)).toThrow();
  });
});

describe('a rate applied to an amount (VAT)', () => {
  it('rounds to the nearest cent, halves away from zero', () => {
    expect(shareOf(10000, 2000)).toBe(2000); // 20 % of 100 €
    expect(shareOf(2438, 2000)).toBe(488); // 4,876 € → 4,88 €
    expect(shareOf(2425, 2000)).toBe(485); // exactly 4,85 €
    expect(shareOf(1, 5000)).toBe(1); // half a cent → 1 cent
    expect(shareOf(-1, 5000)).toBe(-1);
    expect(shareOf(12345, 0)).toBe(0);
  });
});
