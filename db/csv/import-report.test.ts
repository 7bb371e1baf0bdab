import { describe, expect, it } from 'vitest';
import { summariseImport } from './import-report';

describe('summariseImport', () => {
  it('uses the plural from two on', () => {
    expect(summariseImport(200, 3)).toBe('200 lignes lues : 197 valides, 3 en erreur.');
    expect(summariseImport(2, 0)).toBe('2 lignes lues : 2 valides, 0 en erreur.');
  });
  it('uses the singular for one and zero, as French does', () => {
    expect(summariseImport(1, 0)).toBe('1 ligne lue : 1 valide, 0 en erreur.');
    expect(summariseImport(1, 1)).toBe('1 ligne lue : 0 valide, 1 en erreur.');
    expect(summariseImport(0, 0)).toBe('0 ligne lue : 0 valide, 0 en erreur.');
    expect(summariseImport(3, 2)).toBe('3 lignes lues : 1 valide, 2 en erreur.');
  });
  it('groups thousands the French way', () => {
    expect(summariseImport(1500, 1200)).toBe('1\u202f500 lignes lues : 300 valides, 1\u202f200 en erreur.');
  });
});

describe('summariseImport with notes', () => {
  it('counts the valid lines that carry a note', () => {
    expect(summariseImport(10, 1, 4)).toBe('10 lignes lues : 9 valides, 1 en erreur. 4 lignes valides portent une remarque.');
    expect(summariseImport(10, 0, 1)).toBe('10 lignes lues : 10 valides, 0 en erreur. 1 ligne valide porte une remarque.');
  });
});
