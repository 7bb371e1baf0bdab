import { describe, expect, it } from 'vitest';
import { addDays } from '../base/dates';
import {
  LIMIT_480_MINUTES,
  WARN_480_MINUTES,
  check480,
  check480ByMode,
  check480Rolling,
  counting480Windows,
  rolling480Window,
  usage480,
  usage480Rolling,
  window480End,
  windowOn,
  type CountingPlacementEntry,
} from './hours-480';

const S = '\u00a0';

/** `hours` heures à raison de 8 h par jour à partir de `from`, puis `extra` minutes le jour suivant. */
function days(placementId: number, from: string, hours: number, extra = 0): CountingPlacementEntry[] {
  const out: CountingPlacementEntry[] = [];
  let day = from;
  for (let left = hours * 60; left > 0; left -= 480) {
    out.push({ placementId, day, minutes: Math.min(480, left) });
    day = addDays(day, 1);
  }
  if (extra > 0) out.push({ placementId, day, minutes: extra });
  return out;
}

describe('windows', () => {
  it('runs from the first counting date to the day before the same date 24 months later', () => {
    expect(window480End('2026-03-10')).toBe('2028-03-09');
    expect(counting480Windows(['2026-05-01', '2026-03-10', '2026-03-10'])).toEqual([{ start: '2026-03-10', end: '2028-03-09' }]);
  });
  it('opens the next window at the first counting date after the end', () => {
    const w = counting480Windows(['2026-03-10', '2027-06-01', '2028-03-09', '2028-04-02', '2029-01-01', '2030-05-01']);
    expect(w).toEqual([
      { start: '2026-03-10', end: '2028-03-09' },
      { start: '2028-04-02', end: '2030-04-01' },
      { start: '2030-05-01', end: '2032-04-30' },
    ]);
  });
  it('gives a window opened on 29 February its 730 days', () => {
    expect(window480End('2024-02-29')).toBe('2026-02-27');
  });
  it('has none without counting dates', () => {
    expect(counting480Windows([])).toEqual([]);
  });
  it("includes the window's first and last days; the next day is in a new window starting from 0", () => {
    const windows = counting480Windows(['2026-03-10', '2028-03-10']);
    expect(windowOn(windows, '2026-03-10')).toEqual({ start: '2026-03-10', end: '2028-03-09' });
    expect(windowOn(windows, '2028-03-09')).toEqual({ start: '2026-03-10', end: '2028-03-09' });
    expect(windowOn(windows, '2028-03-10')).toEqual({ start: '2028-03-10', end: '2030-03-09' });
    expect(windowOn(windows, '2026-03-09')).toBeNull();

    // 472 h au début de la fenêtre, 8 h son dernier jour : 480 h pile ; puis 2 h le lendemain.
    const entries = [
      ...days(1, '2026-03-10', 472),
      { placementId: 1, day: '2028-03-09', minutes: 480 },
      { placementId: 1, day: '2028-03-10', minutes: 120 },
    ];
    expect(usage480(entries, windows, '2026-03-10').usedMinutes).toBe(480 * 60);
    expect(usage480(entries, windows, '2028-03-09').usedMinutes).toBe(480 * 60);
    expect(check480(entries, windows, []).find((v) => v.day === '2028-03-09')?.severity).toBe('warning');
    expect(usage480(entries, windows, '2028-03-10')).toEqual({
      window: { start: '2028-03-10', end: '2030-03-09' },
      usedMinutes: 120,
      leftMinutes: LIMIT_480_MINUTES - 120,
    });
    // Le premier jour de la nouvelle fenêtre repart de 0 : ni alerte ni refus.
    expect(check480(entries, windows, []).filter((v) => v.day === '2028-03-10')).toEqual([]);
  });
  it('is empty between windows when no counting date opens one', () => {
    const windows = counting480Windows(['2026-03-10', '2029-01-01']);
    expect(windowOn(windows, '2028-06-01')).toBeNull();
    expect(usage480([], windows, '2028-06-01')).toEqual({ window: null, usedMinutes: 0, leftMinutes: LIMIT_480_MINUTES });
  });
});

describe('usage480', () => {
  it('sums the entries of the window and never goes below zero', () => {
    const windows = counting480Windows(['2026-01-05']);
    const entries = days(1, '2026-01-05', 500);
    expect(usage480(entries, windows, '2026-01-05')).toEqual({
      window: { start: '2026-01-05', end: '2028-01-04' },
      usedMinutes: 500 * 60,
      leftMinutes: 0,
    });
  });
});

describe('check480', () => {
  const windows = counting480Windows(['2026-01-05']);

  it('allows 480 h reached exactly (warning only)', () => {
    const entries = days(1, '2026-01-05', 480);
    const v = check480(entries, windows, []);
    expect(v.every((x) => x.severity === 'warning')).toBe(true);
    const last = v[v.length - 1]!;
    expect(last.code).toBe('heures_480_alerte');
    expect(last.message).toBe(`480${S}h sur 480${S}h utilisées (fenêtre du 05/01/2026 au 04/01/2028).`);
  });
  it('warns from 400 h on, not before', () => {
    const entries = days(1, '2026-01-05', 392, 600); // 392 h puis 10 h → 402 h
    const v = check480(entries, windows, []);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ day: entries[entries.length - 1]!.day, severity: 'warning' });
    expect(v[0]!.message).toContain(`402${S}h sur 480${S}h utilisées`);
    expect(WARN_480_MINUTES).toBe(400 * 60);
  });
  it('blocks 480 h exceeded by 15 minutes', () => {
    const entries = days(1, '2026-01-05', 480, 15);
    const v = check480(entries, windows, []);
    const over = entries[entries.length - 1]!;
    const blocking = v.filter((x) => x.severity === 'blocking');
    expect(blocking).toEqual([
      {
        placementId: 1,
        day: over.day,
        severity: 'blocking',
        code: 'heures_480_depassees',
        message: expect.stringContaining(`480${S}h${S}15 sur 480${S}h utilisées`),
      },
    ]);
  });
  it('blocks every placement of the day that goes over, and the days after it', () => {
    const entries = [
      ...days(1, '2026-01-05', 478),
      { placementId: 2, day: '2026-06-01', minutes: 120 },
      { placementId: 3, day: '2026-06-01', minutes: 60 },
      { placementId: 2, day: '2026-06-02', minutes: 60 },
    ];
    const blocking = check480(entries, windows, []).filter((x) => x.severity === 'blocking');
    expect(blocking.map((x) => [x.placementId, x.day])).toEqual([
      [2, '2026-06-01'],
      [3, '2026-06-01'],
      [2, '2026-06-02'],
    ]);
  });
  it('allows the excess on a day covered by a waiver', () => {
    const entries = days(1, '2026-01-05', 480, 15);
    const over = entries[entries.length - 1]!.day;
    const v = check480(entries, windows, [{ start: over, end: '2029-12-31', reference: 'arrêté 2026-123' }]);
    expect(v.some((x) => x.severity === 'blocking')).toBe(false);
    expect(v.find((x) => x.day === over)).toMatchObject({ severity: 'warning', code: 'heures_480_derogation' });
    expect(v.find((x) => x.day === over)!.message).toContain('couvert par la dérogation arrêté 2026-123');
  });
  it('does not allow the excess with a waiver that ended the day before', () => {
    const entries = days(1, '2026-01-05', 480, 15);
    const over = entries[entries.length - 1]!.day;
    const v = check480(entries, windows, [{ start: '2024-01-01', end: addDays(over, -1), reference: 'arrêté 2024-9' }]);
    expect(v.find((x) => x.day === over)).toMatchObject({ severity: 'blocking', code: 'heures_480_depassees' });
  });
  it('reports only the requested days but counts them all', () => {
    const entries = days(1, '2026-01-05', 480, 15);
    const over = entries[entries.length - 1]!.day;
    const v = check480(entries, windows, [], new Set([over]));
    expect(v).toHaveLength(1);
    expect(v[0]!.severity).toBe('blocking');
  });
  it('counts each window separately', () => {
    const ws = counting480Windows(['2026-01-05', '2028-02-01']);
    const entries = [...days(1, '2026-01-05', 470), ...days(2, '2028-02-01', 20)];
    expect(check480(entries, ws, []).filter((x) => x.placementId === 2)).toEqual([]);
  });
});

describe('24 mois glissants', () => {
  // Le jour contrôlé : le 26/05/2028 ; ses 24 mois vont du 27/05/2026 au 26/05/2028.
  const D = '2028-05-26';

  it('the window of a day runs from the day after the same date 24 months earlier to that day', () => {
    expect(rolling480Window(D)).toEqual({ start: '2026-05-27', end: D });
    // Fin février : addMonths s'arrête au dernier jour du mois.
    expect(rolling480Window('2028-02-29')).toEqual({ start: '2026-03-01', end: '2028-02-29' });
    expect(rolling480Window('2028-03-01')).toEqual({ start: '2026-03-02', end: '2028-03-01' });
  });

  it('allows exactly 480 h in the 24 months (warning), blocks 15 more minutes', () => {
    const entries = [...days(1, '2026-05-27', 472), { placementId: 2, day: D, minutes: 480 }];
    expect(usage480Rolling(entries, D)).toEqual({ window: { start: '2026-05-27', end: D }, usedMinutes: LIMIT_480_MINUTES, leftMinutes: 0 });
    const v = check480Rolling(entries, []);
    expect(v.every((x) => x.severity === 'warning')).toBe(true);
    expect(v.find((x) => x.day === D)!.message).toBe(`480${S}h sur 480${S}h utilisées (24 mois glissants du 27/05/2026 au 26/05/2028).`);

    const over = [...entries, { placementId: 3, day: D, minutes: 15 }];
    const blocking = check480Rolling(over, []).filter((x) => x.severity === 'blocking');
    expect(blocking).toEqual([
      { placementId: 2, day: D, severity: 'blocking', code: 'heures_480_depassees', message: expect.stringContaining(`480${S}h${S}15 sur 480${S}h utilisées`) },
      { placementId: 3, day: D, severity: 'blocking', code: 'heures_480_depassees', message: expect.any(String) },
    ]);
  });

  it('no longer counts hours worked on the same date 24 months earlier, or before', () => {
    // 8 h le 26/05/2026 (24 mois pile avant D) et le 25/05/2026 : hors des 24 mois de D.
    const entries = [
      { placementId: 1, day: '2026-05-25', minutes: 480 },
      { placementId: 1, day: '2026-05-26', minutes: 480 },
      ...days(1, '2026-05-27', 472),
      { placementId: 2, day: D, minutes: 480 },
    ];
    expect(usage480Rolling(entries, D).usedMinutes).toBe(LIMIT_480_MINUTES);
    expect(check480Rolling(entries, []).find((x) => x.day === D)?.severity).toBe('warning');
    // The day before, the 8 h of 26/05/2026 still count: 472 h + 8 h = 480 h on 25/05/2028.
    expect(usage480Rolling(entries, '2028-05-25').usedMinutes).toBe(LIMIT_480_MINUTES);
  });

  it('is stricter than the fixed window: hours of the ended window still count for 24 months', () => {
    // 1 h on 05/01/2026 opens the fixed window (to 04/01/2028); 300 h from 01/11/2027, then
    // 300 h from 05/01/2028, where a new fixed window opens: 301 h and 300 h, never over 480 h.
    // Over 24 rolling months, the 600 h of 2027–2028 add up.
    const entries = [{ placementId: 1, day: '2026-01-05', minutes: 60 }, ...days(1, '2027-11-01', 300), ...days(2, '2028-01-05', 300)];
    const windows = counting480Windows(entries.map((e) => e.day));
    expect(windows.map((w) => w.start)).toEqual(['2026-01-05', '2028-01-05']);
    expect(check480(entries, windows, []).filter((x) => x.severity === 'blocking')).toEqual([]);
    const firstOver = check480Rolling(entries, []).find((x) => x.severity === 'blocking');
    expect(firstOver).toMatchObject({ placementId: 2, code: 'heures_480_depassees' });
    expect(check480ByMode('fenetre', entries, windows, [])).toEqual(check480(entries, windows, []));
    expect(check480ByMode('glissante', entries, windows, [])).toEqual(check480Rolling(entries, []));
  });

  it('allows the excess on a day covered by a waiver, not on the day before it starts', () => {
    const entries = [...days(1, '2026-05-27', 480), { placementId: 2, day: '2028-05-25', minutes: 15 }, { placementId: 2, day: D, minutes: 15 }];
    const v = check480Rolling(entries, [{ start: D, end: '2030-12-31', reference: 'arrêté 2028-7' }]);
    expect(v.find((x) => x.day === D)).toMatchObject({ severity: 'warning', code: 'heures_480_derogation', message: expect.stringContaining('arrêté 2028-7') });
    expect(v.find((x) => x.day === '2028-05-25')).toMatchObject({ severity: 'blocking', code: 'heures_480_depassees' });
  });

  it('reports only the requested days but counts them all', () => {
    const entries = days(1, '2026-01-05', 480, 15);
    const over = entries[entries.length - 1]!.day;
    expect(check480Rolling(entries, [], new Set([over]))).toEqual([expect.objectContaining({ day: over, severity: 'blocking' })]);
    expect(check480Rolling(entries, [], new Set(['2026-01-05']))).toEqual([]);
  });
});
