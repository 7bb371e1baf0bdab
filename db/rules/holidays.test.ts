import { describe, expect, it } from 'vitest';
import { easterSunday, holidayName, isWeekend, isoWeekday, publicHolidays, weekStart } from './holidays';

describe('easterSunday', () => {
  it('follows the Gregorian computus', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    // Extrêmes : le plus tôt (22 mars) et le plus tard (25 avril).
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
  it('refuses a non-Gregorian year', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('publicHolidays', () => {
  it('lists the eleven holidays of 2026 in date order', () => {
    expect(publicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "Jour de l'an" },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du travail' },
      { date: '2026-05-08', name: 'Victoire 1945' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête nationale' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });
  it('keeps the order when Ascension comes before 1 May', () => {
    // Pâques le 22 mars 2285 : Ascension le 30 avril.
    const dates = publicHolidays(2285).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain('2285-04-30');
  });
});

describe('holidayName', () => {
  it('names a holiday and gives null otherwise', () => {
    expect(holidayName('2026-05-14')).toBe('Ascension');
    expect(holidayName('2026-05-25')).toBe('Lundi de Pentecôte');
    expect(holidayName('2026-12-25')).toBe('Noël');
    expect(holidayName('2026-12-26')).toBeNull();
    expect(holidayName('2026-04-05')).toBeNull(); // Pâques est un dimanche, pas un jour férié en plus
  });
  it('joins two holidays falling on the same day', () => {
    // 2008 : Pâques le 23 mars, Ascension le 1er mai.
    expect(holidayName('2008-05-01')).toBe('Fête du travail et Ascension');
  });
});

describe('weeks', () => {
  it('numbers the ISO weekdays from Monday', () => {
    expect(isoWeekday('2026-03-09')).toBe(1);
    expect(isoWeekday('2026-03-14')).toBe(6);
    expect(isoWeekday('2026-03-15')).toBe(7);
    expect(isoWeekday('2023-12-31')).toBe(7); // avant le lundi de référence
    expect(isoWeekday('1999-12-31')).toBe(5);
  });
  it('knows the weekend', () => {
    expect(isWeekend('2026-03-13')).toBe(false);
    expect(isWeekend('2026-03-14')).toBe(true);
    expect(isWeekend('2026-03-15')).toBe(true);
  });
  it('finds the Monday of the week, across months and years', () => {
    expect(weekStart('2026-03-09')).toBe('2026-03-09');
    expect(weekStart('2026-03-15')).toBe('2026-03-09');
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });
});
