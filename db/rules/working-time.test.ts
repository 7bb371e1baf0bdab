import { describe, expect, it } from 'vitest';
import { MAX_DAY_MINUTES, MAX_WEEK_MINUTES, checkEntry, checkWorkingTime, type WorkingTimeEntry } from './working-time';

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
    expect(checkWorkingTime([e(1, '2026-03-12', 360), e(2, '2026-03-12', 240)])).toEqual([]);
  });
  it('blocks every placement of a day over 10 h, all placements together', () => {
    const v = checkWorkingTime([e(1, '2026-03-12', 360), e(2, '2026-03-12', 270), e(1, '2026-03-13', 300)]);
    expect(v).toHaveLength(2);
    expect(v.map((x) => [x.placementId, x.day, x.severity, x.code])).toEqual([
      [1, '2026-03-12', 'blocking', 'duree_max_jour'],
      [2, '2026-03-12', 'blocking', 'duree_max_jour'],
    ]);
    expect(v[0]!.message).toBe(
      `10${S}h${S}30 le 12/03/2026 pour ce salarié, toutes missions confondues : 10${S}h par jour au maximum.`,
    );
  });
  it('reports a placement once even with two entries the same day', () => {
    expect(checkWorkingTime([e(1, '2026-03-12', 400), e(1, '2026-03-12', 300)])).toHaveLength(1);
  });
  it('reports only the requested days', () => {
    const entries = [e(1, '2026-02-27', 660), e(1, '2026-03-02', 660)];
    expect(checkWorkingTime(entries, new Set(['2026-03-02'])).map((x) => x.day)).toEqual(['2026-03-02']);
  });
});

describe('weekly maximum', () => {
  // Semaine du lundi 9 au dimanche 15 mars 2026.
  const week = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];

  it('allows exactly 48 h in a week', () => {
    expect(MAX_WEEK_MINUTES).toBe(2880);
    const entries = [...week.map((d) => e(1, d, 540)), e(2, '2026-03-14', 180)];
    expect(checkWorkingTime(entries)).toEqual([]);
  });
  it('blocks every entry of a week over 48 h, with the week in the message', () => {
    const entries = [...week.map((d) => e(1, d, 540)), e(2, '2026-03-15', 240)]; // 45 h + 4 h
    const v = checkWorkingTime(entries);
    expect(v).toHaveLength(6);
    expect(v.every((x) => x.code === 'duree_max_semaine' && x.severity === 'blocking')).toBe(true);
    expect(v.find((x) => x.placementId === 2)?.day).toBe('2026-03-15');
    expect(v[0]!.message).toBe(
      `49${S}h la semaine du 09/03/2026 au 15/03/2026 pour ce salarié, toutes missions confondues : 48${S}h par semaine au maximum.`,
    );
  });
  it('does not mix two weeks', () => {
    // 27 h du lundi au mercredi, puis 27 h la semaine suivante : aucune semaine ne dépasse.
    const entries = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-16', '2026-03-17', '2026-03-18'].map((d) => e(1, d, 540));
    expect(checkWorkingTime(entries)).toEqual([]);
  });
  it('counts the days of a straddling week from the previous month, but reports only the month', () => {
    // Semaine du lundi 23 février au dimanche 1er mars 2026 : 50 h dont 10 h le 1er mars.
    const entries = ['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-03-01'].map((d) => e(1, d, 600));
    const march = new Set(['2026-03-01', '2026-03-02']);
    const v = checkWorkingTime(entries, march);
    expect(v).toEqual([expect.objectContaining({ placementId: 1, day: '2026-03-01', code: 'duree_max_semaine' })]);
    expect(v[0]!.message).toContain('la semaine du 23/02/2026 au 01/03/2026');
  });
  it('lists the daily violation before the weekly one for the same cell', () => {
    const entries = [...week.map((d) => e(1, d, 540)), e(1, '2026-03-14', 660)];
    const v = checkWorkingTime(entries).filter((x) => x.day === '2026-03-14');
    expect(v.map((x) => x.code)).toEqual(['duree_max_jour', 'duree_max_semaine']);
  });
});
