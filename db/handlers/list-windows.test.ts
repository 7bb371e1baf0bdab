import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { ClientList } from '../contract/clients';
import type { PlacementFilters, PlacementRow } from '../contract/placements';
import type { WorkerList } from '../contract/workers';
import { ok, seeder } from '../testing/seed';

// The virtualized lists ask the back end for the rows in view: a window of the list, filtered
// and sorted there, with the total of the whole list. Each window must be exactly that part of
// the whole list, in every sort.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

type Placements = { rows: PlacementRow[]; total: number };
const placements = (filters: PlacementFilters) => ok<Placements>(backend.dispatch('placements.list', filters));

/** Every window of `size` rows, put end to end. */
function byWindows<R>(load: (window: { offset: number; limit: number }) => { rows: R[]; total: number }, size: number): { rows: R[]; totals: number[] } {
  const rows: R[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += size) {
    const page = load({ offset, limit: size });
    totals.push(page.total);
    rows.push(...page.rows);
    if (page.rows.length < size) return { rows, totals };
  }
}

describe('lists by windows', () => {
  it('give the placements of the whole list, window after window, in each sort, with the total', () => {
    const workers = [seed.worker({ birthName: 'Zola' }), seed.worker({ birthName: 'Émery' }), seed.worker({ birthName: 'Durand' })];
    const clients = [seed.client('particulier'), seed.client('entreprise')];
    const starts = ['2026-03-02', '2026-03-02', '2026-04-01', '2026-05-04', '2026-03-16'];
    const ids = starts.map((start, i) => seed.placement(workers[i % 3]!, clients[i % 2]!, start, '2026-06-30'));
    seed.hours(ids[1]!, ['2026-03-03', '2026-03-04'], 240);
    seed.hours(ids[3]!, ['2026-05-05'], 60);
    for (const column of ['startDate', 'endDate', 'status', 'workerName', 'clientName', 'taskKind', 'workedMinutes'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const whole = placements({ sort: { column, direction } });
        expect(whole.total).toBe(5);
        const windows = byWindows((window) => placements({ sort: { column, direction }, window }), 2);
        expect(windows.rows, `${column} ${direction}`).toEqual(whole.rows);
        expect(windows.totals).toEqual([5, 5, 5]);
      }
    }
    // Hours are summed for the window's rows as for the whole list.
    expect(placements({ sort: { column: 'workedMinutes', direction: 'desc' }, window: { offset: 0, limit: 1 } }).rows[0]).toMatchObject({ id: ids[1], workedMinutes: 480 });
    // Filtered: the total is the filtered list's.
    expect(placements({ month: '2026-05', window: { offset: 0, limit: 1 } }).total).toBe(5);
    expect(placements({ workerId: workers[0]!, window: { offset: 0, limit: 1 } })).toMatchObject({ total: 2 });
  });

  it('give the workers and the clients of the whole list, window after window', () => {
    for (const name of ['Zola', 'Émery', 'Durand', 'Bénard', 'Leroy']) seed.worker({ birthName: name });
    for (let i = 0; i < 5; i++) seed.client('particulier');
    const sort = { column: 'name', direction: 'desc' } as const;
    const workers = ok<WorkerList>(backend.dispatch('workers.list', { sort }));
    expect(byWindows((window) => ok<WorkerList>(backend.dispatch('workers.list', { sort, window })), 2)).toEqual({ rows: workers.rows, totals: [5, 5, 5] });
    const clients = ok<ClientList>(backend.dispatch('clients.list', {}));
    expect(byWindows((window) => ok<ClientList>(backend.dispatch('clients.list', { window })), 3).rows).toEqual(clients.rows);
  });
});
