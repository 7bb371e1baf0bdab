// SIREN (9 digits) and SIRET (14 digits) keys. Both use the Luhn algorithm, except the
// establishments of La Poste (SIREN 356000000), whose SIRETs were numbered before the rule:
// their key is that the sum of the 14 digits is a multiple of 5.

export const LA_POSTE_SIREN = '356000000';

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Removes the spaces people type or paste (`123 456 789 00012`). */
export function normaliseSiret(text: string): string {
  return text.replace(/[\s\u00a0\u202f.]/g, '');
}

export type SiretProblem = 'format' | 'key' | null;

export function checkSiret(value: string): SiretProblem {
  const s = normaliseSiret(value);
  if (!/^\d{14}$/.test(s)) return 'format';
  if (s.startsWith(LA_POSTE_SIREN)) {
    const sum = [...s].reduce((acc, c) => acc + Number(c), 0);
    return sum % 5 === 0 || luhnValid(s) ? null : 'key';
  }
  return luhnValid(s) ? null : 'key';
}

export function checkSiren(value: string): SiretProblem {
  const s = normaliseSiret(value);
  if (!/^\d{9}$/.test(s)) return 'format';
  return luhnValid(s) ? null : 'key';
}
