import { z } from 'zod';
import { call } from './define';
import { requiredText } from './fields';
import type { PlacementSummary } from './placements';
import type { CellRef, HoursIssue } from '../rules/issues';
import type { MonthRules } from '../rules/hours-month';
import { isMonth } from '../base/months';

// The monthly hours grid: rows are the placements active in the month, columns its days.

// The rules of a month, for the grid to check the cells as they are typed with the back end's
// own functions (the back end decides again when the month is saved).
export { checkMonthRules, checkWorkerMonth, contextOf, earlyClosing, type CellChange, type CellMinutes, type MonthRules, type WorkerMonthFacts } from '../rules/hours-month';
export type { CellRef, HoursIssue } from '../rules/issues';

const month = z.string().refine((m) => isMonth(m) && m >= '2000' && m < '2100', { error: 'Mois invalide (entre 2000 et 2099).' });

export interface MonthDay {
  date: string;
  /** 1 = lundi … 7 = dimanche. */
  weekday: number;
  weekend: boolean;
  holiday: string | null;
}

/** A placement's line of the grid (grouped by client, sorted by clientSortName). */
export interface GridRow extends PlacementSummary {
  placementId: number;
  /** Whether the client's hours count towards the 480 h. */
  counts480: boolean;
  /** day → minutes */
  entries: Record<string, number>;
}

export interface MonthGrid {
  month: string;
  days: MonthDay[];
  rows: GridRow[];
  closed: boolean;
  closedAt: string | null;
  /** Every problem that stands on the saved month (blocking ones and warnings), one per violation. */
  issues: HoursIssue[];
  /** What the rules need beyond the rows, for every worker of the grid. */
  rules: MonthRules;
}

export const hoursEntry = z.object({
  placementId: z.number().int().positive(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** null clears the cell. */
  minutes: z.number({ error: 'Durée invalide.' }).int({ error: 'Une durée se compte en minutes entières.' }).nullable(),
});

export interface SavedMonth {
  /** The cells written (a clearing counts when there was something to clear). */
  saved: number;
  /** The cells not saved: every cell sent for a worker whose month breaks a rule. */
  held: CellRef[];
  /** The problems of the workers whose cells were sent, one per violation. */
  issues: HoursIssue[];
}

export const hoursContract = {
  'hours.month': call<MonthGrid>()(z.object({ month, groupBy: z.enum(['worker', 'client']).default('worker') }), { write: false, permission: 'hours.read' }),
  /**
   * Saves the changed cells of a month in one transaction, every rule checked per worker: the
   * cells of each worker whose month keeps to the rules are saved, the others held.
   */
  'hours.saveMonth': call<SavedMonth>()(z.object({ month, entries: z.array(hoursEntry).max(20000) }), { write: true, permission: 'hours.write' }),
  /** A month that has not ended closes only once confirmed (`confirmed` holds `mois_non_termine`). */
  'hours.closeMonth': call<{ month: string }>()(z.object({ month, confirmed: z.array(z.string()).default([]) }), { write: true, permission: 'hours.write' }),
  'hours.reopenMonth': call<{ month: string }>()(z.object({ month, reason: requiredText(300) }), { write: true, permission: 'hours.write' }),
};
