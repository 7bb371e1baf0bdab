import { describe, expect, it } from 'vitest';
import { csvColumnsOf, type CsvColumn, guessMapping, missingRequired, normaliseHeading } from './columns';
import { WORKER_FIELDS } from '../contract/worker-fields';
import { CLIENT_FIELDS } from '../contract/client-fields';
import { describeFields } from '../contract/field-spec';

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

describe('the spreadsheet columns derived from a description', () => {
  it('follow its order, take the header or the label, and leave out fields kept out of the spreadsheet or written by the export only', () => {
    const fields = describeFields({
      title: { label: 'Titre', kind: 'text', csv: {} },
      note: { label: 'Note', kind: 'multiline', csv: false },
      on: { label: 'Le', kind: 'date', csv: { header: 'Date', aliases: ['Jour'] } },
      end: { label: 'Fin', kind: 'date', csv: { exportOnly: true } },
    });
    expect(csvColumnsOf(fields)).toEqual([
      { key: 'title', label: 'Titre', aliases: [], optional: true },
      { key: 'on', label: 'Date', aliases: ['Jour'] },
    ]);
  });

  it('require the fields that must be given; a line does without an optional field, never without an identity or a date', () => {
    const columns = csvColumnsOf(WORKER_FIELDS);
    expect(columns.filter((c) => c.required).map((c) => c.key)).toEqual(['civility', 'birthName', 'firstName', 'birthDate']);
    expect(columns.filter((c) => !c.optional).map((c) => c.key)).toEqual([
      'civility',
      'birthName',
      'firstName',
      'birthDate',
      'nir',
      'nationality',
      'permitExpiry',
      'status',
      'entryDate',
      'exitDate',
    ]);
    expect(csvColumnsOf(CLIENT_FIELDS).filter((c) => !c.optional).map((c) => c.key)).toEqual(['kind', 'siret', 'paymentTermsDays', 'lastLayoffDate']);
  });
});
