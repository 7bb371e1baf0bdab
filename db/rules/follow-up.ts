import { daysBetween } from '../base/dates';

// What a référent watches for each person they follow (domain §6): the next interview, due or
// overdue, and how long since the person was last seen.

/**
 * Where the next interview stands today:
 * - `en_retard`: its date has passed and no interview was held since;
 * - `aujourdhui`: it is today;
 * - `bientot`: within the next `withinDays` days;
 * - `plus_tard`: later;
 * - `a_fixer`: no date planned, or the planned one was held already.
 */
export type InterviewDue = 'en_retard' | 'aujourdhui' | 'bientot' | 'plus_tard' | 'a_fixer';

export const INTERVIEW_DUE_LABELS: Record<InterviewDue, string> = {
  en_retard: 'En retard',
  aujourdhui: "Aujourd'hui",
  bientot: 'À venir',
  plus_tard: 'Plus tard',
  a_fixer: 'À fixer',
};

export function interviewDue(next: string | null, lastSeen: string | null, today: string, withinDays: number): InterviewDue {
  // An interview held on or after the planned day answers it: the next one is to be planned.
  if (next === null || (lastSeen !== null && lastSeen >= next)) return 'a_fixer';
  if (next < today) return 'en_retard';
  if (next === today) return 'aujourdhui';
  return daysBetween(today, next) <= withinDays ? 'bientot' : 'plus_tard';
}

/** Whether the next interview needs the référent now: overdue, today, or within the days watched. */
export function isInterviewDue(due: InterviewDue): boolean {
  return due === 'en_retard' || due === 'aujourdhui' || due === 'bientot';
}

/**
 * Days since the person was last seen: since their last interview held (not one planned in the
 * future), else since their path began. Null when neither is known.
 */
export function daysNotSeen(lastSeen: string | null, since: string | null, today: string): number | null {
  const from = lastSeen ?? since;
  return from === null ? null : Math.max(0, daysBetween(from, today));
}

/** Not seen for more than `days` days. */
export function notSeenFor(lastSeen: string | null, since: string | null, today: string, days: number): boolean {
  const n = daysNotSeen(lastSeen, since, today);
  return n !== null && n > days;
}
