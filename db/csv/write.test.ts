import { readExcelText } from './write';
import { describe, expect, it } from 'vitest';
import { parseDate, parseMoney } from '../base/format';
import { decodeCsvBytes } from './decode';
import { parseCsv } from './parse';
import { csvBool, csvBytes, csvCell, csvDate, csvMoney, readBool, toCsv } from './write';

describe('toCsv', () => {
  it('writes BOM, semicolons and CRLF', () => {
    expect(toCsv(['Nom', 'Heures'], [['Dupont', 7.5], ['Martin', null]])).toBe(
      '\uFEFFNom;Heures\r\nDupont;7,5\r\nMartin;\r\n',
    );
  });

  it('quotes only the cells that need it, doubling quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dit "Jo"')).toBe('"dit ""Jo"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell(' espace')).toBe('" espace"');
    expect(csvCell('espace ')).toBe('"espace "');
    expect(csvCell('Élise, Jean')).toBe('Élise, Jean');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('writes numbers with a decimal comma', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3.25)).toBe('-3,25');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes a file with no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa;b\r\n');
  });
});

describe('round trip', () => {
  it('gives back the same headers and cells', () => {
    const headers = ['Nom', 'Prénom', 'Adresse', 'Remarque', 'Taux', 'Né le'];
    const rows = [
      ['Lefèvre', 'Zoé', '12 rue de l’Église; bât. C', 'dit "le Grand"\navec un retour à la ligne', csvMoney(2250), csvDate('1990-03-04')],
      ['Œillet', 'François', '', 'ça € œ ÿ', csvMoney(-1), csvDate(null)],
      ['Ünal', 'Ça;va', '"', '\r\n', '0', ''],
    ];
    const bytes = csvBytes(toCsv(headers, rows));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('utf-8-bom');
    const parsed = parseCsv(decoded.text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(headers);
    expect(parsed.rows.map((r) => r.cells)).toEqual([rows[0], rows[1], ['Ünal', 'Ça;va', '"', '', '0', '']]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(parseMoney(parsed.rows[0]!.cells[4]!)).toBe(2250);
    expect(parseDate(parsed.rows[0]!.cells[5]!)).toBe('1990-03-04');
  });
});

describe('French cells', () => {
  it('csvDate writes JJ/MM/AAAA or nothing', () => {
    expect(csvDate('2026-01-05')).toBe('05/01/2026');
    expect(csvDate(null)).toBe('');
    expect(csvDate('2026-02-30')).toBe('');
  });
  it('csvMoney writes a bare decimal-comma number', () => {
    expect(csvMoney(2250)).toBe('22,50');
    expect(csvMoney(123456789)).toBe('1234567,89');
    expect(csvMoney(-5)).toBe('-0,05');
    expect(csvMoney(null)).toBe('');
  });
  it('csvBool writes oui/non', () => {
    expect(csvBool(true)).toBe('oui');
    expect(csvBool(false)).toBe('non');
    expect(csvBool(null)).toBe('');
  });
});

describe('readBool', () => {
  it('reads yes', () => {
    for (const t of ['oui', 'OUI', ' Oui ', 'o', 'O', 'x', 'X', 'vrai', 'VRAI', '1', 'yes', 'Yes', 'true']) {
      expect(readBool(t), t).toBe(true);
    }
  });
  it('reads no', () => {
    for (const t of ['non', 'Non', 'n', 'N', 'faux', 'Faux', '0', 'no', 'NO', 'false']) {
      expect(readBool(t), t).toBe(false);
    }
  });
  it('ignores accents', () => {
    expect(readBool('OUÏ')).toBe(true);
    expect(readBool('nón')).toBe(false);
  });
  it('gives null for empty or unreadable text', () => {
    expect(readBool('')).toBeNull();
    expect(readBool('   ')).toBeNull();
    expect(readBool('peut-être')).toBeNull();
    expect(readBool('2')).toBeNull();
  });
  it('reads back what csvBool writes', () => {
    expect(readBool(csvBool(true))).toBe(true);
    expect(readBool(csvBool(false))).toBe(false);
    expect(readBool(csvBool(null))).toBeNull();
  });
});

describe('Excel safety', () => {
  it('writes identifier columns as text formulas and reads them back', () => {
    const text = toCsv(['SIRET', 'Code postal', 'Nom'], [['73282932000074', '01000', 'Roux']], new Set([0, 1]));
    expect(text.split('\r\n')[1]).toBe('"=""73282932000074""";"=""01000""";Roux');
    const cells = parseCsv(decodeCsvBytes(csvBytes(text)).text).rows[0]!.cells.map(readExcelText);
    expect(cells).toEqual(['73282932000074', '01000', 'Roux']);
  });
  it('keeps a cell that starts like a formula from running, and gives it back as typed', () => {
    const text = toCsv(['Nom', 'Montant'], [['=HYPERLINK("http://x")', '-3,10'], ['+33 6 12', '@moi']]);
    const rows = parseCsv(decodeCsvBytes(csvBytes(text)).text).rows.map((r) => r.cells);
    expect(rows).toEqual([
      [`'=HYPERLINK("http://x")`, '-3,10'],
      ["'+33 6 12", "'@moi"],
    ]);
    expect(rows.flat().map(readExcelText)).toEqual(['=HYPERLINK("http://x")', '-3,10', '+33 6 12', '@moi']);
  });
});
