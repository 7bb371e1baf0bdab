import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';

let backend: Backend;
onFreshBackend((b) => {
  backend = b;
});

const valid = {
  name: "  L'Échelier  ",
  siret: '732 829 320 00074',
  postalCode: '69001',
  city: 'Lyon',
  email: 'accueil@echelier.fr',
  phone: '04 72 00 00 00',
  defaultBilledRateCents: '22,50 €',
  defaultWageRateCents: '',
  etpAnnualMinutes: '1607',
  // Never saved yet: version 0.
  version: 0,
};

describe('settings.saveOrganisation', () => {
  it('normalises what was typed, saves it and reads it back', () => {
    const saved = backend.dispatch('settings.saveOrganisation', valid);
    expect(saved.ok).toBe(true);
    const read = backend.dispatch('settings.getOrganisation', {});
    expect(read).toMatchObject({
      ok: true,
      value: {
        name: "L'Échelier",
        siret: '73282932000074',
        defaultBilledRateCents: 2250,
        defaultWageRateCents: null,
        etpAnnualMinutes: 96420,
        addressLine1: null,
        configured: true,
      },
    });
  });

  it('refuses a bad SIRET with a French message on the field, and saves nothing', () => {
    const r = backend.dispatch('settings.saveOrganisation', { ...valid, siret: '73282932000075' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.fields).toEqual({ siret: "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres." });
    expect(backend.sqlite!.prepare('SELECT count(*) AS n FROM organisation').get()).toEqual({ n: 0 });
    expect(backend.sqlite!.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });

  it('reports every bad field at once, each in French', () => {
    const r = backend.dispatch('settings.saveOrganisation', {
      ...valid,
      name: '   ',
      email: 'pas-un-mail',
      postalCode: '6900',
      defaultBilledRateCents: '22,505',
      etpAnnualMinutes: '0',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields).toEqual({
      name: 'Ce champ est obligatoire.',
      email: 'Adresse e-mail invalide (exemple : nom@exemple.fr).',
      postalCode: 'Le code postal comporte 5 chiffres.',
      defaultBilledRateCents: 'Montant invalide : saisissez par exemple 22,50.',
      etpAnnualMinutes: 'La durée doit être supérieure à zéro.',
    });
  });

  it('logs who changed the organisation and which fields', () => {
    backend.dispatch('settings.saveOrganisation', valid);
    backend.dispatch('settings.saveOrganisation', { ...valid, city: 'Villeurbanne', version: 1 });
    const rows = backend.sqlite!.prepare('SELECT actor, action, entity, details FROM audit_log ORDER BY id').all() as {
      actor: string;
      action: string;
      entity: string;
      details: string;
    }[];
    expect(rows.map((r) => [r.actor, r.action, r.entity])).toEqual([
      ['test', 'création', 'organisation'],
      ['test', 'modification', 'organisation'],
    ]);
    expect(JSON.parse(rows[1]!.details)).toEqual({ champs: ['city'], version: 2 });
  });

  it('gives defaults before the page was ever saved (1 607 h for one ETP)', () => {
    const r = backend.dispatch('settings.getOrganisation', {});
    expect(r).toMatchObject({ ok: true, value: { configured: false, etpAnnualMinutes: 96420, name: '' } });
  });
});

describe('the dispatcher', () => {
  it('answers an unknown call with a French error, not an exception', () => {
    expect(backend.dispatch('workers.drop', {})).toEqual({
      ok: false,
      error: { code: 'unknown_call', message: 'Action inconnue : workers.drop' },
    });
  });

  it('turns an unexpected failure into a French message with a reference, never a stack', () => {
    backend.sqlite!.exec('DROP TABLE audit_log');
    const r = backend.dispatch('settings.saveOrganisation', valid);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('internal');
    expect(r.error.message).toMatch(/^Une erreur inattendue est survenue\. Rien n'a été modifié\./);
    expect(r.error.detail).toMatch(/^[0-9A-F]{8}$/);
    expect(JSON.stringify(r)).not.toMatch(/at .*\.ts:\d+/);
    // The write transaction was rolled back with it.
    expect(backend.sqlite!.prepare('SELECT count(*) AS n FROM organisation').get()).toEqual({ n: 0 });
  });
});
