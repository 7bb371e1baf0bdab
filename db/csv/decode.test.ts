import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, decodeWindows1252 } from './decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsvBytes(utf8('Nom;Prénom\r\nŒuvre;€'))).toEqual({ text: 'Nom;Prénom\r\nŒuvre;€', encoding: 'utf-8' });
  });

  it('strips the UTF-8 BOM Excel writes', () => {
    const r = decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Nom;Prénom')));
    expect(r).toEqual({ text: 'Nom;Prénom', encoding: 'utf-8-bom' });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeCsvBytes(utf8('a;b'))).toEqual({ text: 'a;b', encoding: 'utf-8' });
  });

  it('reads an empty file', () => {
    expect(decodeCsvBytes(bytes())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for what is not UTF-8, with €, œ and the quotes right', () => {
    // "Prénom;Cœur;12 €;l’été…" as French Excel saves it.
    const b = bytes(
      0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x3b, 0x43, 0x9c, 0x75, 0x72, 0x3b, 0x31, 0x32, 0x20, 0x80, 0x3b,
      0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x85,
    );
    expect(decodeCsvBytes(b)).toEqual({ text: 'Prénom;Cœur;12 €;l’été…', encoding: 'windows-1252' });
  });

  it('reads UTF-16 LE with its BOM (Excel « Texte Unicode »)', () => {
    const text = 'Nom\tPrénom\r\nÉlise\t€';
    const units = [0xfeff, ...[...text].map((c) => c.charCodeAt(0))];
    const b = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    expect(decodeCsvBytes(b)).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('decodeWindows1252', () => {
  it('maps the 0x80–0x9F block as Windows does, not as Latin-1', () => {
    expect(decodeWindows1252(bytes(0x80))).toBe('€');
    expect(decodeWindows1252(bytes(0x9c))).toBe('œ');
    expect(decodeWindows1252(bytes(0x8c))).toBe('Œ');
    expect(decodeWindows1252(bytes(0x92))).toBe('’');
    expect(decodeWindows1252(bytes(0x96, 0x97))).toBe('–—');
    expect(decodeWindows1252(bytes(0x9f))).toBe('Ÿ');
    // The five bytes Windows leaves undefined keep their C1 code point (WHATWG).
    expect(decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('maps every other byte to the same code point', () => {
    expect(decodeWindows1252(bytes(0x41, 0xe9, 0xe0, 0xe7, 0xa0, 0xff, 0xc9))).toBe('Aéàç\u00a0ÿÉ');
  });

  it('decodes files longer than one chunk', () => {
    const b = new Uint8Array(20000).fill(0xe9);
    b[19999] = 0x80;
    const s = decodeWindows1252(b);
    expect(s).toHaveLength(20000);
    expect(s.slice(0, 3)).toBe('ééé');
    expect(s.at(-1)).toBe('€');
  });
});
