import { describe, expect, it } from 'vitest';
import { parseDate, parseMoney } from '../base/format';
import { decodeCsvBytes } from './decode';
import { parseCsv } from './parse';
import type { Sheet } from './sheet';
import { csvBytes, csvCell, csvLine, readBool, readExcelText, sheetCsv } from './write';

const sheet = (columns: Sheet['columns'], rows: Sheet['rows']): Sheet => ({ name: 'Test', columns, rows });

describe('sheetCsv', () => {
  it('writes BOM, semicolons and CRLF; every text cell and decimal comma quoted, dates and whole numbers bare, in French', () => {
    const s = sheet(
      [
        { header: 'Nom', type: 'text' },
        { header: 'Né le', type: 'date' },
        { header: 'Taux', type: 'money' },
        { header: 'Heures', type: 'hours' },
        { header: 'Jours', type: 'integer' },
      ],
      [
        ['Dupont', '1990-03-04', 2250, 450, 30],
        ['Martin', null, null, null, null],
      ],
    );
    expect(sheetCsv(s)).toBe('\uFEFF"Nom";"Né le";"Taux";"Heures";"Jours"\r\n"Dupont";04/03/1990;"22,50";"7,5";30\r\n"Martin";;;;\r\n');
  });

  it('keeps an address with a comma or a line break in its cell (Calc splits on commas too by default)', () => {
    const text = sheetCsv(sheet([{ header: 'Adresse', type: 'text' }, { header: 'Commune', type: 'text' }], [['12, rue des Lilas\nBât. B', 'Lyon']]));
    expect(text).toContain('"12, rue des Lilas\nBât. B";"Lyon"');
    expect(parseCsv(text.slice(1)).rows[0]!.cells).toEqual(['12, rue des Lilas\nBât. B', 'Lyon']);
  });

  it('never writes the ="…" trick that LibreOffice shows as it is', () => {
    const text = sheetCsv(sheet([{ header: 'NIR', type: 'text' }, { header: 'CP', type: 'text' }], [['2 90 03 75 112 045 02', '01000']]));
    expect(text).not.toContain('="');
    expect(text.split('\r\n')[1]).toBe('"2 90 03 75 112 045 02";"01000"');
  });
});

describe('csvCell', () => {
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

  it('writes a line of a table export, defused', () => {
    expect(csvLine(['a;b', 3.5, null, '=1+1'])).toBe(`"a;b";3,5;;'=1+1`);
  });
});

describe('round trip', () => {
  it('gives back the same headers and cells', () => {
    const headers = ['Nom', 'Prénom', 'Adresse', 'Remarque', 'Taux', 'Né le'];
    const types = ['text', 'text', 'text', 'text', 'money', 'date'] as const;
    const rows = [
      ['Lefèvre', 'Zoé', '12 rue de l’Église; bât. C', 'dit "le Grand"\navec un retour à la ligne', 2250, '1990-03-04'],
      ['Œillet', 'François', '', 'ça € œ ÿ', 1, null],
      ['Ünal', 'Ça;va', '"', '\r\n', 0, null],
    ];
    const bytes = csvBytes(sheetCsv(sheet(headers.map((header, i) => ({ header, type: types[i]! })), rows)));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('utf-8-bom');
    const parsed = parseCsv(decoded.text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(headers);
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ['Lefèvre', 'Zoé', '12 rue de l’Église; bât. C', 'dit "le Grand"\navec un retour à la ligne', '22,50', '04/03/1990'],
      ['Œillet', 'François', '', 'ça € œ ÿ', '0,01', ''],
      ['Ünal', 'Ça;va', '"', '', '0,00', ''],
    ]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(parseMoney(parsed.rows[0]!.cells[4]!)).toBe(2250);
    expect(parseDate(parsed.rows[0]!.cells[5]!)).toBe('1990-03-04');
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
});

describe('Excel safety', () => {
  it('reads back the ="…" text formulas of files exported by earlier versions', () => {
    const cells = parseCsv('SIRET;Code postal;Nom\r\n"=""73282932000074""";"=""01000""";Roux\r\n').rows[0]!.cells.map(readExcelText);
    expect(cells).toEqual(['73282932000074', '01000', 'Roux']);
  });
  it('keeps a text cell that starts like a formula from running, and gives it back as typed', () => {
    const text = sheetCsv(sheet([{ header: 'Nom', type: 'text' }, { header: 'Tél', type: 'text' }], [['=HYPERLINK("http://x")', '+33 6 12 34 56 78'], ['@moi', '-']]));
    const rows = parseCsv(decodeCsvBytes(csvBytes(text)).text).rows.map((r) => r.cells);
    expect(rows).toEqual([
      [`'=HYPERLINK("http://x")`, "'+33 6 12 34 56 78"],
      ["'@moi", "'-"],
    ]);
    expect(rows.flat().map(readExcelText)).toEqual(['=HYPERLINK("http://x")', '+33 6 12 34 56 78', '@moi', '-']);
  });
});
