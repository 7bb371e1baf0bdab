import { describe, expect, it } from 'vitest';
import { fullTimeEquivalent } from './etp';

const H = 60;
const YEAR = 1607 * H;

describe('ETP prorated to the period', () => {
  it('a whole year of 1 607 hours is one ETP', () => {
    expect(fullTimeEquivalent(1607 * H, YEAR, 12)).toBe(1);
  });

  it('a month counts one twelfth of the annual hours', () => {
    // 1 607 h ÷ 12 = 133,9166… h: that many hours in one month make one ETP.
    expect(fullTimeEquivalent(Math.round((YEAR / 12)), YEAR, 1)).toBe(1);
    // 267 h 50 in a month: two full-time posts.
    expect(fullTimeEquivalent(267 * H + 50, YEAR, 1)).toBe(2);
    // 100 h in a month: 100 ÷ 133,9166 = 0,7467 → 0,75.
    expect(fullTimeEquivalent(100 * H, YEAR, 1)).toBe(0.75);
  });

  it('the year to date is prorated to the months elapsed', () => {
    // 800 h over 6 months: 800 ÷ 803,5 = 0,9956 → 1,00; the same hours over 12 months: 0,50.
    expect(fullTimeEquivalent(800 * H, YEAR, 6)).toBe(1);
    expect(fullTimeEquivalent(800 * H, YEAR, 12)).toBe(0.5);
    // 3 months, 1 000 h: 1 000 ÷ 401,75 = 2,489 → 2,49.
    expect(fullTimeEquivalent(1000 * H, YEAR, 3)).toBe(2.49);
  });

  it('follows the setting: 1 820 annual hours (35 h × 52)', () => {
    expect(fullTimeEquivalent(1820 * H, 1820 * H, 12)).toBe(1);
    expect(fullTimeEquivalent(1607 * H, 1820 * H, 12)).toBe(0.88);
  });

  it('rounds halves up to the hundredth, in integers', () => {
    // Over 24 months one ETP is 192 840 min: 24 105 min is exactly 0,125 ETP → 0,13.
    expect(fullTimeEquivalent(24105, YEAR, 24)).toBe(0.13);
    expect(fullTimeEquivalent(24104, YEAR, 24)).toBe(0.12);
    expect(fullTimeEquivalent(0, YEAR, 1)).toBe(0);
  });

  it('an empty period or a missing setting gives 0 rather than a division by zero', () => {
    expect(fullTimeEquivalent(600, YEAR, 0)).toBe(0);
    expect(fullTimeEquivalent(600, 0, 1)).toBe(0);
  });
});
