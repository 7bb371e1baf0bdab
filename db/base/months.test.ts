import { describe, expect, it } from 'vitest';
import { isMonth, monthBounds, monthDays, monthOf } from './months';

describe('monthDays', () => {
  it('lists every day of the month', () => {
    expect(monthDays('2026-02')).toHaveLength(28);
    expect(monthDays('2028-02')).toHaveLength(29);
    const march = monthDays('2026-03');
    expect(march).toHaveLength(31);
    expect(march[0]).toBe('2026-03-01');
    expect(march[30]).toBe('2026-03-31');
  });
  it('refuses what is not a month', () => {
    expect(() => monthDays('2026-13')).toThrow(RangeError);
    expect(() => monthDays('2026-3')).toThrow(RangeError);
    expect(() => monthDays('2026-03-01')).toThrow(RangeError);
  });
});

describe('monthBounds', () => {
  it('gives the first and last days, leap years included', () => {
    expect(monthBounds('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });
});

describe('isMonth', () => {
  it('accepts AAAA-MM with a month from 01 to 12, and nothing else', () => {
    expect(isMonth('2026-01')).toBe(true);
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('1999-07')).toBe(true);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth('2026-03-01')).toBe(false);
    expect(isMonth(null)).toBe(false);
    expect(isMonth(202603)).toBe(false);
  });
  it('gives the month of a day', () => {
    expect(monthOf('2026-03-31')).toBe('2026-03');
  });
});
