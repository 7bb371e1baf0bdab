import { describe, expect, it } from 'vitest';
import { describeFields, fieldLabels, objectSchema } from './field-spec';
import { fieldErrors } from './fields';
import { CIVILITIES, TASK_KINDS } from './reference';

// One description per entity: the schema, the labels and the spreadsheet columns all come from it.

const SAMPLE = describeFields({
  title: { label: 'Titre', kind: 'text', max: 5, required: true, csv: {} },
  note: { label: 'Note', kind: 'multiline', csv: false },
  on: { label: 'Le', kind: 'date', csv: { header: 'Date' } },
  amount: { label: 'Montant', kind: 'money', csv: {} },
  days: { label: 'Jours', kind: 'integer', min: 0, max: 10, default: 3, message: 'Entre 0 et 10.', csv: {} },
  civility: { label: 'Civilité', kind: 'choice', options: CIVILITIES, message: 'Choisissez.', required: true, csv: {} },
  tasks: { label: 'Tâches', kind: 'choices', options: TASK_KINDS, message: 'Tâche inconnue.', csv: {} },
  flag: { label: 'Drapeau', kind: 'boolean', csv: {} },
  maybe: { label: 'Peut-être', kind: 'boolean', unset: true, csv: {} },
  phone: { label: 'Téléphone', kind: 'phone', csv: {} },
});

describe('the schema derived from a description', () => {
  const schema = objectSchema(SAMPLE);

  it('reads what people type by each kind, and fills the defaults', () => {
    expect(schema.parse({ title: ' Abc ', on: '05/01/2026', amount: '22,50', civility: 'Mme', tasks: ['menage'], phone: '' })).toEqual({
      title: 'Abc',
      note: null,
      on: '2026-01-05',
      amount: 2250,
      days: 3,
      civility: 'Mme',
      tasks: ['menage'],
      flag: false,
      maybe: null,
      phone: null,
    });
  });

  it("refuses with each field's own French message", () => {
    const r = schema.safeParse({ title: 'Trop long', on: '31/02/2026', days: '11', civility: '', tasks: ['x'], note: 'x'.repeat(2001) });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!)).toEqual({
      title: '5 caractères au maximum.',
      note: '2000 caractères au maximum.',
      on: 'Date invalide : saisissez-la au format JJ/MM/AAAA.',
      days: 'Entre 0 et 10.',
      civility: 'Choisissez.',
      'tasks.0': 'Tâche inconnue.',
    });
  });

  it('names each field with its label', () => {
    expect(fieldLabels(SAMPLE)).toMatchObject({ title: 'Titre', on: 'Le', maybe: 'Peut-être' });
  });
});
