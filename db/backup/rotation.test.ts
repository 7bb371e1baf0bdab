import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from './naming';
import { keptByRotation, type Dated } from './rotation';

function at(y: number, m: number, d: number, h = 9): Date {
  return new Date(y, m - 1, d, h, 0, 0);
}

function entry(date: Date, kind = 'automatique'): Dated {
  return { name: `${kind}-${date.toISOString()}`, at: date, kind };
}

describe('backup rotation', () => {
  it('keeps the newest backup of each of the last 7 days', () => {
    // Two backups a day (start-up and quit) for 10 days: 1 to 10 March 2026.
    const entries = Array.from({ length: 10 }, (_, i) => [entry(at(2026, 3, i + 1, 9)), entry(at(2026, 3, i + 1, 18))]).flat();
    const kept = keptByRotation(entries, { days: 7, weeks: 0, months: 0 });
    expect([...kept].sort()).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((d) => entry(at(2026, 3, d, 18)).name).sort(),
    );
  });

  it('keeps the newest of each of the last 4 weeks, weeks running Monday to Sunday', () => {
    // Every day from Monday 2 February to Sunday 8 March 2026: five weeks.
    const entries = Array.from({ length: 35 }, (_, i) => entry(at(2026, 2, 2 + i)));
    const kept = keptByRotation(entries, { days: 0, weeks: 4, months: 0 });
    // The Sundays of the four most recent weeks.
    expect([...kept].sort()).toEqual([at(2026, 2, 15), at(2026, 2, 22), at(2026, 3, 1), at(2026, 3, 8)].map((d) => entry(d).name).sort());
  });

  it('keeps the newest of each of the last 12 months, and drops the 13th', () => {
    // The 3rd and the 20th of each month, January 2025 to February 2026 (new Date rolls the months over).
    const entries = Array.from({ length: 28 }, (_, i) => ({ name: `m${i}`, at: new Date(2025, Math.floor(i / 2), i % 2 ? 20 : 3, 9), kind: 'automatique' }));
    const kept = keptByRotation(entries, { days: 0, weeks: 0, months: 12 });
    // 14 months, Jan 2025 to Feb 2026: the 20th of each of the last 12 months.
    expect(kept.size).toBe(12);
    expect(kept.has('m1')).toBe(false); // January 2025
    expect(kept.has('m3')).toBe(false); // February 2025
    expect(kept.has('m5')).toBe(true); // 20 March 2025
    expect(kept.has('m4')).toBe(false); // 3 March 2025, not the newest of its month
    expect(kept.has('m27')).toBe(true); // 20 February 2026
  });

  it('combines days, weeks and months, and keeps the newest backup even after a long pause', () => {
    const entries = [
      entry(at(2024, 6, 28)), // the only backup of June 2024
      entry(at(2025, 7, 1)),
      entry(at(2025, 7, 1, 18)),
      entry(at(2025, 7, 2)),
    ];
    const kept = keptByRotation(entries);
    expect(kept.has(entries[3]!.name)).toBe(true);
    expect(kept.has(entries[2]!.name)).toBe(true); // newest of 1 July
    expect(kept.has(entries[1]!.name)).toBe(false);
    expect(kept.has(entries[0]!.name)).toBe(true); // one of the last 12 months that have a backup
  });

  it('rotates each kind on its own: a backup made before a restore is not pushed out by the automatic ones', () => {
    const entries = [
      entry(at(2026, 3, 5, 10), 'avant-restauration'),
      entry(at(2026, 3, 5, 11), 'automatique'),
      entry(at(2026, 3, 5, 18), 'automatique'),
      entry(at(2026, 3, 5, 12), 'manuelle'),
    ];
    const kept = keptByRotation(entries);
    expect([...kept].sort()).toEqual([entries[0]!.name, entries[2]!.name, entries[3]!.name].sort());
  });
});

describe('backup file names', () => {
  it('read back the date and kind they were written with, and ignore other files', () => {
    const date = new Date(2026, 10, 26, 9, 30, 5);
    const name = backupFileName(date, 'avant-mise-a-jour');
    expect(name).toBe('passerelle-2026-11-26-093005-avant-mise-a-jour.sqlite');
    expect(parseBackupFileName(name)).toEqual({ at: date, kind: 'avant-mise-a-jour' });
    expect(parseBackupFileName(backupFileName(date, 'manuelle', 1))).toEqual({ at: date, kind: 'manuelle' });
    expect(parseBackupFileName('passerelle.sqlite')).toBeNull();
    expect(parseBackupFileName('passerelle-2026-13-26-093005-manuelle.sqlite')).toBeNull();
    expect(parseBackupFileName('mes-photos-2026-11-26-093005-manuelle.sqlite')).toBeNull();
  });
});
