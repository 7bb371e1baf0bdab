import { describe, expect, it } from 'vitest';
import { addDays } from '../base/dates';
import { counting480Windows } from './hours-480';
import { checkWorkerMonth, daysText, earlyClosing, since480, type HoursPlacementFacts, type MonthRules, type WorkerMonthFacts } from './hours-month';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function worker(more: Partial<WorkerMonthFacts> = {}): WorkerMonthFacts {
  return {
    workerId: 1,
    passes: [{ start: '2026-01-05', end: '2028-01-04', periods: [] }],
    exitDate: null,
    permitExpiry: null,
    weekMinutes: {},
    counting: { prior: null, starts: [], minutes: {} },
    ...more,
  };
}
const rules = (w: WorkerMonthFacts, month = '2026-03'): MonthRules => ({ month, mode480: 'fenetre', waivers: [], workers: [w] });
const placement = (placementId: number, more: Partial<HoursPlacementFacts> = {}): HoursPlacementFacts => ({
  placementId,
  workerId: 1,
  startDate: '2026-03-02',
  endDate: '2026-03-31',
  status: 'en_cours',
  counts480: false,
  ...more,
});

describe('checkWorkerMonth', () => {
  it('turns red only the cells that take part: those typed, not the saved hours at another client', () => {
    const w = worker();
    const saved = [{ placementId: 1, day: '2026-03-10', minutes: 360 }];
    const issues = checkWorkerMonth(rules(w), w, [placement(1), placement(2)], saved, [{ placementId: 2, day: '2026-03-10', minutes: 300 }]);
    expect(issues).toEqual([expect.objectContaining({ code: 'duree_max_jour', cells: [{ placementId: 2, day: '2026-03-10' }] })]);
    // Saved that way, the whole day stands in red.
    const standing = checkWorkerMonth(rules(w), w, [placement(1), placement(2)], [...saved, { placementId: 2, day: '2026-03-10', minutes: 300 }], []);
    expect(standing[0]!.cells).toEqual([
      { placementId: 1, day: '2026-03-10' },
      { placementId: 2, day: '2026-03-10' },
    ]);
  });

  it("counts the neighbouring month's days of a week, from the facts sent with the month", () => {
    const w = worker({ weekMinutes: { '2026-02-23': 600, '2026-02-24': 600, '2026-02-25': 600, '2026-02-26': 600 } });
    const issues = checkWorkerMonth(rules(w), w, [placement(1, { startDate: '2026-03-01' })], [], [{ placementId: 1, day: '2026-03-01', minutes: 600 }]);
    expect(issues.map((i) => [i.code, plain(i.message)])).toEqual([
      ['duree_max_semaine', '50 h la semaine du 23/02/2026 au 01/03/2026, toutes missions confondues : 48 h par semaine au maximum.'],
    ]);
  });

  it('a value typed back to what is saved is no change', () => {
    const w = worker();
    const saved = [{ placementId: 1, day: '2026-03-10', minutes: 60 }];
    expect(checkWorkerMonth(rules(w), w, [placement(1, { status: 'annulee' })], saved, [{ placementId: 1, day: '2026-03-10', minutes: 60 }])).toEqual([]);
  });

  it('the 480 h go on from the window opened before the 24 months, as the whole history would', () => {
    // A window opened on 01/06/2023 runs to 31/05/2025: the 400 h of June–August 2024 fall in it
    // and open no window of their own. March 2026 is in a new window, opened by what is typed.
    const history = [{ day: '2023-06-01', minutes: 480 }, ...Array.from({ length: 50 }, (_, i) => ({ day: addDays('2024-06-03', i), minutes: 480 }))];
    const since = since480('2026-03');
    const prior = counting480Windows(history.map((h) => h.day).filter((d) => d < since)).at(-1)!;
    expect(prior).toEqual({ start: '2023-06-01', end: '2025-05-31' });
    const minutes = Object.fromEntries(history.filter((h) => h.day >= since).map((h) => [h.day, h.minutes]));
    const p = placement(1, { counts480: true });
    const typed = [{ placementId: 1, day: '2026-03-03', minutes: 60 }];
    const w = worker({ counting: { prior, starts: [], minutes } });
    expect(checkWorkerMonth(rules(w), w, [p], [], typed)).toEqual([]);
    // Without the earlier window, the hours of 2024 would wrongly open one that reaches March 2026.
    const forgetful = worker({ counting: { prior: null, starts: [], minutes } });
    expect(checkWorkerMonth(rules(forgetful), forgetful, [p], [], typed).map((i) => plain(i.message))).toEqual([
      '401 h sur 480 h utilisées au 03/03/2026 (fenêtre du 03/06/2024 au 02/06/2026).',
    ]);
  });
});

describe('counting480Windows after an earlier window', () => {
  it('gives the windows that the whole history gives after it', () => {
    const dates = ['2022-01-10', '2023-05-02', '2024-01-09', '2024-02-01', '2025-06-30', '2026-02-02', '2026-03-01', '2028-07-01'];
    const all = counting480Windows(dates);
    for (const since of ['2023-01-01', '2024-01-15', '2025-01-01', '2026-02-15']) {
      const prior = counting480Windows(dates.filter((d) => d < since)).at(-1) ?? null;
      const after = counting480Windows(
        dates.filter((d) => d >= since),
        prior,
      );
      expect([...all.filter((w) => w.start < since), ...after]).toEqual(all);
    }
  });
});

describe('daysText', () => {
  it('names one, a few, or counts many days', () => {
    expect(daysText(['2026-05-08'])).toBe('le 08/05/2026');
    expect(daysText(['2026-05-21', '2026-05-08'])).toBe('les 08/05/2026 et 21/05/2026');
    expect(daysText(['2026-05-08', '2026-05-09', '2026-05-21'])).toBe('les 08/05/2026, 09/05/2026 et 21/05/2026');
    expect(daysText(['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-29'])).toBe('du 04/05/2026 au 29/05/2026 (4 jours saisis)');
  });
});

describe('earlyClosing', () => {
  it('says nothing once the month has ended', () => {
    expect(earlyClosing('2026-10', '2026-11-01')).toBeNull();
  });
  it('says how many days are left, today included, with the elision', () => {
    expect(earlyClosing('2026-11', '2026-11-26')).toBe(
      "Le mois de novembre 2026 n'est pas terminé (il reste 5 jours, aujourd'hui compris, jusqu'au 30/11/2026) : les heures de ces jours ne pourront être saisies qu'en rouvrant le mois.",
    );
    expect(earlyClosing('2026-10', '2026-10-31')).toMatch(/^Le mois d'octobre 2026 n'est pas terminé \(c'est aujourd'hui son dernier jour\)/);
    expect(earlyClosing('2026-12', '2026-11-26')).toMatch(/^Le mois de décembre 2026 n'a pas encore commencé/);
  });
});
