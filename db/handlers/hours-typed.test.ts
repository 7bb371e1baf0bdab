import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import { checkMonthRules, type CellChange, type HoursIssue, type MonthGrid, type SavedMonth } from '../contract/hours';
import { ok, seeder, weekdays } from '../testing/seed';

// The grid checks the cells as they are typed with the back end's own rules, on the facts
// hours.month sends (`rules`): what it shows before saving must be what the save answers, for
// every rule, including the hours of other months (weeks across the month's edges, the 480 h
// over 24 months and beyond) that the grid does not hold.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

const grid = (month: string) => ok<MonthGrid>(backend.dispatch('hours.month', { month, groupBy: 'worker' }));
const byWorker = (issues: HoursIssue[]) => [...issues].sort((a, b) => a.workerId - b.workerId);

/** What the grid shows once `changes` are typed, and what saving them answers. */
function typedThenSaved(month: string, changes: CellChange[]) {
  const g = grid(month);
  const saved = g.rows.flatMap((r) => Object.entries(r.entries).map(([day, minutes]) => ({ placementId: r.placementId, day, minutes })));
  const typed = checkMonthRules(g.rules, g.rows, saved, changes);
  // The save only speaks of the workers whose cells it receives.
  const workers = new Set(changes.map((c) => g.rows.find((r) => r.placementId === c.placementId)!.workerId));
  const answer = ok<SavedMonth>(backend.dispatch('hours.saveMonth', { month, entries: changes }));
  return { typed: byWorker(typed.filter((i) => workers.has(i.workerId))), saved: byWorker(answer.issues), answer, grid: g };
}

const cells = (placementId: number, days: string[], minutes: number | null): CellChange[] => days.map((day) => ({ placementId, day, minutes }));

describe('the grid checks typed cells with the rules the save applies', () => {
  it('the same verdicts typed and saved, for every rule, in one month of several workers', () => {
    // 10 h a day with hours saved at another client; 48 h over a week that starts in June.
    const a = seed.worker({ birthName: 'Arnaud' });
    const aP = seed.placement(a, seed.client('particulier'), '2026-06-01', '2026-07-31');
    const aQ = seed.placement(a, seed.client('association'), '2026-06-01', '2026-07-31');
    seed.hours(aP, ['2026-06-29', '2026-06-30'], 600);
    seed.hours(aQ, ['2026-07-06'], 360);
    // The PASS suspended, and the permit expired.
    const b = seed.worker({
      birthName: 'Benali',
      nationality: 'hors_ue',
      permitExpiry: '2026-07-24',
      passPeriods: [{ kind: 'suspension', reason: 'contrat_suspendu', start: '2026-07-13', end: '2026-07-15' }],
    });
    const bP = seed.placement(b, seed.client('particulier'), '2026-07-01', '2026-07-31', { confirmed: ['pass_suspendu_pendant', 'titre_sejour_fin_avant_mission'] });
    // Outside the placement's dates, and a cancelled placement.
    const c = seed.worker({ birthName: 'Camara' });
    const cP = seed.placement(c, seed.client('particulier'), '2026-07-06', '2026-07-17');
    const cX = seed.placement(c, seed.client('association'), '2026-07-01', '2026-07-31');
    seed.hours(cX, ['2026-07-01'], 60);
    ok(backend.dispatch('placements.setStatus', { id: cX, version: seed.versionOf('placements', cX), status: 'annulee' }));
    // A worker who keeps to the rules.
    const d = seed.placement(seed.worker({ birthName: 'Durand' }), seed.client('particulier'), '2026-07-01', '2026-07-31');

    const { typed, saved, answer } = typedThenSaved('2026-07', [
      ...cells(aP, ['2026-07-01', '2026-07-02', '2026-07-03'], 600),
      ...cells(aP, ['2026-07-06'], 300),
      ...cells(bP, ['2026-07-10', '2026-07-13', '2026-07-27'], 240),
      ...cells(cP, ['2026-07-03', '2026-07-06'], 120),
      ...cells(cX, ['2026-07-02'], 60),
      ...cells(d, weekdays('2026-07').slice(0, 5), 420),
    ]);
    expect(typed).toEqual(saved);
    expect(new Set(saved.map((i) => i.code))).toEqual(
      new Set(['duree_max_jour', 'duree_max_semaine', 'pass_invalid', 'permit_expired', 'outside_placement', 'placement_cancelled']),
    );
    expect(answer.saved).toBe(5);
  });

  it('the same verdicts for the 480 h: an old window still running, the approach, a later day pushed over', () => {
    const w = seed.worker({ passStart: '2024-01-08', passEndOverride: '2028-12-31', entryDate: '2024-01-08' });
    const e = seed.client('entreprise', { memberships: [2024, 2025, 2026, 2027] });
    const p = seed.placement(w, e, '2024-01-08', '2026-12-31');
    // 200 h in the summer of 2024 (the window opened on 08/01/2024 runs to 07/01/2026), then 336 h in February
    // and March 2026 in a new window; 40 h saved in June 2026, after the month typed.
    seed.hours(p, [...weekdays('2024-06'), ...weekdays('2024-07').slice(0, 5)], 480);
    for (const m of ['2026-02', '2026-03']) seed.hours(p, weekdays(m), 480);
    seed.hours(p, weekdays('2026-06').slice(0, 5), 480);

    // April: the approach of 480 h (432 h), then 30 h more that push a day of June over.
    const april = typedThenSaved('2026-04', cells(p, weekdays('2026-04').slice(0, 12), 480));
    expect(april.typed).toEqual(april.saved);
    expect(april.saved.map((i) => i.code)).toEqual(['heures_480_alerte']);
    const more = typedThenSaved('2026-04', cells(p, weekdays('2026-04').slice(12, 16), 450));
    expect(more.typed).toEqual(more.saved);
    expect(more.saved.map((i) => i.code)).toEqual(['heures_480_depassees', 'heures_480_alerte']);
    expect(more.saved[0]!.message).toMatch(/dépasserait .* le \d\d\/06\/2026 \(heures déjà saisies après ce mois\)/);

    // Counted over 24 rolling months, the hours of 2024 are still there in January 2026.
    seed.saveRules({ mode480: 'glissante', waivers: [{ reference: 'Arrêté 2025-1', startDate: '01/01/2025', endDate: '30/12/2027' }] });
    const rolling = typedThenSaved('2026-01', cells(p, weekdays('2026-01'), 570));
    expect(rolling.typed).toEqual(rolling.saved);
    expect(rolling.saved.map((i) => i.code)).toEqual(['heures_480_alerte']);
    expect(rolling.saved[0]!.message).toMatch(/\(24 mois glissants du \d\d\/\d\d\/2024 au 30\/01\/2026\)\.$/);
  });
});
