import { describe, expect, it } from 'vitest';
import { describeFields, fieldLabels, objectSchema } from './field-spec';
import { fieldErrors, isEmail } from './fields';
import { addMonths, todayIso } from '../base/dates';
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
  email: { label: 'E-mail', kind: 'email', csv: {} },
  born: { label: 'Né le', kind: 'date', range: { earliest: '1900-01-01', latest: 0 }, csv: {} },
  rate: { label: 'Taux', kind: 'money', max: 200_00, csv: {} },
  planned: { label: 'Durée', kind: 'minutes', csv: {} },
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
      email: null,
      born: null,
      rate: null,
      planned: null,
    });
  });

  it("refuses with each field's own French message", () => {
    const r = schema.safeParse({ title: 'Trop long', on: '31/02/2026', days: '11', civility: '', tasks: ['x'], note: 'x'.repeat(2001) });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!)).toEqual({
      title: '5 caractères au maximum.',
      note: '2000 caractères au maximum.',
      on: "Cette date n'existe pas.",
      days: 'Entre 0 et 10.',
      civility: 'Choisissez.',
      'tasks.0': 'Tâche inconnue.',
    });
  });

  it('names each field with its label', () => {
    expect(fieldLabels(SAMPLE)).toMatchObject({ title: 'Titre', on: 'Le', maybe: 'Peut-être' });
  });
});

describe('the bounds of every kind (no bad value stored)', () => {
  const schema = objectSchema(SAMPLE);
  const base = { title: 'Abc', civility: 'Mme' };
  const errorsOf = (values: Record<string, unknown>) => {
    const r = schema.safeParse({ ...base, ...values });
    return r.success ? {} : fieldErrors(r.error);
  };

  it('refuses control and bidi characters in any text', () => {
    for (const bad of ['A\u0000b', 'A\u001bb', 'Ab\u202e', '\u2066Ab', 'A\u200fb', 'A\u0085']) {
      expect(errorsOf({ title: bad }).title, JSON.stringify(bad)).toMatch(/caractère invisible interdit/);
      expect(errorsOf({ note: bad }).note, JSON.stringify(bad)).toMatch(/caractère invisible interdit/);
    }
  });

  it('allows line breaks in multi-line fields only', () => {
    expect(errorsOf({ title: 'A\nB' }).title).toBe('Ce champ tient sur une ligne : retirez les retours à la ligne.');
    expect(errorsOf({ title: 'A\tB' }).title).toBe('Ce champ tient sur une ligne : retirez les retours à la ligne.');
    expect(schema.parse({ ...base, note: 'Ligne 1\r\nLigne 2\tfin' }).note).toBe('Ligne 1\r\nLigne 2\tfin');
  });

  it('keeps dates within the field\'s plausible range', () => {
    const today = todayIso();
    expect(errorsOf({ on: '0000-01-01' }).on).toMatch(/^Date hors des limites/);
    expect(errorsOf({ on: '9999-12-31' }).on).toMatch(/^Date hors des limites/);
    expect(errorsOf({ on: addMonths(today, -12 * 10 - 1) }).on).toMatch(/^Date hors des limites/);
    expect(schema.parse({ ...base, on: addMonths(today, 12 * 10) }).on).toBe(addMonths(today, 12 * 10));
    expect(errorsOf({ born: '31/12/1899' }).born).toBe("Date hors des limites : elle doit être entre le 01/01/1900 et aujourd'hui.");
    expect(schema.parse({ ...base, born: '01/01/1900' }).born).toBe('1900-01-01');
  });

  it('caps amounts and durations at what an office can mean', () => {
    expect(errorsOf({ rate: 2 ** 53 - 1 }).rate).toBe('Montant trop élevé : 200,00\u00a0€ au plus.');
    expect(errorsOf({ rate: '200,01' }).rate).toBe('Montant trop élevé : 200,00\u00a0€ au plus.');
    expect(errorsOf({ amount: 100_000_01 }).amount).toBe('Montant trop élevé : 100\u202f000,00\u00a0€ au plus.');
    expect(schema.parse({ ...base, rate: '200,00' }).rate).toBe(20000);
    expect(errorsOf({ planned: 2500 * 60 + 1 }).planned).toBe('Durée trop longue : 2500 heures au plus.');
    expect(errorsOf({ planned: '99999' }).planned).toBe('Durée trop longue : 2500 heures au plus.');
  });

  it('reads numbers written in decimal only', () => {
    expect(errorsOf({ days: '0x10' }).days).toBe('Entre 0 et 10.');
    expect(errorsOf({ days: '1e1' }).days).toBe('Entre 0 et 10.');
    expect(errorsOf({ amount: '0x10' }).amount).toBe('Montant invalide : saisissez par exemple 22,50.');
    expect(schema.parse({ ...base, days: ' 7 ' }).days).toBe(7);
  });

  it('accepts e-mail addresses with accented letters (RFC 6531)', () => {
    for (const good of ['françois.dupont@exemple.fr', 'zoé@exemple.fr', 'anaïs+ai@société.fr', 'o\'neil@exemple.co.uk', 'contact@xn--socit-esab.fr']) {
      expect(isEmail(good), good).toBe(true);
    }
    for (const bad of ['françois dupont@exemple.fr', 'a@b', 'a@@b.fr', '.a@b.fr', 'a..b@c.fr', 'a@-b.fr', 'a@b.f', '"a"@b.fr', 'a@b.fr\n']) {
      expect(isEmail(bad), bad).toBe(false);
    }
    expect(schema.parse({ ...base, email: ' François.Dupont@Exemple.FR ' }).email).toBe('François.Dupont@exemple.fr');
  });

  it('stores phones in their one form', () => {
    expect(schema.parse({ ...base, phone: '06.12.34.56.78' }).phone).toBe('06 12 34 56 78');
    expect(schema.parse({ ...base, phone: '+33612345678' }).phone).toBe('+33 6 12 34 56 78');
    expect(errorsOf({ phone: '612345678' }).phone).toBe('Numéro de téléphone invalide (exemple : 01 23 45 67 89).');
  });
});
