import { describe, expect, it } from 'vitest';
import { checkNir, nirKey, normaliseNir } from './nir';

// Calcul de la clé indépendant de la règle : BigInt, et substitution corse écrite à part.
function referenceKey(first13: string, corsica?: '2A' | '2B'): number {
  let digits = first13;
  if (corsica) digits = first13.slice(0, 5) + (corsica === '2A' ? '19' : '18') + first13.slice(7);
  return Number(97n - (BigInt(digits) % 97n));
}

// Le NIR complet : 13 caractères + la clé de référence sur 2 chiffres.
function withKey(first13: string, corsica?: '2A' | '2B'): string {
  return first13 + String(referenceKey(first13, corsica)).padStart(2, '0');
}

describe('normaliseNir', () => {
  it('removes spaces and dots and uppercases', () => {
    expect(normaliseNir(' 2 69 05 49 588 157 80 ')).toBe('269054958815780');
    expect(normaliseNir('2.69.05.49.588.157.80')).toBe('269054958815780');
    expect(normaliseNir('1 85 03 2a 004 123\u00a045')).toBe('18503' + '2A' + '00412345');
  });
});

describe('nirKey', () => {
  it('is 97 − (13 digits mod 97)', () => {
    expect(nirKey('2690549588157')).toBe(80);
    expect(nirKey('2690549588157')).toBe(referenceKey('2690549588157'));
  });
  it('replaces 2A by 19 and 2B by 18', () => {
    expect(nirKey('185032A004123')).toBe(referenceKey('185032A004123', '2A'));
    expect(nirKey('185032B004123')).toBe(referenceKey('185032B004123', '2B'));
    expect(nirKey('185032A004123')).toBe(nirKey('1850319004123'));
    expect(nirKey('185032B004123')).toBe(nirKey('1850318004123'));
  });
  it('refuses a wrong length or letters outside the department', () => {
    expect(() => nirKey('269054958815')).toThrow(RangeError);
    expect(() => nirKey('26905495881A7')).toThrow(RangeError);
  });
  it('stays exact on the largest 13-digit numbers', () => {
    expect(nirKey('9999999999999')).toBe(referenceKey('9999999999999'));
    expect(nirKey('8991299999999')).toBe(referenceKey('8991299999999'));
    // Clé à un chiffre : écrite « 0K » dans le NIR.
    expect(referenceKey('8991299999999')).toBeLessThan(10);
    expect(checkNir(withKey('8991299999999'))).toBeNull();
  });
});

describe('checkNir', () => {
  it('accepts a valid metropolitan NIR, typed with or without spaces', () => {
    expect(checkNir('269054958815780')).toBeNull();
    expect(checkNir('2 69 05 49 588 157 80')).toBeNull();
  });
  it('refuses a wrong key', () => {
    expect(checkNir('269054958815781')).toBe('key');
    expect(checkNir('269054958815779')).toBe('key');
    // Un chiffre inversé dans le corps : la clé ne correspond plus.
    expect(checkNir('269054958851780')).toBe('key');
  });
  it('accepts Corsica 2A and 2B with their keys', () => {
    const a = withKey('185032A004123', '2A');
    const b = withKey('292102B017045', '2B');
    expect(checkNir(a)).toBeNull();
    expect(checkNir(b)).toBeNull();
    expect(checkNir(a.toLowerCase())).toBeNull();
    // La clé calculée sans substitution (2A lu « 20 ») est fausse.
    const wrong = '185032A004123' + withKey('1850320004123').slice(13);
    expect(wrong).not.toBe(a);
    expect(checkNir(wrong)).toBe('key');
  });
  it('accepts the special months of temporary numbers', () => {
    for (const month of ['01', '12', '20', '42', '50', '99']) {
      expect(checkNir(withKey(`175${month}99123456`))).toBeNull();
    }
  });
  it('refuses a bad length', () => {
    expect(checkNir('26905495881578')).toBe('format');
    expect(checkNir('2690549588157800')).toBe('format');
    expect(checkNir('')).toBe('format');
  });
  it('refuses letters outside the Corsican department, and impossible fields', () => {
    expect(checkNir('26905495881578A')).toBe('format');
    expect(checkNir('2690549588A5780')).toBe('format');
    expect(checkNir('269052C58815780')).toBe('format');
    expect(checkNir('2690A4958815780')).toBe('format');
    // Sexe 5, 6, 9, 0 : n'existent pas.
    expect(checkNir('569054958815780')).toBe('format');
    expect(checkNir('069054958815780')).toBe('format');
    // Mois 00, 13, 19, 43, 49 : refusés.
    for (const month of ['00', '13', '19', '43', '49']) {
      expect(checkNir(`269${month}4958815780`)).toBe('format');
    }
    // Tiret ou autre séparateur non prévu.
    expect(checkNir('2-69-05-49-588-157-80')).toBe('format');
  });
});
