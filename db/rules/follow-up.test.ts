import { describe, expect, it } from 'vitest';
import { daysNotSeen, interviewDue, isInterviewDue, notSeenFor } from './follow-up';

const today = '2026-11-10';

describe('the next interview, due or overdue', () => {
  it('is overdue once its day has passed with no interview held since', () => {
    expect(interviewDue('2026-11-09', '2026-10-01', today, 7)).toBe('en_retard');
    expect(interviewDue('2026-11-09', null, today, 7)).toBe('en_retard');
  });

  it('is due today, or within the days watched, and later beyond them', () => {
    expect(interviewDue('2026-11-10', '2026-10-01', today, 7)).toBe('aujourdhui');
    expect(interviewDue('2026-11-17', '2026-10-01', today, 7)).toBe('bientot');
    expect(interviewDue('2026-11-18', '2026-10-01', today, 7)).toBe('plus_tard');
    expect(interviewDue('2026-11-11', '2026-10-01', today, 0)).toBe('plus_tard');
  });

  it('is to plan when none is planned, or when an interview was held on or after the planned day', () => {
    expect(interviewDue(null, '2026-10-01', today, 7)).toBe('a_fixer');
    expect(interviewDue('2026-11-05', '2026-11-05', today, 7)).toBe('a_fixer');
    expect(interviewDue('2026-11-05', '2026-11-08', today, 7)).toBe('a_fixer');
  });

  it('needs the référent when overdue, today or soon', () => {
    expect(['en_retard', 'aujourdhui', 'bientot', 'plus_tard', 'a_fixer'].filter((d) => isInterviewDue(d as never))).toEqual(['en_retard', 'aujourdhui', 'bientot']);
  });
});

describe('people not seen for more than N days', () => {
  it('counts the days since the last interview held, else since the path began', () => {
    expect(daysNotSeen('2026-10-11', '2026-01-05', today)).toBe(30);
    expect(daysNotSeen(null, '2026-11-01', today)).toBe(9);
    expect(daysNotSeen(null, null, today)).toBeNull();
  });

  it('is more than N days: N days exactly is not', () => {
    expect(notSeenFor('2026-10-11', '2026-01-05', today, 30)).toBe(false);
    expect(notSeenFor('2026-10-10', '2026-01-05', today, 30)).toBe(true);
    expect(notSeenFor(null, '2026-09-01', today, 30)).toBe(true);
    expect(notSeenFor(null, null, today, 30)).toBe(false);
  });
});
