import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, baseName, bytesToBase64 } from './files';

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

describe('base64ToBytes', () => {
  it('gives back the bytes of a file the back end wrote (a workbook)', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 13 + 1) % 256);
    expect(base64ToBytes(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
  });
});
