import { describe, expect, it } from 'vitest';
import { type CsvColumn, guessMapping, missingRequired, normaliseHeading } from './columns';

describe('normaliseHeading', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    const expected = 'nom de naissance';
    expect(normaliseHeading('Nom de naissance')).toBe(expected);
    expect(normaliseHeading('NOM_DE_NAISSANCE')).toBe(expected);
    expect(normaliseHeading('nom de naissance ')).toBe(expected);
    expect(normaliseHeading('  Nom - de.naissance  ')).toBe(expected);
    expect(normaliseHeading('Nom\u00a0de\u202fnaissance')).toBe(expected);
  });
  it('strips accents and spells out ligatures', () => {
    expect(normaliseHeading('Prénom')).toBe('prenom');
    expect(normaliseHeading('DATE D’ENTRÉE')).toBe('date d entree');
    expect(normaliseHeading('Œuvre')).toBe('oeuvre');
    expect(normaliseHeading('N° SS')).toBe('n ss');
  });
  it('gives "" for a heading without letters or digits', () => {
    expect(normaliseHeading(' -- ')).toBe('');
  });
});

const columns: CsvColumn[] = [
  { key: 'lastName', label: 'Nom', aliases: ['Nom d’usage', 'nom de famille'], required: true },
  { key: 'birthName', label: 'Nom de naissance', aliases: ['Nom de jeune fille'] },
  { key: 'firstName', label: 'Prénom', aliases: ['prenoms'], required: true },
  { key: 'phone', label: 'Téléphone', aliases: ['Tel', 'Portable'] },
];

describe('guessMapping', () => {
  it('matches labels and aliases whatever their spelling', () => {
    const m = guessMapping(['PRENOM', 'nom_de_famille', 'Tél.', 'Ville'], columns);
    expect(m).toEqual({ lastName: 1, birthName: null, firstName: 0, phone: 2 });
  });

  it('gives each header to one column only', () => {
    const m = guessMapping(['Nom', 'Nom', 'Prénom'], [
      { key: 'a', label: 'Nom', aliases: [] },
      { key: 'b', label: 'Nom', aliases: [] },
      { key: 'c', label: 'Nom', aliases: [] },
    ]);
    expect(m).toEqual({ a: 0, b: 1, c: null });
  });

  it('lets a label win over another column’s alias', () => {
    const m = guessMapping(['Tel', 'Portable'], [
      { key: 'phone', label: 'Téléphone', aliases: ['Tel', 'Portable'] },
      { key: 'mobile', label: 'Portable', aliases: [] },
    ]);
    expect(m).toEqual({ phone: 0, mobile: 1 });
  });

  it('never matches an empty heading', () => {
    expect(guessMapping(['', 'Nom'], [{ key: 'x', label: 'Nom', aliases: [''] }])).toEqual({ x: 1 });
    expect(guessMapping(['', ' '], [{ key: 'x', label: '--', aliases: [] }])).toEqual({ x: null });
  });
});

describe('missingRequired', () => {
  it('lists the required columns without a header', () => {
    const m = guessMapping(['Nom', 'Portable'], columns);
    expect(missingRequired(m, columns).map((c) => c.key)).toEqual(['firstName']);
  });
  it('counts a key absent from the mapping as missing', () => {
    expect(missingRequired({}, columns).map((c) => c.label)).toEqual(['Nom', 'Prénom']);
  });
  it('is empty when everything required is there', () => {
    expect(missingRequired(guessMapping(['nom', 'prénom'], columns), columns)).toEqual([]);
  });
});
