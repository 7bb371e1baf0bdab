import { z } from 'zod';

// How a list is sorted: by one of its own columns, in one direction (ties are broken by name).

export function listSort<const C extends readonly [string, ...string[]]>(columns: C) {
  return z.object({
    column: z.enum(columns),
    direction: z.enum(['asc', 'desc']).default('asc'),
  });
}
export type ListSort<C extends string = string> = { column: C; direction: 'asc' | 'desc' };
