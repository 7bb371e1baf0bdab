import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { HoursIssue, MonthGrid, SavedMonth } from '../contract/hours';
import type { WorkerDetail } from '../contract/workers';
import { failure, ok, seeder, today, weekdays } from '../testing/seed';
import { addMonths } from '../base/dates';
import type { HourChangesDetails } from '../records/hours-audit';

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

type Entry = { placementId: number; day: string; minutes: number | null };
const grid = (month: string, groupBy: 'worker' | 'client' = 'worker') => ok<MonthGrid>(backend.dispatch('hours.month', { month, groupBy }));
const save = (month: string, entries: Entry[]) => backend.dispatch('hours.saveMonth', { month, entries });
/** A save that must keep every cell sent. */
const saved = (month: string, entries: Entry[]) => {
  const r = ok<SavedMonth>(save(month, entries));
  expect(r.held, JSON.stringify(r.issues)).toEqual([]);
  return r;
};
/** A save that must hold some cells: what the back end answered. */
const refused = (month: string, entries: Entry[]) => {
  const r = ok<SavedMonth>(save(month, entries));
  expect(r.held.length).toBeGreaterThan(0);
  return r;
};
const cells = (placementId: number, days: string[], minutes: number | null): Entry[] => days.map((day) => ({ placementId, day, minutes }));
const total = (g: MonthGrid) => g.rows.reduce((s, r) => s + Object.values(r.entries).reduce((a, b) => a + b, 0), 0);
/** Messages use no-break spaces (« 11 h ») : compare them with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const codes = (issues: HoursIssue[] | undefined) => [...new Set((issues ?? []).map((i) => i.code))];
const cellsOf = (i: HoursIssue | undefined) => (i?.cells ?? []).map((c) => [c.placementId, c.day]);

// ------------------------------------------------------------------ the grid

describe('hours.month and hours.saveMonth: the grid', () => {
  it('lists the days of the month with weekends and holidays', () => {
    const g = grid('2026-05');
    expect(g.days).toHaveLength(31);
    expect(g.days[0]).toEqual({ date: '2026-05-01', weekday: 5, weekend: false, holiday: 'Fête du travail' });
    expect(g.days.find((d) => d.date === '2026-05-02')).toMatchObject({ weekday: 6, weekend: true, holiday: null });
    expect(g.days.find((d) => d.date === '2026-05-14')).toMatchObject({ weekday: 4, weekend: false, holiday: 'Ascension' });
    expect(g.days.find((d) => d.date === '2026-05-25')).toMatchObject({ weekday: 1, holiday: 'Lundi de Pentecôte' });
    expect(g.days.filter((d) => d.holiday).map((d) => d.date)).toEqual(['2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25']);
    expect(g.days.filter((d) => d.weekend)).toHaveLength(10);
    expect(g).toMatchObject({ month: '2026-05', rows: [], closed: false, closedAt: null, issues: [], rules: { month: '2026-05', workers: [] } });
    expect(grid('2028-02').days).toHaveLength(29);
  });

  it('lists the placements active in the month, not a cancelled one without hours, sorted by worker or client', () => {
    const zoe = seed.worker({ birthName: 'Zola', firstName: 'Zoé' });
    const eloise = seed.worker({ birthName: 'Émery', firstName: 'Éloïse' });
    const atelier = seed.client('entreprise', { name: 'Atelier Vert' });
    const roux = seed.client('particulier', { name: 'Mme Océane Roux' });
    const zoeRoux = seed.placement(zoe, roux, '2026-04-01', '2026-06-30');
    const eloiseAtelier = seed.placement(eloise, atelier, '2026-05-10', '2026-05-20');
    const zoeAtelier = seed.placement(zoe, atelier, '2026-05-25', '2026-08-31');
    seed.placement(eloise, roux, '2026-03-01', '2026-04-30'); // before May
    seed.placement(eloise, roux, '2026-05-01', '2026-05-31', { status: 'annulee' }); // cancelled, no hours
    const cancelledWithHours = seed.placement(zoe, roux, '2026-05-01', '2026-05-05');
    saved('2026-05', cells(cancelledWithHours, ['2026-05-04'], 60));
    ok(backend.dispatch('placements.setStatus', { id: cancelledWithHours, version: seed.versionOf('placements', cancelledWithHours), status: 'annulee' }));

    const byWorker = grid('2026-05');
    expect(byWorker.rows.map((r) => [r.placementId, r.workerName, r.clientName])).toEqual([
      [eloiseAtelier, 'ÉMERY Éloïse', 'Atelier Vert'],
      [zoeAtelier, 'ZOLA Zoé', 'Atelier Vert'],
      [zoeRoux, 'ZOLA Zoé', 'Mme Océane ROUX'],
      [cancelledWithHours, 'ZOLA Zoé', 'Mme Océane ROUX'],
    ]);
    expect(byWorker.rows[3]).toMatchObject({ status: 'annulee', entries: { '2026-05-04': 60 }, startDate: '2026-05-01', endDate: '2026-05-05' });
    expect(grid('2026-05', 'client').rows.map((r) => r.placementId)).toEqual([eloiseAtelier, zoeAtelier, zoeRoux, cancelledWithHours]);
  });

  it('gives the entries back as saved (weekends and holidays included), and the same totals after a reload', () => {
    const w = seed.worker();
    const p = seed.placement(w, seed.client('particulier'), '2026-04-01', '2026-06-30');
    const entries = [
      ...cells(p, ['2026-05-04', '2026-05-05', '2026-05-06'], 420),
      { placementId: p, day: '2026-05-14', minutes: 195 }, // Ascension
      { placementId: p, day: '2026-05-16', minutes: 90 }, // a Saturday
      { placementId: p, day: '2026-05-25', minutes: 15 }, // Pentecôte
    ];
    expect(saved('2026-05', entries)).toEqual({ saved: 6, held: [], issues: [] });
    const g = grid('2026-05');
    expect(g.rows[0]!.entries).toEqual({ '2026-05-04': 420, '2026-05-05': 420, '2026-05-06': 420, '2026-05-14': 195, '2026-05-16': 90, '2026-05-25': 15 });
    expect(total(g)).toBe(3 * 420 + 195 + 90 + 15);
    // Saving the grid as it came back changes nothing.
    saved('2026-05', Object.entries(g.rows[0]!.entries).map(([day, minutes]) => ({ placementId: p, day, minutes })));
    expect(total(grid('2026-05'))).toBe(total(g));
    expect(grid('2026-04').rows[0]!.entries).toEqual({});
    expect(ok<{ rows: { workedMinutes: number }[] }>(backend.dispatch('placements.list', {})).rows[0]!.workedMinutes).toBe(total(g));
  });

  it('changes a cell, and clears one with minutes null (the row is deleted)', () => {
    const w = seed.worker();
    const p = seed.placement(w, seed.client('particulier'), '2026-04-01', '2026-06-30');
    saved('2026-05', cells(p, ['2026-05-04', '2026-05-05'], 420));
    expect(saved('2026-05', [
      { placementId: p, day: '2026-05-04', minutes: null },
      { placementId: p, day: '2026-05-05', minutes: 300 },
      { placementId: p, day: '2026-05-06', minutes: null }, // nothing to clear
    ]).saved).toBe(2);
    expect(grid('2026-05').rows[0]!.entries).toEqual({ '2026-05-05': 300 });
    expect(seed.hoursRows()).toEqual([{ placementId: p, day: '2026-05-05', minutes: 300 }]);
  });

  it('holds a zero, negative or over-24-hour cell', () => {
    const p = seed.placement(seed.worker(), seed.client('particulier'), '2026-04-01', '2026-06-30');
    for (const minutes of [0, -30, 1500]) {
      const r = refused('2026-05', cells(p, ['2026-05-04'], minutes));
      expect(r.held).toEqual([{ placementId: p, day: '2026-05-04' }]);
      expect(r.issues[0]).toEqual(expect.objectContaining({ code: 'duration', severity: 'blocking', cells: [{ placementId: p, day: '2026-05-04' }] }));
    }
    expect(seed.count('hours')).toBe(0);
  });

  it('keeps the hours of a cancelled placement (they can be cleared) but takes no new ones', () => {
    const p = seed.placement(seed.worker(), seed.client('particulier'), '2026-05-01', '2026-05-31');
    saved('2026-05', cells(p, ['2026-05-04', '2026-05-05'], 60));
    ok(backend.dispatch('placements.setStatus', { id: p, version: seed.versionOf('placements', p), status: 'annulee' }));
    const r = refused('2026-05', [...cells(p, ['2026-05-06'], 60), ...cells(p, ['2026-05-05'], 90), ...cells(p, ['2026-05-04'], 60)]);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      ['placement_cancelled', 'Cette mission est annulée : aucune heure ne peut y être saisie, les 05/05/2026 et 06/05/2026.'],
    ]);
    expect(cellsOf(r.issues[0])).toEqual([
      [p, '2026-05-05'],
      [p, '2026-05-06'],
    ]);
    saved('2026-05', cells(p, ['2026-05-04'], null));
    expect(seed.hoursRows()).toEqual([{ placementId: p, day: '2026-05-05', minutes: 60 }]);
  });

  it('refuses an entry for a placement not active in the month, or a day of another month (validation)', () => {
    const w = seed.worker();
    const p = seed.placement(w, seed.client('particulier'), '2026-04-01', '2026-04-30');
    const cancelled = seed.placement(w, seed.client('particulier'), '2026-05-01', '2026-05-31', { status: 'annulee' });
    expect(failure(save('2026-05', cells(p, ['2026-05-04'], 60)))).toMatchObject({
      code: 'validation',
      message: `La mission n° ${p} n'est pas active en mai 2026.`,
      fields: { 'entries.0.placementId': `La mission n° ${p} n'est pas active en mai 2026.` },
    });
    expect(failure(save('2026-05', cells(cancelled, ['2026-05-04'], 60))).code).toBe('validation');
    expect(failure(save('2026-04', [...cells(p, ['2026-04-30'], 60), ...cells(p, ['2026-05-04'], 60)]))).toMatchObject({
      code: 'validation',
      fields: { 'entries.1.day': "Le 04/05/2026 n'est pas dans le mois d'avril 2026." },
    });
    expect(failure(save('2026-04', cells(p, ['2026-04-31'], 60))).code).toBe('validation');
    expect(failure(save('2026-13', [])).code).toBe('validation');
    expect(failure(save('2026-04', cells(999, ['2026-04-10'], 60))).code).toBe('validation');
    expect(seed.count('hours')).toBe(0);
  });
});

// ------------------------------------------------------------------ working time

describe('hours.saveMonth: working time, all clients together', () => {
  it('a day over 10 h split over two clients: one message, on the cells typed, and the worker\'s cells held', () => {
    const w = seed.worker();
    const a = seed.placement(w, seed.client('particulier'), '2026-03-02', '2026-03-31');
    const b = seed.placement(w, seed.client('association'), '2026-03-02', '2026-03-31');
    saved('2026-03', [...cells(a, ['2026-03-09'], 120), ...cells(a, ['2026-03-10'], 360)]);
    const before = seed.hoursRows();
    const r = refused('2026-03', [
      { placementId: b, day: '2026-03-10', minutes: 300 },
      { placementId: a, day: '2026-03-11', minutes: 180 }, // valid on its own
      { placementId: a, day: '2026-03-09', minutes: null }, // a valid clearing
    ]);
    expect(r.saved).toBe(0);
    expect(r.held).toHaveLength(3);
    expect(r.issues).toHaveLength(1);
    // The 6 h saved at the other client took part before: only the cell typed turns red.
    expect(r.issues[0]).toMatchObject({ code: 'duree_max_jour', severity: 'blocking', workerId: w, cells: [{ placementId: b, day: '2026-03-10' }] });
    expect(plain(r.issues[0]!.message)).toBe('11 h le 10/03/2026, toutes missions confondues : 10 h par jour au maximum.');
    expect(seed.hoursRows()).toEqual(before);
    // Typed together, both cells take part.
    const both = refused('2026-03', [
      { placementId: a, day: '2026-03-10', minutes: 400 },
      { placementId: b, day: '2026-03-10', minutes: 300 },
    ]);
    expect(cellsOf(both.issues[0])).toEqual([
      [a, '2026-03-10'],
      [b, '2026-03-10'],
    ]);
    // Exactly 10 h is allowed.
    saved('2026-03', [
      { placementId: a, day: '2026-03-10', minutes: 300 },
      { placementId: b, day: '2026-03-10', minutes: 300 },
    ]);
  });

  it('saves the cells of every worker that keeps to the rules, and holds those of the one that does not', () => {
    const c = seed.client('particulier');
    const ok1 = seed.placement(seed.worker(), c, '2026-03-02', '2026-03-31');
    const bad = seed.worker();
    const badP = seed.placement(bad, c, '2026-03-02', '2026-03-31');
    const ok2 = seed.placement(seed.worker(), seed.client('association'), '2026-03-02', '2026-03-31');
    const days = weekdays('2026-03').slice(0, 5);
    const r = ok<SavedMonth>(
      save('2026-03', [
        ...cells(ok1, days, 420),
        ...cells(badP, days.slice(0, 3), 420),
        { placementId: badP, day: days[3]!, minutes: 660 },
        ...cells(ok2, days, 300),
      ]),
    );
    expect(r.saved).toBe(10);
    expect(r.held).toEqual(days.slice(0, 4).map((day) => ({ placementId: badP, day })));
    expect(r.issues.map((i) => [i.workerId, i.code])).toEqual([[bad, 'duree_max_jour']]);
    expect(seed.hoursRows().filter((h) => h.placementId === badP)).toEqual([]);
    expect(seed.hoursRows().filter((h) => h.placementId !== badP)).toHaveLength(10);
    // Only what was saved is in the journal.
    const logged = JSON.parse(seed.auditRows().filter((x) => x.entity === 'heures').at(-1)!.details!) as HourChangesDetails;
    expect(new Set(Object.keys(logged.missions).map(Number))).toEqual(new Set([ok1, ok2]));
  });

  it("another worker's hours the same day do not count", () => {
    const c = seed.client('particulier');
    const a = seed.placement(seed.worker(), c, '2026-03-02', '2026-03-31');
    const b = seed.placement(seed.worker(), c, '2026-03-02', '2026-03-31');
    saved('2026-03', [...cells(a, ['2026-03-10'], 600), ...cells(b, ['2026-03-10'], 600)]);
  });

  it('a week over 48 h across the month boundary: ONE message for the week, in July (June 29–30 saved first)', () => {
    const w = seed.worker();
    const p = seed.placement(w, seed.client('particulier'), '2026-06-01', '2026-07-31');
    const q = seed.placement(w, seed.client('entreprise'), '2026-06-01', '2026-07-31');
    saved('2026-06', [...cells(p, ['2026-06-29', '2026-06-30'], 600)]);
    const r = refused('2026-07', [...cells(p, ['2026-07-01', '2026-07-02'], 600), ...cells(q, ['2026-07-03'], 600)]);
    expect(r.issues.map((i) => i.code)).toEqual(['duree_max_semaine']);
    expect(cellsOf(r.issues[0])).toEqual([
      [p, '2026-07-01'],
      [p, '2026-07-02'],
      [q, '2026-07-03'],
    ]);
    expect(plain(r.issues[0]!.message)).toBe('50 h la semaine du 29/06/2026 au 05/07/2026, toutes missions confondues : 48 h par semaine au maximum.');
    expect(seed.count('hours')).toBe(2);
    // 48 h exactly is allowed; the following week is another one.
    saved('2026-07', [...cells(p, ['2026-07-01', '2026-07-02'], 600), ...cells(q, ['2026-07-03'], 480), ...cells(q, ['2026-07-06'], 600)]);
  });

  it('and the other way round: July saved first, then June 29–30 is held in June', () => {
    const w = seed.worker();
    const p = seed.placement(w, seed.client('particulier'), '2026-06-01', '2026-07-31');
    saved('2026-07', cells(p, ['2026-07-01', '2026-07-02', '2026-07-03'], 600));
    expect(codes(refused('2026-06', cells(p, ['2026-06-29', '2026-06-30'], 600)).issues)).toEqual(['duree_max_semaine']);
    expect(seed.count('hours')).toBe(3);
  });
});

// ------------------------------------------------------------------ dates, PASS, permit

describe('hours.saveMonth: the placement, the PASS IAE and the permit on each day', () => {
  it("holds hours outside the placement's dates: one message for the placement", () => {
    const p = seed.placement(seed.worker(), seed.client('particulier'), '2026-05-11', '2026-05-20');
    const r = refused('2026-05', [...cells(p, ['2026-05-08', '2026-05-21'], 60), ...cells(p, ['2026-05-11'], 60)]);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      ['outside_placement', 'Hors des dates de la mission (du 11/05/2026 au 20/05/2026) : les 08/05/2026 et 21/05/2026.'],
    ]);
    expect(cellsOf(r.issues[0])).toEqual([
      [p, '2026-05-08'],
      [p, '2026-05-21'],
    ]);
    expect(seed.count('hours')).toBe(0);
    saved('2026-05', cells(p, ['2026-05-11', '2026-05-20'], 60));
  });

  it('holds the days when the PASS IAE is suspended, and a day after it ended', () => {
    const w = seed.worker({
      passStart: '2024-06-03',
      passPeriods: [{ kind: 'suspension', reason: 'contrat_suspendu', start: '2026-05-11', end: '2026-05-22' }],
      passEndOverride: '2026-05-27',
    });
    const p = seed.placement(w, seed.client('particulier'), '2026-05-04', '2026-05-29', { confirmed: ['pass_suspendu_pendant', 'pass_fin_avant_mission'] });
    const r = refused('2026-05', cells(p, ['2026-05-08', '2026-05-11', '2026-05-22', '2026-05-26', '2026-05-28'], 120));
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      ['pass_invalid', 'Pas de PASS IAE valide les 11/05/2026, 22/05/2026 et 28/05/2026 : aucune heure ne peut être saisie ces jours-là.'],
    ]);
    expect(cellsOf(r.issues[0]).map(([, day]) => day)).toEqual(['2026-05-11', '2026-05-22', '2026-05-28']);
    saved('2026-05', cells(p, ['2026-05-08', '2026-05-26', '2026-05-27'], 120));
  });

  it('holds a day after the residence permit expired', () => {
    const w = seed.worker({ nationality: 'hors_ue', permitExpiry: '2026-05-15' });
    const p = seed.placement(w, seed.client('particulier'), '2026-05-04', '2026-05-29', { confirmed: ['titre_sejour_fin_avant_mission'] });
    const r = refused('2026-05', cells(p, ['2026-05-15', '2026-05-18'], 120));
    expect(r.issues).toEqual([
      {
        code: 'permit_expired',
        severity: 'blocking',
        workerId: w,
        cells: [{ placementId: p, day: '2026-05-18' }],
        message: 'Titre de séjour expiré le 15/05/2026 : aucune heure ne peut être saisie après cette date, le 18/05/2026.',
      },
    ]);
    saved('2026-05', cells(p, ['2026-05-15'], 120));
  });
});

// ------------------------------------------------------------------ 480 hours

describe('hours.saveMonth: the 480 hours with entreprises', () => {
  // 8 h on each weekday: March 2026 (22 days) + April (22) + the first 16 weekdays of May = 480 h.
  const MAY16 = weekdays('2026-05').slice(0, 16);
  function fill480() {
    const w = seed.worker();
    const entreprise = seed.client('entreprise');
    const p = seed.placement(w, entreprise, '2026-03-02', '2026-06-30');
    expect(saved('2026-03', cells(p, weekdays('2026-03'), 480)).issues).toEqual([]);
    expect(saved('2026-04', cells(p, weekdays('2026-04'), 480)).issues).toEqual([]); // 352 h
    const may = saved('2026-05', cells(p, MAY16, 480));
    return { w, p, may };
  }

  it('480 h exactly are saved with ONE line about the approach; 15 more minutes are held', () => {
    const { w, p, may } = fill480();
    expect(MAY16.at(-1)).toBe('2026-05-22');
    // 400 h are reached on the 6th weekday of May (44 + 6 = 50 days × 8 h): one line for the worker, not one a day.
    expect(may.issues).toHaveLength(1);
    expect(may.issues[0]).toMatchObject({ code: 'heures_480_alerte', severity: 'warning', workerId: w });
    expect(plain(may.issues[0]!.message)).toBe('480 h sur 480 h utilisées au 22/05/2026 (fenêtre du 02/03/2026 au 01/03/2028).');
    // The cells being saved that reach it.
    expect(cellsOf(may.issues[0]).map(([, day]) => day)).toEqual(MAY16.slice(5));
    // On the saved month, the same line, on every day from 400 h.
    expect(grid('2026-05').issues).toEqual(may.issues);

    const r = refused('2026-05', cells(p, ['2026-05-26'], 15));
    expect(r.issues).toEqual([expect.objectContaining({ code: 'heures_480_depassees', severity: 'blocking', cells: [{ placementId: p, day: '2026-05-26' }] })]);
    expect(plain(r.issues[0]!.message)).toMatch(/^480 h 15 sur 480 h utilisées .* il faut une dérogation préfectorale/);
    expect(seed.count('hours')).toBe(60);

    const detail = ok<WorkerDetail>(backend.dispatch('workers.get', { id: w }));
    expect(detail.hours480).toEqual({ mode: 'fenetre', windowStart: '2026-03-02', windowEnd: '2028-03-01', usedMinutes: 480 * 60, leftMinutes: 0 });
    expect(detail.hoursByMonth).toEqual([
      { month: '2026-05', minutes: 16 * 480, countingMinutes: 16 * 480 },
      { month: '2026-04', minutes: 22 * 480, countingMinutes: 22 * 480 },
      { month: '2026-03', minutes: 22 * 480, countingMinutes: 22 * 480 },
    ]);
  });

  it('15 more minutes in an EARLIER month, which push a later day over 480 h, are held too', () => {
    const { p } = fill480();
    const r = refused('2026-03', cells(p, ['2026-03-07'], 15));
    expect(r.issues.filter((i) => i.severity === 'blocking')).toEqual([
      expect.objectContaining({ code: 'heures_480_depassees', cells: [{ placementId: p, day: '2026-03-07' }] }),
    ]);
    expect(plain(r.issues[0]!.message)).toMatch(/dépasserait 480 h sur 24 mois le 22\/05\/2026 \(heures déjà saisies après ce mois\)/);
    expect(seed.count('hours')).toBe(60);
    // Moving hours within the window (less in March, more in May) stays allowed.
    saved('2026-03', cells(p, ['2026-03-02'], 240));
    saved('2026-05', cells(p, ['2026-05-26'], 240));
  });

  it('a prefectoral waiver covering the day allows more than 480 h, with a warning that cites it', () => {
    const { p } = fill480();
    seed.saveRules({ waivers: [{ reference: 'Arrêté 2026-042', startDate: '2026-05-25', endDate: '2029-05-24' }] });
    const r = saved('2026-05', cells(p, ['2026-05-26'], 15));
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'heures_480_derogation',
        severity: 'warning',
        cells: [{ placementId: p, day: '2026-05-26' }],
        message: expect.stringMatching(/au 26\/05\/2026 .* couvert par la dérogation Arrêté 2026-042\.$/),
      }),
    ]);
    // The day before the waiver starts is still held.
    expect(codes(refused('2026-05', cells(p, ['2026-05-23'], 15)).issues)).toContain('heures_480_depassees');
  });

  it('hours with a particulier never count towards the 480 h', () => {
    const { w } = fill480();
    const particulier = seed.placement(w, seed.client('particulier'), '2026-05-01', '2026-06-30');
    const r = saved('2026-05', cells(particulier, ['2026-05-26', '2026-05-27'], 240));
    expect(r.issues.map((i) => i.code)).toEqual(['heures_480_alerte']);
    const detail = ok<WorkerDetail>(backend.dispatch('workers.get', { id: w }));
    expect(detail.hours480!.usedMinutes).toBe(480 * 60);
    expect(detail.hoursByMonth[0]).toEqual({ month: '2026-05', minutes: 16 * 480 + 480, countingMinutes: 16 * 480 });
  });

  it('a worker placed only with particuliers has no 480 h counter', () => {
    const w = seed.worker();
    const p = seed.placement(w, seed.client('particulier'), '2026-03-02', '2026-03-31');
    saved('2026-03', cells(p, ['2026-03-02'], 120));
    const detail = ok<WorkerDetail>(backend.dispatch('workers.get', { id: w }));
    expect(detail.hours480).toBeNull();
    expect(detail.hoursByMonth).toEqual([{ month: '2026-03', minutes: 120, countingMinutes: 0 }]);
  });
});

// ------------------------------------------------------------------ closing

describe('hours.closeMonth and hours.reopenMonth', () => {
  it('a closed month refuses saveMonth (rule); reopening with a reason allows it again; both are logged', () => {
    const p = seed.placement(seed.worker(), seed.client('particulier'), '2026-03-02', '2026-03-31');
    saved('2026-03', cells(p, ['2026-03-02'], 120));
    ok(backend.dispatch('hours.closeMonth', { month: '2026-03' }));
    expect(grid('2026-03')).toMatchObject({ closed: true, closedAt: expect.any(String) });
    const e = failure(save('2026-03', cells(p, ['2026-03-03'], 60)));
    expect(e.code).toBe('rule');
    expect(e.message).toBe("Le mois de mars 2026 est clôturé : rouvrez-le pour modifier ses heures. Rien n'a été enregistré.");
    expect(failure(save('2026-03', cells(p, ['2026-03-02'], null))).code).toBe('rule');
    expect(failure(backend.dispatch('hours.closeMonth', { month: '2026-03' })).code).toBe('rule');
    expect(failure(backend.dispatch('hours.reopenMonth', { month: '2026-03', reason: '  ' })).fields).toEqual({ reason: 'Ce champ est obligatoire.' });
    ok(backend.dispatch('hours.reopenMonth', { month: '2026-03', reason: 'Erreur sur la feuille de Mme Roux' }));
    expect(grid('2026-03').closed).toBe(false);
    saved('2026-03', cells(p, ['2026-03-03'], 60));
    expect(failure(backend.dispatch('hours.reopenMonth', { month: '2026-03', reason: 'encore' })).code).toBe('rule');
    const rows = seed.auditRows().filter((r) => r.entity === 'mois');
    expect(rows.map((r) => [r.action, r.entityId])).toEqual([
      ['clôture', '2026-03'],
      ['réouverture', '2026-03'],
    ]);
    expect(JSON.parse(rows[1]!.details!)).toEqual({ motif: 'Erreur sur la feuille de Mme Roux' });
  });

  it('a month that has not ended closes only once confirmed, and the question says so', () => {
    const current = today().slice(0, 7);
    const e = failure(backend.dispatch('hours.closeMonth', { month: current }));
    expect(e.code).toBe('confirm');
    expect(e.message).toMatch(/^Le mois d(e |')\S+ \d{4} n'est pas terminé \(/);
    expect(e.issues).toEqual([expect.objectContaining({ code: 'mois_non_termine', severity: 'warning', message: e.message })]);
    expect(grid(current).closed).toBe(false);
    ok(backend.dispatch('hours.closeMonth', { month: current, confirmed: ['mois_non_termine'] }));
    expect(grid(current).closed).toBe(true);
    // A month to come, likewise; a month that has ended closes without the question.
    const next = addMonths(`${current}-01`, 1).slice(0, 7);
    expect(failure(backend.dispatch('hours.closeMonth', { month: next })).message).toMatch(/n'a pas encore commencé/);
    ok(backend.dispatch('hours.closeMonth', { month: addMonths(`${current}-01`, -1).slice(0, 7) }));
  });

  it('logs each saved cell of the month, from what to what', () => {
    const p = seed.placement(seed.worker(), seed.client('particulier'), '2026-03-02', '2026-03-31');
    saved('2026-03', cells(p, ['2026-03-02', '2026-03-03'], 120));
    saved('2026-03', [
      { placementId: p, day: '2026-03-02', minutes: 180 },
      { placementId: p, day: '2026-03-03', minutes: null },
    ]);
    expect(seed.auditRows().filter((r) => r.entity === 'heures').map((r) => [r.action, r.entityId, JSON.parse(r.details!)])).toEqual([
      [
        'saisie',
        '2026-03',
        { missions: { [p]: { '02': [null, 120], '03': [null, 120] } } },
      ],
      [
        'saisie',
        '2026-03',
        { missions: { [p]: { '02': [120, 180], '03': [120, null] } } },
      ],
    ]);
  });
});
