import { describe, expect, it } from 'vitest';
import { ageBandAtEntry, periodMonths, rateOf } from './annual-report';
import { ageOn } from '../base/dates';
import { formatPercent } from '../base/format';
import { fullTimeEquivalent } from './etp';

describe('age bands of the rapport d’activité', () => {
  it('are taken on the day of entry, in full years', () => {
    // Born 10/03/2000: 25 on 09/03/2026, 26 on 10/03/2026.
    expect(ageBandAtEntry('2000-03-10', '2026-03-09')).toBe('moins_26');
    expect(ageBandAtEntry('2000-03-10', '2026-03-10')).toBe('de_26_a_49');
    expect(ageBandAtEntry('1976-06-01', '2026-05-31')).toBe('de_26_a_49');
    expect(ageBandAtEntry('1976-06-01', '2026-06-01')).toBe('50_et_plus');
  });

  it('counts a 29 February birthday on 1 March in a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('rates', () => {
  it('are percentages to one decimal', () => {
    expect(rateOf(1, 3)).toBe(33.3);
    expect(rateOf(2, 3)).toBe(66.7);
    expect(rateOf(3, 3)).toBe(100);
    expect(formatPercent(rateOf(1, 8))).toBe('12,5\u00a0%');
  });

  it('without any exit are « — », not NaN', () => {
    expect(rateOf(0, 0)).toBeNull();
    expect(formatPercent(rateOf(0, 0))).toBe('—');
  });
});

describe('the length of a period for the ETP', () => {
  it('is 12 for a calendar year, a leap one too, and 1 for a month', () => {
    expect(periodMonths('2026-01-01', '2026-12-31')).toBe(12);
    expect(periodMonths('2028-01-01', '2028-12-31')).toBe(12);
    expect(periodMonths('2026-02-01', '2026-02-28')).toBe(1);
  });

  it('counts a cut month by its days, and a school year across two years', () => {
    expect(periodMonths('2026-01-16', '2026-01-31')).toBeCloseTo(16 / 31, 4);
    expect(periodMonths('2025-09-01', '2026-08-31')).toBe(12);
    expect(periodMonths('2026-03-15', '2026-04-14')).toBeCloseTo(17 / 31 + 14 / 30, 4);
  });

  it('prorates one ETP: 1 607 h in a year, half of it in six months', () => {
    const annual = 1607 * 60;
    expect(fullTimeEquivalent(1607 * 60, annual, periodMonths('2026-01-01', '2026-12-31'))).toBe(1);
    expect(fullTimeEquivalent(1607 * 30, annual, periodMonths('2026-01-01', '2026-06-30'))).toBe(1);
  });
});
