import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { MonthGrid, SavedMonth } from '../contract/hours';
import type { RuleSettings } from '../contract/rule-settings';
import type { WorkerDetail } from '../contract/workers';
import { addDays, addMonths } from '../base/dates';
import { isWeekend } from '../rules/holidays';
import { failure, ok, seeder, today } from '../testing/seed';

// The two ways of counting the 24 months of the 480 hours (rule setting `mode480`), through the
// dispatcher: `fenetre` (default) and `glissante`.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

type Entry = { placementId: number; day: string; minutes: number | null };
const save = (month: string, entries: Entry[]) => backend.dispatch('hours.saveMonth', { month, entries });
const saved = (month: string, entries: Entry[]) => ok<SavedMonth>(save(month, entries));
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const rules = () => ok<RuleSettings>(backend.dispatch('settings.getRules', {}));

/** The first `n` weekdays from `from`. */
function firstWeekdays(from: string, n: number): string[] {
  const out: string[] = [];
  for (let day = from; out.length < n; day = addDays(day, 1)) if (!isWeekend(day)) out.push(day);
  return out;
}

describe('the 480 hours counted over 24 rolling months', () => {
  // The fixed window opened on 05/01/2026 ends on 04/01/2028. 280 h at its end (Nov–Dec 2027),
  // then 200 h from 05/01/2028, where a new fixed window opens: 480 h over 24 rolling months.
  function scenario() {
    const w = seed.worker({ passStart: '2026-01-05', passEndOverride: '2029-12-31' });
    const entreprise = seed.client('entreprise', { memberships: [2026, 2027, 2028] });
    const p1 = seed.placement(w, entreprise, '2026-01-05', '2027-12-31');
    const p2 = seed.placement(w, entreprise, '2028-01-05', '2028-06-30');
    const late2027 = firstWeekdays('2027-11-01', 35); // 280 h
    const early2028 = firstWeekdays('2028-01-05', 26); // 200 h, then one more day
    const next = early2028.pop()!;
    expect(seed.hours(p1, late2027, 480).some((i) => i.code.startsWith('heures_480'))).toBe(false);
    expect(seed.hours(p2, early2028, 480).some((i) => i.code.startsWith('heures_480'))).toBe(false);
    return { w, p2, next };
  }

  it('still counts the hours of an ended fixed window: 15 minutes the window allows are refused', () => {
    const { p2, next } = scenario();
    expect(next).toBe('2028-02-09');
    ok(backend.dispatch('settings.saveRules', { version: seed.rulesVersion(), mode480: 'glissante' })); // 480 h exactly: allowed
    expect(rules().mode480).toBe('glissante');

    const r = saved('2028-02', [{ placementId: p2, day: next, minutes: 15 }]);
    expect(r.held).toEqual([{ placementId: p2, day: next }]);
    const blocking = r.issues.filter((i) => i.severity === 'blocking');
    expect(blocking).toEqual([expect.objectContaining({ code: 'heures_480_depassees', cells: [{ placementId: p2, day: next }] })]);
    expect(plain(blocking[0]!.message)).toMatch(/^480 h 15 sur 480 h utilisées \(24 mois glissants du 10\/02\/2026 au 09\/02\/2028\) le 09\/02\/2028/);
    // The grid of the month shows the 480 h reached, counted the same way: one line.
    const grid = ok<MonthGrid>(backend.dispatch('hours.month', { month: '2028-02', groupBy: 'worker' }));
    expect(grid.issues).toHaveLength(1);
    expect(plain(grid.issues[0]!.message)).toBe('480 h sur 480 h utilisées au 08/02/2028 (24 mois glissants du 09/02/2026 au 08/02/2028).');

    // Back to the fixed window (the default): the same 15 minutes are in a window of 200 h.
    ok(backend.dispatch('settings.saveRules', { version: seed.rulesVersion(), mode480: 'fenetre' }));
    expect(saved('2028-02', [{ placementId: p2, day: next, minutes: 15 }])).toEqual({ saved: 1, held: [], issues: [] });
  });

  it('refuses to switch to rolling months when saved hours would go over 480 h, unless a waiver covers them', () => {
    const { p2, next } = scenario();
    saved('2028-02', [{ placementId: p2, day: next, minutes: 15 }]);
    const auditBefore = seed.auditRows().length;

    const e = failure(backend.dispatch('settings.saveRules', { version: seed.rulesVersion(), mode480: 'glissante', territory: [{ postalCode: '69001', city: 'Lyon' }] }));
    expect(e.code).toBe('rule');
    expect(e.message).toBe(
      "Avec ce décompte des 480 heures, des heures déjà saisies dépasseraient 480 h sans dérogation (1 salarié(s)). Rien n'a été modifié.",
    );
    expect(e.fields).toEqual({ mode480: 'Des heures déjà saisies dépasseraient 480 h avec ce décompte.' });
    expect(rules()).toMatchObject({ mode480: 'fenetre', territory: [] });
    expect(seed.auditRows()).toHaveLength(auditBefore);

    // With a waiver covering that day, the hours beyond 480 h are lawful in both ways of counting.
    const waivers = [{ reference: 'Arrêté 2028-3', startDate: '01/02/2028', endDate: '31/01/2031' }];
    expect(ok<RuleSettings>(backend.dispatch('settings.saveRules', { version: seed.rulesVersion(), mode480: 'glissante', waivers })).mode480).toBe('glissante');
    // And removing it now is refused, as for any waiver that hours rest on.
    expect(failure(backend.dispatch('settings.saveRules', { version: seed.rulesVersion(), mode480: 'glissante' })).message).toMatch(/^Ces dérogations ne couvrent plus/);
  });

  it("gives the worker's counter over the 24 months that end today; older hours no longer count", () => {
    const d = (n: number) => addDays(today(), n);
    const firstDay = addDays(addMonths(today(), -24), 1); // the first day of the rolling 24 months
    const years = Array.from({ length: 4 }, (_, i) => Number(today().slice(0, 4)) - 2 + i);
    const w = seed.worker({ passStart: d(-800), passEndOverride: d(400), entryDate: d(-800) });
    const p = seed.placement(w, seed.client('entreprise', { memberships: years }), d(-790), d(30));
    seed.hours(p, firstWeekdays(d(-790), 5), 480); // about 26 months ago: 40 h that no longer count
    seed.hours(p, [addMonths(today(), -24)], 480); // the same date 24 months ago: no longer counts
    seed.hours(p, [firstDay], 480); // the day after: counts
    const recent = firstWeekdays(d(-30), 10);
    seed.hours(p, recent, 480); // 80 h

    const counter = () => ok<WorkerDetail>(backend.dispatch('workers.get', { id: w })).hours480;
    // By default, the first window (opened on the placement's start) is over and a new one
    // opened with the recent hours.
    expect(counter()).toMatchObject({ mode: 'fenetre', windowStart: recent[0], usedMinutes: 80 * 60 });

    ok(backend.dispatch('settings.saveRules', { version: seed.rulesVersion(), mode480: 'glissante' }));
    expect(counter()).toEqual({ mode: 'glissante', windowStart: firstDay, windowEnd: today(), usedMinutes: 88 * 60, leftMinutes: (480 - 88) * 60 });
  });
});
