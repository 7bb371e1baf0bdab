import { z } from 'zod';
import { call } from './define';

// The search box at the top of every page (Ctrl+K): workers, clients and placements at once.

export interface SearchHit {
  kind: 'worker' | 'client' | 'placement';
  id: number;
  label: string;
  /** One short line under the label (status, town, dates…). */
  detail: string;
  /** Hash route of the record. */
  to: string;
}

export const searchContract = {
  'search.global': call<SearchHit[]>()(z.object({ query: z.string().max(200) }), { write: false, permission: 'account' }),
};
