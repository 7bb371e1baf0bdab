import { describe, expect, it } from 'vitest';
import { checkIban, formatIban, normaliseIban } from './iban';

describe('IBAN', () => {
  it('accepts a right IBAN however it is typed, and prints it in groups of four', () => {
    const iban = normaliseIban('fr76 3000 6000 0112 3456 7890 189');
    expect(iban).toBe('FR7630006000011234567890189');
    expect(checkIban(iban)).toBeNull();
    expect(formatIban(iban)).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(checkIban('DE89370400440532013000')).toBeNull();
  });
  it('refuses a mistyped digit and a wrong shape, in French', () => {
    expect(checkIban('FR7630006000011234567890188')).toMatch(/clé ne correspond pas/);
    expect(checkIban('FR76300060000112345678901')).toMatch(/27 caractères/);
    expect(checkIban('1234')).toMatch(/IBAN invalide/);
  });
});
