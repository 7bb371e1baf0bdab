import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseCsv } from './parse';

describe('parseCsv', () => {
  it('reads a French Excel file (semicolons, CRLF)', () => {
    const r = parseCsv('Nom;Prénom;Taux horaire\r\nDupont;Élise;22,50\r\nMartin;Jean;11,88\r\n');
    expect(r.delimiter).toBe(';');
    expect(r.headers).toEqual(['Nom', 'Prénom', 'Taux horaire']);
    expect(r.rows).toEqual([
      { line: 2, cells: ['Dupont', 'Élise', '22,50'] },
      { line: 3, cells: ['Martin', 'Jean', '11,88'] },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('keeps line numbers true after a quoted cell holding ";" and line breaks', () => {
    const text = [
      'Nom;Adresse;Ville',
      'Dupont;"3 rue des Lilas; bât. B',
      ' 2e étage";Lyon',
      'Martin;"Chez ""Mme"" Roux',
      '',
      'fond de cour";Paris',
      'Durand;1 place Bellecour;Lyon',
    ].join('\r\n');
    const r = parseCsv(text);
    expect(r.rows).toEqual([
      { line: 2, cells: ['Dupont', '3 rue des Lilas; bât. B\r\n 2e étage', 'Lyon'] },
      { line: 4, cells: ['Martin', 'Chez "Mme" Roux\r\n\r\nfond de cour', 'Paris'] },
      { line: 7, cells: ['Durand', '1 place Bellecour', 'Lyon'] },
    ]);
  });

  it('skips empty lines and delimiter-only lines but counts them', () => {
    const r = parseCsv('Nom;Ville\n\nDupont;Lyon\n   \n;;\nMartin;Paris\n\n\n');
    expect(r.headers).toEqual(['Nom', 'Ville']);
    expect(r.rows).toEqual([
      { line: 3, cells: ['Dupont', 'Lyon'] },
      { line: 6, cells: ['Martin', 'Paris'] },
    ]);
  });

  it('ignores a trailing empty line, with or without a final line break', () => {
    expect(parseCsv('a;b\n1;2\n').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(parseCsv('a;b\n1;2').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(parseCsv('a;b\r\n1;2\r\n\r\n').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('counts empty lines before the header', () => {
    const r = parseCsv('\n\nNom;Ville\nDupont;Lyon');
    expect(r.headers).toEqual(['Nom', 'Ville']);
    expect(r.rows).toEqual([{ line: 4, cells: ['Dupont', 'Lyon'] }]);
  });

  it('trims cells and headers', () => {
    const r = parseCsv(' Nom ; Ville \n  Dupont ;Lyon  \n');
    expect(r.headers).toEqual(['Nom', 'Ville']);
    expect(r.rows[0]!.cells).toEqual(['Dupont', 'Lyon']);
  });

  it('pads short rows to the number of headers and keeps extra cells', () => {
    const r = parseCsv('a;b;c\n1\n1;2;3;4');
    expect(r.rows).toEqual([
      { line: 2, cells: ['1', '', ''] },
      { line: 3, cells: ['1', '2', '3', '4'] },
    ]);
  });

  it('accepts a text whose BOM was already stripped, and one that still has it', () => {
    expect(parseCsv('Nom;Ville\nDupont;Lyon').headers).toEqual(['Nom', 'Ville']);
    const r = parseCsv('\uFEFFNom;Ville\nDupont;Lyon');
    expect(r.headers).toEqual(['Nom', 'Ville']);
    expect(r.rows).toEqual([{ line: 2, cells: ['Dupont', 'Lyon'] }]);
  });

  it('detects comma and tab files', () => {
    const comma = parseCsv('name,city\n"Smith, John",London\n');
    expect(comma.delimiter).toBe(',');
    expect(comma.rows[0]!.cells).toEqual(['Smith, John', 'London']);
    const tab = parseCsv('Nom\tMontant\nDupont\t22,50\n');
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows[0]!.cells).toEqual(['Dupont', '22,50']);
  });

  it('honours an Excel "sep=" first line', () => {
    const r = parseCsv('sep=,\r\nNom,Ville\r\nDupont,Lyon\r\n');
    expect(r.delimiter).toBe(',');
    expect(r.headers).toEqual(['Nom', 'Ville']);
    expect(r.rows).toEqual([{ line: 3, cells: ['Dupont', 'Lyon'] }]);
  });

  it('reads old Mac (CR only) files', () => {
    const r = parseCsv('a;b\r1;2\r3;4');
    expect(r.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    const r = parseCsv('a;b\n1;2\n3;"oops\n5;6\n');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.line).toBe(3);
    expect(r.problems[0]!.message).toMatch(/Guillemet/);
  });

  it('reads an empty text', () => {
    expect(parseCsv('')).toEqual({ headers: [], rows: [], delimiter: ';', problems: [] });
  });
});

describe('guessDelimiter', () => {
  it('prefers ";" in a French file full of decimal commas', () => {
    expect(guessDelimiter('Nom;Taux;Heures\nA;22,50;3,5\nB;11,88;7,25\n')).toBe(';');
  });
  it('prefers ";" when a heading holds a comma', () => {
    expect(guessDelimiter('Nom, prénom;Montant\nDupont;22,50\nMartin;3,10\n')).toBe(';');
  });
  it('gives ";" for a single-column file', () => {
    expect(guessDelimiter('Nom\nDupont\nMartin\n')).toBe(';');
  });
  it('is not fooled by an empty line among the first rows', () => {
    expect(guessDelimiter('a;b;c\n\n1,5;2;3\n4;5,5;6\n')).toBe(';');
  });
});
