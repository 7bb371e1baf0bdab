import { z } from 'zod';
import { call } from './define';
import { requiredText } from './fields';
import type { TaskKind } from './reference';
import type { PlacementStatus } from './placements';
import type { RuleIssue } from '../rules/issues';
import { isMonth } from '../base/months';

// The monthly hours grid: rows are the placements active in the month, columns its days.

const month = z.string().refine((m) => isMonth(m) && m >= '2000' && m < '2100', { error: 'Mois invalide (entre 2000 et 2099).' });

export interface MonthDay {
  date: string;
  /** 1 = lundi … 7 = dimanche. */
  weekday: number;
  weekend: boolean;
  holiday: string | null;
}

export interface GridRow {
  placementId: number;
  workerId: number;
  workerName: string;
  clientId: number;
  clientName: string;
  /** What the grid sorts by when grouped by client: a particulier under her last name. */
  clientSortName: string;
  taskKind: TaskKind;
  startDate: string;
  endDate: string;
  status: PlacementStatus;
  /** day → minutes */
  entries: Record<string, number>;
}

export interface MonthGrid {
  month: string;
  days: MonthDay[];
  rows: GridRow[];
  closed: boolean;
  closedAt: string | null;
  /** Warnings that stand on the saved month (400 h reached…). */
  warnings: RuleIssue[];
}

export const hoursEntry = z.object({
  placementId: z.number().int().positive(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** null clears the cell. */
  minutes: z.number({ error: 'Durée invalide.' }).int({ error: 'Une durée se compte en minutes entières.' }).nullable(),
});

export const hoursContract = {
  'hours.month': call<MonthGrid>()(z.object({ month, groupBy: z.enum(['worker', 'client']).default('worker') }), { write: false }),
  /** Saves the changed cells of a month in one transaction, every rule checked; nothing is saved while one blocks. */
  'hours.saveMonth': call<{ saved: number; warnings: RuleIssue[] }>()(
    z.object({ month, entries: z.array(hoursEntry).max(20000) }),
    { write: true },
  ),
  'hours.closeMonth': call<{ month: string }>()(z.object({ month }), { write: true }),
  'hours.reopenMonth': call<{ month: string }>()(z.object({ month, reason: requiredText(300) }), { write: true }),
};
