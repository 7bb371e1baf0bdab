import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { ClientDetail } from '../contract/clients';
import type { MonthGrid, SavedMonth } from '../contract/hours';
import type { PlacementDetail } from '../contract/placements';
import { failure, ok, seeder, weekdays } from '../testing/seed';

// Edits made after hours were saved must not leave the saved hours breaking a rule unnoticed.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

describe('edits after the hours are saved', () => {
  it("refuses to make a client count towards the 480 h when a worker's hours there would then exceed them", () => {
    const w = seed.worker();
    const c = seed.client('association');
    const p = seed.placement(w, c, '2026-02-02', '2026-07-31');
    // 6 h on every weekday from February to July: well over 480 h.
    for (const m of ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']) seed.hours(p, weekdays(m), 360);
    const client = ok<ClientDetail>(backend.dispatch('clients.get', { id: c }));
    const { id: _id, memberships: _m, workAddresses: _a, membershipPaid: _p, referenced: _r, archivedAt: _x, createdAt: _c, updatedAt: _u, ...values } = client;
    const r = backend.dispatch('clients.update', { id: c, version: seed.versionOf('clients', c), client: { ...values, counts480: true } });
    expect(failure(r).code).toBe('rule');
    expect(failure(r).message).toMatch(/dépasseraient alors 480 heures/);
    expect(ok<ClientDetail>(backend.dispatch('clients.get', { id: c })).counts480).toBe(false);
  });

  it('refuses new rates on a placement whose hours are in a closed month, accepts them otherwise', () => {
    const w = seed.worker();
    const p = seed.placement(w, seed.client('particulier'), '2026-03-02', '2026-04-30');
    seed.hours(p, ['2026-03-02'], 120);
    const detail = ok<PlacementDetail>(backend.dispatch('placements.get', { id: p }));
    const placement = {
      workerId: detail.workerId,
      clientId: detail.clientId,
      taskKind: detail.taskKind,
      taskDetail: detail.taskDetail,
      startDate: detail.startDate,
      endDate: detail.endDate,
      billedRateCents: 2600,
      wageRateCents: detail.wageRateCents,
      status: detail.status,
    };
    expect(backend.dispatch('placements.update', { id: p, version: seed.versionOf('placements', p), placement, confirmed: [] }).ok).toBe(true);
    ok(backend.dispatch('hours.closeMonth', { month: '2026-03' }));
    const r = backend.dispatch('placements.update', { id: p, version: seed.versionOf('placements', p), placement: { ...placement, billedRateCents: 2800 }, confirmed: [] });
    expect(failure(r).code).toBe('rule');
    expect(failure(r).issues?.map((i) => i.code)).toContain('rates_closed_month');
  });

  it('asks for a precise task for a client whose hours count towards the 480 h', () => {
    const r = backend.dispatch('placements.check', {
      placement: {
        workerId: seed.worker(),
        clientId: seed.client('entreprise'),
        taskKind: 'manutention',
        startDate: '2026-03-02',
        endDate: '2026-03-31',
        billedRateCents: 2400,
        wageRateCents: 1202,
      },
    });
    expect(ok<{ code: string; severity: string }[]>(r).find((i) => i.code === 'tache_precise')?.severity).toBe('blocking');
  });

  it('shows in red, on the grid, saved hours that a later PASS correction left without a valid PASS', () => {
    const w = seed.worker({ passStart: '2026-01-05' });
    const p = seed.placement(w, seed.client('particulier'), '2026-03-02', '2026-03-31');
    seed.hours(p, ['2026-03-02', '2026-03-20'], 120);
    const worker = ok<{ currentPass: { id: number; number: string; version: number } }>(backend.dispatch('workers.get', { id: w }));
    // The platform shows an earlier end: 15/03/2026.
    ok(
      backend.dispatch('workers.savePass', {
        workerId: w,
        passId: worker.currentPass.id,
        version: worker.currentPass.version,
        number: worker.currentPass.number,
        startDate: '2026-01-05',
        endDateOverride: '2026-03-15',
      }),
    );
    const g = ok<MonthGrid>(backend.dispatch('hours.month', { month: '2026-03' }));
    expect(g.issues.filter((i) => i.severity === 'blocking').map((i) => [i.code, i.cells])).toEqual([['pass_invalid', [{ placementId: p, day: '2026-03-20' }]]]);
  });

  it("refuses hours after the worker's exit date", () => {
    const w = seed.worker({ status: 'sorti', entryDate: '2026-01-05', exitDate: '2026-03-10' });
    const p = seed.placement(w, seed.client('particulier'), '2026-03-02', '2026-03-31');
    const r = ok<SavedMonth>(backend.dispatch('hours.saveMonth', { month: '2026-03', entries: [{ placementId: p, day: '2026-03-12', minutes: 120 }] }));
    expect(r.held).toEqual([{ placementId: p, day: '2026-03-12' }]);
    expect(r.issues.map((i) => i.code)).toContain('after_exit');
  });
});

describe('rule settings after the hours are saved', () => {
  it('refuses to remove a waiver that hours beyond 480 h rest on', () => {
    const w = seed.worker();
    const c = seed.client('entreprise');
    seed.saveRules({ waivers: [{ reference: 'Arrêté 2026-42', startDate: '2026-01-01', endDate: '2028-12-31' }] });
    const p = seed.placement(w, c, '2026-02-02', '2026-07-31');
    for (const m of ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']) seed.hours(p, weekdays(m), 360);
    const r = backend.dispatch('settings.saveRules', { version: seed.rulesVersion(), waivers: [] });
    expect(failure(r).code).toBe('rule');
    expect(failure(r).message).toMatch(/au-delà de 480 h/);
    expect(ok<{ waivers: unknown[] }>(backend.dispatch('settings.getRules', {})).waivers).toHaveLength(1);
  });
});
