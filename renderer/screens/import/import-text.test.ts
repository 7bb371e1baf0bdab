import { describe, expect, it } from 'vitest';
import { columnName, fileProblem, headerName, importLabel, notedCount, refusedCount, skipMessage } from './import-text';

describe('the import wizard’s words', () => {
  it('names the import button by what it will import', () => {
    expect(importLabel({ validCount: 1, errorLineCount: 0 })).toBe('Importer 1 ligne');
    expect(importLabel({ validCount: 1200, errorLineCount: 0 })).toBe('Importer 1\u202f200 lignes');
    expect(importLabel({ validCount: 1, errorLineCount: 3 })).toBe('Importer la ligne valide');
    expect(importLabel({ validCount: 197, errorLineCount: 3 })).toBe('Importer les 197 lignes valides');
  });

  it('says which lines are left out, singular or plural', () => {
    expect(skipMessage({ validCount: 197, errorLineCount: 3 })).toBe('Les 3 lignes en erreur ne seront pas importées. Les 197 lignes valides seront importées.');
    expect(skipMessage({ validCount: 1, errorLineCount: 1 })).toBe('La ligne en erreur ne sera pas importée. La ligne valide sera importée.');
  });

  it('names a header without a title by its place', () => {
    expect(headerName(['Nom', ' ', 'Prénom'], 1)).toBe('(colonne 2 sans titre)');
    expect(headerName(['Nom', ' ', 'Prénom'], 2)).toBe('Prénom');
  });

  it('refuses a workbook, an empty file and one too large before sending it', () => {
    expect(fileProblem('salaries.xlsx', 900, 1000)).toMatch(/est un classeur, pas un fichier CSV/);
    expect(fileProblem('salaries.csv', 0, 1000)).toBe('Le fichier « salaries.csv » est vide.');
    expect(fileProblem('salaries.csv', 1001, 1000)).toBe('Le fichier dépasse 30 Mo : découpez-le en plusieurs fichiers.');
    expect(fileProblem('salaries.csv', 1000, 1000)).toBeNull();
  });
});

describe('the report of an import', () => {
  it('names a column as the file heads it, and as Passerelle does when that differs', () => {
    expect(columnName({ column: 'N° de sécurité sociale', field: 'NIR' })).toBe('N° de sécurité sociale (NIR)');
    expect(columnName({ column: 'NOM', field: 'Nom' })).toBe('NOM');
    expect(columnName({ column: '', field: 'Civilité' })).toBe('Civilité');
    expect(columnName({ column: '', field: '' })).toBe('(ligne entière)');
  });
  it('counts the lines before and after the import', () => {
    expect(refusedCount(3)).toBe('3 lignes ne seront pas importées');
    expect(refusedCount(1, true)).toBe("1 ligne n'a pas été importée");
    expect(notedCount(4, true)).toBe('4 lignes ont été importées');
    expect(notedCount(1)).toBe('1 ligne sera importée');
  });
});
