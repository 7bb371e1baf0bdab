import { describe, expect, it } from 'vitest';
import { MAX_DAY_MINUTES, MAX_WEEK_MINUTES, checkEntry, workingTimeViolations, type WorkingTimeEntry } from './working-time';

const S = '\u00a0'; // espace insécable de formatHours

function e(placementId: number, day: string, minutes: number): WorkingTimeEntry {
  return { placementId, day, minutes };
}

describe('checkEntry', () => {
  it('accepts whole positive minutes up to 24 h', () => {
    expect(checkEntry(15)).toBeNull();
    expect(checkEntry(1)).toBeNull();
    expect(checkEntry(24 * 60)).toBeNull();
  });
  it('refuses zero and negative durations', () => {
    expect(checkEntry(0)).toBe('Une durée doit être positive.');
    expect(checkEntry(-30)).toBe('Une durée doit être positive.');
  });
  it('refuses more than 24 hours', () => {
    expect(checkEntry(24 * 60 + 1)).toMatch(/^Plus de 24 heures dans une journée \?/);
  });
  it('refuses fractions of a minute', () => {
    expect(checkEntry(7.5)).toBe('Une durée se compte en minutes entières.');
    expect(checkEntry(Number.NaN)).toBe('Une durée se compte en minutes entières.');
  });
});

describe('daily maximum', () => {
  it('allows exactly 10 h a day across placements', () => {
    expect(MAX_DAY_MINUTES).toBe(600);
    expect(workingTimeViolations([e(1, '2026-03-12', 360), e(2, '2026-03-12', 240)])).toEqual([]);
  });
  it('gives one violation for a day over 10 h, with every placement of the day', () => {
    const v = workingTimeViolations([e(1, '2026-03-12', 360), e(2, '2026-03-12', 270), e(1, '2026-03-13', 300)]);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ code: 'duree_max_jour', severity: 'blocking', period: '2026-03-12', total: 630 });
    expect(v[0]!.entries.map((x) => x.placementId)).toEqual([1, 2]);
    // The date is said once, and 10 h once.
    expect(v[0]!.message).toBe(`10${S}h${S}30 le 12/03/2026, toutes missions confondues : 10${S}h par jour au maximum.`);
  });
  it('one violation a day even with two entries of the same placement', () => {
    expect(workingTimeViolations([e(1, '2026-03-12', 400), e(1, '2026-03-12', 300)])).toHaveLength(1);
  });
  it('reports only the requested days', () => {
    const entries = [e(1, '2026-02-27', 660), e(1, '2026-03-02', 660)];
    expect(workingTimeViolations(entries, new Set(['2026-03-02'])).map((x) => x.period)).toEqual(['2026-03-02']);
  });
});

describe('weekly maximum', () => {
  // Semaine du lundi 9 au dimanche 15 mars 2026.
  const week = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];

  it('allows exactly 48 h in a week', () => {
    expect(MAX_WEEK_MINUTES).toBe(2880);
    const entries = [...week.map((d) => e(1, d, 540)), e(2, '2026-03-14', 180)];
    expect(workingTimeViolations(entries)).toEqual([]);
  });
  it('gives ONE violation for a week over 48 h, not one a day, with the week in the message', () => {
    const entries = [...week.map((d) => e(1, d, 540)), e(2, '2026-03-15', 240)]; // 45 h + 4 h
    const v = workingTimeViolations(entries);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ code: 'duree_max_semaine', severity: 'blocking', period: '2026-03-09', total: 49 * 60 });
    expect(v[0]!.entries).toHaveLength(6);
    expect(v[0]!.entries.at(-1)).toEqual(e(2, '2026-03-15', 240));
    expect(v[0]!.message).toBe(
      `49${S}h la semaine du 09/03/2026 au 15/03/2026, toutes missions confondues : 48${S}h par semaine au maximum.`,
    );
  });
  it('does not mix two weeks', () => {
    // 27 h du lundi au mercredi, puis 27 h la semaine suivante : aucune semaine ne dépasse.
    const entries = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-16', '2026-03-17', '2026-03-18'].map((d) => e(1, d, 540));
    expect(workingTimeViolations(entries)).toEqual([]);
  });
  it('counts the days of a straddling week from the previous month, but reports only the month', () => {
    // Semaine du lundi 23 février au dimanche 1er mars 2026 : 50 h dont 10 h le 1er mars.
    const entries = ['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-03-01'].map((d) => e(1, d, 600));
    const march = new Set(['2026-03-01', '2026-03-02']);
    const v = workingTimeViolations(entries, march);
    expect(v).toEqual([expect.objectContaining({ period: '2026-02-23', code: 'duree_max_semaine', entries: [e(1, '2026-03-01', 600)] })]);
    expect(v[0]!.message).toContain('la semaine du 23/02/2026 au 01/03/2026');
    // A week of the month that only the previous month pushed over: nothing to report in March.
    expect(workingTimeViolations(entries, new Set(['2026-03-02']))).toEqual([]);
  });
  it('sorts the violations by their first day: a week from its first entry, then a day within it', () => {
    const entries = [...week.map((d) => e(1, d, 540)), e(1, '2026-03-14', 660)];
    const v = workingTimeViolations(entries);
    expect(v.map((x) => [x.code, x.period])).toEqual([
      ['duree_max_semaine', '2026-03-09'],
      ['duree_max_jour', '2026-03-14'],
    ]);
  });
});
