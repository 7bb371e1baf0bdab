import { describe, expect, it } from 'vitest';
import { checkSiren, checkSiret, luhnValid } from './siret';

describe('SIRET check', () => {
  it('accepts a SIRET whose Luhn key is right, with or without spaces', () => {
    expect(checkSiret('73282932000074')).toBeNull();
    expect(checkSiret('732 829 320 00074')).toBeNull();
  });
  it('refuses a wrong key and a wrong length', () => {
    expect(checkSiret('73282932000075')).toBe('key');
    expect(checkSiret('7328293200007')).toBe('format');
    expect(checkSiret('732829320000744')).toBe('format');
    expect(checkSiret('7328293200007A')).toBe('format');
    expect(checkSiret('')).toBe('format');
  });
  it('accepts La Poste establishments whose digits sum to a multiple of 5, though Luhn fails', () => {
    // 3+5+6+4+9+8+3+7 = 45: a multiple of 5.
    const laPoste = '35600000049837';
    expect(luhnValid(laPoste)).toBe(false);
    expect(checkSiret(laPoste)).toBeNull();
    // Same SIREN, digit sum 46: refused.
    expect(checkSiret('35600000049838')).toBe('key');
  });
  it('does not extend the La Poste exception to other SIRENs', () => {
    // Digit sum 45 but not La Poste and Luhn-invalid.
    const other = '35700000049827';
    expect(luhnValid(other)).toBe(false);
    expect(checkSiret(other)).toBe('key');
  });
  it('checks a SIREN alone', () => {
    expect(checkSiren('732829320')).toBeNull();
    expect(checkSiren('732829321')).toBe('key');
    expect(checkSiren('356000000')).toBeNull();
  });
});
