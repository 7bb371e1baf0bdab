import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { baseName, bytesToBase64 } from './files';

describe('bytesToBase64', () => {
  it('gives the same base64 as Node for any length, across chunk boundaries', () => {
    for (const length of [0, 1, 2, 3, 24_575, 24_576, 24_577, 100_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 7 + 3) % 256);
      expect(bytesToBase64(bytes), String(length)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('keeps the UTF-8 BOM and accents of a CSV', () => {
    const csv = new TextEncoder().encode('\uFEFFNom;Prénom\r\nLefèvre;Hélène\r\n');
    expect(Buffer.from(bytesToBase64(csv), 'base64').toString('utf8')).toBe('\uFEFFNom;Prénom\r\nLefèvre;Hélène\r\n');
  });
});

describe('baseName', () => {
  it('keeps the file name of a Windows or a Unix path', () => {
    expect(baseName('C:\\Users\\Léa\\Documents\\salaries.csv')).toBe('salaries.csv');
    expect(baseName('/home/lea/export utilisateurs.csv')).toBe('export utilisateurs.csv');
    expect(baseName('seul.csv')).toBe('seul.csv');
  });
});
