import { z } from 'zod';

// How a list is sorted: by one of its own columns, in one direction (ties are broken by name).

export function listSort<const C extends readonly [string, ...string[]]>(columns: C) {
  return z.object({
    column: z.enum(columns),
    direction: z.enum(['asc', 'desc']).default('asc'),
  });
}
export type ListSort<C extends string = string> = { column: C; direction: 'asc' | 'desc' };

/**
 * The rows a virtualized list shows: `limit` rows from `offset`, in the list's order, the answer's
 * `total` counting the whole filtered list. Null: the whole list (a form's choices, a record's page).
 */
export const listWindow = z.object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }).nullable().default(null);
export type ListWindow = { offset: number; limit: number };

/** The window's rows of a list sorted in full (null: all of them). */
export function windowOf<R>(rows: readonly R[], window: ListWindow | null): R[] {
  return window ? rows.slice(window.offset, window.offset + window.limit) : [...rows];
}
