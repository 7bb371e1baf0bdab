import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { WorkerDetail, WorkerInput, WorkerList, WorkerFilters } from '../contract/workers';
import type { ApiError } from '../contract/result';
import { nirKey } from '../rules/nir';
import { addDays, todayIso } from '../base/dates';

let backend: Backend;
onFreshBackend((b) => {
  backend = b;
});

// ------------------------------------------------------------------ helpers

/** A NIR with its right key, from its 13 first characters. */
function nir(first13: string): string {
  return first13 + String(nirKey(first13)).padStart(2, '0');
}

const HELENE_NIR = nir('2850375123456');

/** A full worker as the form sends it: typed French values, not stored ones. */
const helene: WorkerInput = {
  civility: 'Mme',
  birthName: '  Dupont-Lefèvre ',
  usageName: '',
  firstName: 'Hélène',
  birthDate: '12/03/1985',
  nir: HELENE_NIR.replace(/^(\d)(\d\d)(\d\d)(\d\d)(\d{3})(\d{3})(\d\d)$/, '$1 $2 $3 $4 $5 $6 $7'),
  nationality: 'france',
  permitNumber: '',
  permitExpiry: '',
  addressLine1: '12 rue des Tanneurs',
  addressLine2: '',
  postalCode: '69001',
  city: 'Lyon',
  qpv: true,
  phone: '06 12 34 56 78',
  email: 'helene.dupont@exemple.fr',
  orienteur: 'france_travail',
  educationLevel: 'cap_bep',
  drivingLicence: true,
  vehicle: false,
  skills: ['menage', 'repassage'],
  availability: 'Le matin',
  referent: 'Claire Martin',
  status: 'en_parcours',
  entryDate: '05/01/2026',
  exitDate: '',
  notes: '',
};

function ok<T>(r: ReturnType<Backend['dispatch']>): T {
  if (!r.ok) throw new Error(`Appel refusé : ${JSON.stringify(r.error)}`);
  return r.value as T;
}

function failure(r: ReturnType<Backend['dispatch']>): ApiError {
  if (r.ok) throw new Error(`Appel accepté alors qu'il devait être refusé : ${JSON.stringify(r.value)}`);
  return r.error;
}

function create(worker: Partial<WorkerInput>, allowDuplicate = false): number {
  return ok<{ id: number }>(backend.dispatch('workers.create', { worker: { ...helene, ...worker }, allowDuplicate })).id;
}

/** A minimal worker, distinct from Hélène. */
function minimal(birthName: string, firstName: string, birthDate: string, more: Partial<WorkerInput> = {}): Partial<WorkerInput> {
  return { civility: 'M.', birthName, firstName, birthDate, nir: '', referent: '', status: 'candidat', entryDate: '', qpv: false, ...more };
}

function list(filters: WorkerFilters = {}): WorkerList {
  return ok<WorkerList>(backend.dispatch('workers.list', filters));
}

const names = (filters: WorkerFilters = {}) => list(filters).rows.map((r) => r.name);
const get = (id: number) => ok<WorkerDetail>(backend.dispatch('workers.get', { id }));
const count = (table: string) => (backend.sqlite!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const today = todayIso(new Date());

// ------------------------------------------------------------------ creation

describe('workers.create and workers.get', () => {
  it('saves a full worker typed in French and reads it back normalised', () => {
    const id = create({});
    const w = get(id);
    expect(w).toMatchObject({
      id,
      name: 'DUPONT-LEFÈVRE Hélène',
      civility: 'Mme',
      birthName: 'Dupont-Lefèvre',
      usageName: null,
      firstName: 'Hélène',
      birthDate: '1985-03-12',
      nir: HELENE_NIR,
      nationality: 'france',
      permitNumber: null,
      permitExpiry: null,
      addressLine1: '12 rue des Tanneurs',
      addressLine2: null,
      postalCode: '69001',
      city: 'Lyon',
      qpv: true,
      phone: '06 12 34 56 78',
      email: 'helene.dupont@exemple.fr',
      orienteur: 'france_travail',
      educationLevel: 'cap_bep',
      drivingLicence: true,
      vehicle: false,
      skills: ['menage', 'repassage'],
      availability: 'Le matin',
      referent: 'Claire Martin',
      status: 'en_parcours',
      entryDate: '2026-01-05',
      exitDate: null,
      notes: null,
      archivedAt: null,
      passes: [],
      currentPass: null,
      diagnoses: [],
      referenced: false,
    });
    expect(HELENE_NIR).toMatch(/^\d{15}$/);
  });

  it('names a worker by usage name when there is one', () => {
    const id = create({ usageName: 'Martin' });
    expect(get(id).name).toBe('MARTIN Hélène');
    expect(names({ search: 'dupont' })).toEqual(['MARTIN Hélène']);
  });

  it('answers not_found for a worker that does not exist', () => {
    expect(failure(backend.dispatch('workers.get', { id: 999 })).code).toBe('not_found');
  });
});

describe('workers.create refuses bad input field by field (keys are "worker.<field>"), saving nothing', () => {
  it('a NIR whose key is wrong → worker.nir', () => {
    const bad = HELENE_NIR.slice(0, 13) + String((Number(HELENE_NIR.slice(13)) % 97) + 1).padStart(2, '0');
    const e = failure(backend.dispatch('workers.create', { worker: { ...helene, nir: bad } }));
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({
      'worker.nir': 'Ce NIR est faux : sa clé ne correspond pas aux 13 premiers caractères. Vérifiez la carte Vitale.',
    });
    expect(count('workers')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('a NIR of the wrong shape → worker.nir', () => {
    const e = failure(backend.dispatch('workers.create', { worker: { ...helene, nir: '2 85 03' } }));
    expect(e.fields?.['worker.nir']).toMatch(/^Le NIR comporte 15 caractères/);
    expect(count('workers')).toBe(0);
  });

  it('a date that does not exist → worker.birthDate', () => {
    const e = failure(backend.dispatch('workers.create', { worker: { ...helene, birthDate: '31/02/1990' } }));
    expect(e.fields).toEqual({ 'worker.birthDate': "Cette date n'existe pas." });
    expect(count('workers')).toBe(0);
  });

  it('a birth date in the future → worker.birthDate', () => {
    const e = failure(backend.dispatch('workers.create', { worker: { ...helene, birthDate: addDays(today, 1) } }));
    expect(e.fields).toEqual({ 'worker.birthDate': "Date hors des limites : elle doit être entre le 01/01/1900 et aujourd'hui." });
    const bornToday = failure(backend.dispatch('workers.create', { worker: { ...helene, birthDate: today } }));
    expect(bornToday.fields).toEqual({ 'worker.birthDate': 'La date de naissance doit être passée.' });
  });

  it('an empty birth name → worker.birthName "Ce champ est obligatoire."', () => {
    const e = failure(backend.dispatch('workers.create', { worker: { ...helene, birthName: '   ' } }));
    expect(e.fields).toEqual({ 'worker.birthName': 'Ce champ est obligatoire.' });
    expect(count('workers')).toBe(0);
  });

  it('every bad field at once, in French', () => {
    const e = failure(
      backend.dispatch('workers.create', {
        worker: { ...helene, firstName: '', email: 'pas-un-mail', postalCode: '6900', skills: ['menage', 'cuisine'] },
      }),
    );
    expect(e.fields).toEqual({
      'worker.firstName': 'Ce champ est obligatoire.',
      'worker.email': 'Adresse e-mail invalide (exemple : nom@exemple.fr).',
      'worker.postalCode': 'Le code postal comporte 5 chiffres.',
      'worker.skills.1': 'Compétence inconnue.',
    });
  });

  it('outside the EU, the residence permit number and expiry are required', () => {
    const e = failure(backend.dispatch('workers.create', { worker: { ...helene, nationality: 'hors_ue' } }));
    expect(e.fields).toEqual({
      'worker.permitNumber': 'Hors UE, le numéro du titre de séjour est obligatoire.',
      'worker.permitExpiry': "Hors UE, la date d'expiration du titre est obligatoire.",
    });
    expect(count('workers')).toBe(0);
    const id = create({ nationality: 'hors_ue', permitNumber: '7501234567', permitExpiry: '30/06/2027' });
    expect(get(id)).toMatchObject({ nationality: 'hors_ue', permitNumber: '7501234567', permitExpiry: '2027-06-30' });
  });

  it('forgets a permit typed for a French worker', () => {
    const id = create({ permitNumber: '7501234567', permitExpiry: '30/06/2027' });
    expect(get(id)).toMatchObject({ permitNumber: null, permitExpiry: null });
  });

  it('an "en parcours" worker needs an entry date; a "sorti" one an exit date after it', () => {
    expect(failure(backend.dispatch('workers.create', { worker: { ...helene, entryDate: '' } })).fields).toEqual({
      'worker.entryDate': "La date d'entrée est obligatoire pour un salarié en parcours ou sorti.",
    });
    expect(failure(backend.dispatch('workers.create', { worker: { ...helene, status: 'sorti', exitDate: '04/01/2026' } })).fields).toEqual({
      'worker.exitDate': "La sortie ne peut pas précéder l'entrée.",
    });
  });

  it('a badly typed entry date gives one message, not a second one on the exit date', () => {
    const e = failure(backend.dispatch('workers.create', { worker: { ...helene, status: 'sorti', entryDate: '31/02/2026', exitDate: '01/03/2026' } }));
    expect(e.fields).toEqual({ 'worker.entryDate': "Cette date n'existe pas." });
  });
});

// ------------------------------------------------------------------ duplicates

describe('duplicates', () => {
  it('the same NIR is a blocking duplicate, with a link, even with allowDuplicate', () => {
    const first = create({});
    for (const allowDuplicate of [false, true]) {
      const e = failure(
        backend.dispatch('workers.create', {
          worker: { ...helene, birthName: 'Autre', firstName: 'Personne', birthDate: '01/01/1970' },
          allowDuplicate,
        }),
      );
      expect(e.code).toBe('duplicate');
      expect(e.duplicates).toEqual([{ id: first, label: 'DUPONT-LEFÈVRE Hélène', why: 'même NIR', to: `/salaries/${first}`, blocking: true }]);
      // Same key as the validation errors of the form, so the message lands beside the NIR field.
      expect(e.fields).toEqual({ 'worker.nir': 'Ce NIR est déjà enregistré pour un autre salarié.' });
    }
    expect(count('workers')).toBe(1);
  });

  it('the same name, first name and birth date (other accents and case) warns, then allowDuplicate creates it', () => {
    const first = create({});
    const twin = { ...helene, nir: '', birthName: 'DUPONT LEFEVRE', firstName: 'helene', birthDate: '1985-03-12' };
    const e = failure(backend.dispatch('workers.create', { worker: twin }));
    expect(e.code).toBe('duplicate');
    expect(e.message).toMatch(/^Un salarié qui lui ressemble existe déjà/);
    expect(e.duplicates).toEqual([
      { id: first, label: 'DUPONT-LEFÈVRE Hélène', why: 'même nom, même prénom et même date de naissance', to: `/salaries/${first}`, blocking: false },
    ]);
    expect(count('workers')).toBe(1);
    const second = ok<{ id: number }>(backend.dispatch('workers.create', { worker: twin, allowDuplicate: true })).id;
    expect(second).not.toBe(first);
    expect(count('workers')).toBe(2);
  });

  it('a worker born the same day with another name is not a duplicate', () => {
    create({});
    create({ ...minimal('Durand', 'Hélène', '12/03/1985') });
    expect(count('workers')).toBe(2);
  });

  it('updating a worker to another worker\'s NIR is refused', () => {
    create({});
    const other = create(minimal('Durand', 'Paul', '01/02/1990'));
    const e = failure(backend.dispatch('workers.update', { id: other, version: 1, worker: { ...helene, ...minimal('Durand', 'Paul', '01/02/1990'), nir: HELENE_NIR } }));
    expect(e.code).toBe('duplicate');
    expect(get(other).nir).toBeNull();
  });
});

// ------------------------------------------------------------------ update

describe('workers.update', () => {
  it('saves the new values and logs which fields changed', () => {
    const id = create({});
    expect(get(id).version).toBe(1);
    ok(backend.dispatch('workers.update', { id, version: 1, worker: { ...helene, city: 'Villeurbanne', postalCode: '69100' } }));
    expect(get(id)).toMatchObject({ city: 'Villeurbanne', postalCode: '69100', nir: HELENE_NIR, version: 2 });
    const row = backend.sqlite!.prepare("SELECT details FROM audit_log WHERE action = 'modification'").get() as { details: string };
    expect(JSON.parse(row.details)).toEqual({ champs: ['postalCode', 'city'], version: 2 });
  });

  it('answers not_found for a worker that does not exist', () => {
    expect(failure(backend.dispatch('workers.update', { id: 42, version: 1, worker: helene })).code).toBe('not_found');
  });
});

// ------------------------------------------------------------------ list

describe('workers.list', () => {
  function population() {
    const ids = {
      helene: create({}),
      eloise: create(minimal('Émery', 'Éloïse', '03/07/2001', { referent: 'Claire Martin', status: 'candidat' })),
      paul: create(minimal('Durand', 'Paul', '20/11/1968', { referent: 'Karim Benali', status: 'en_parcours', entryDate: '02/02/2025' })),
      zoe: create(minimal('Zola', 'Zoé', '15/05/1990', { status: 'sorti', entryDate: '01/01/2024', exitDate: '31/12/2025' })),
    };
    return ids;
  }

  it('finds a worker whatever the accents and case typed', () => {
    population();
    expect(names({ search: 'helene' })).toEqual(['DUPONT-LEFÈVRE Hélène']);
    expect(names({ search: 'HÉLÈNE' })).toEqual(['DUPONT-LEFÈVRE Hélène']);
    expect(names({ search: 'dupont lef' })).toEqual(['DUPONT-LEFÈVRE Hélène']);
    expect(names({ search: 'lefevre dupont' })).toEqual(['DUPONT-LEFÈVRE Hélène']);
    expect(names({ search: 'eloise emery' })).toEqual(['ÉMERY Éloïse']);
    expect(names({ search: 'zoe' })).toEqual(['ZOLA Zoé']);
    expect(names({ search: 'personne' })).toEqual([]);
    // % and _ are letters to search for, not SQL wildcards.
    expect(names({ search: '%' })).toHaveLength(4);
    expect(names({ search: '_' })).toHaveLength(4);
  });

  it('finds a worker by NIR', () => {
    population();
    expect(names({ search: HELENE_NIR.slice(0, 7) })).toEqual(['DUPONT-LEFÈVRE Hélène']);
  });

  it('filters by status and by referent, and lists the referents for the filter', () => {
    population();
    expect(names({ status: 'en_parcours' })).toEqual(['DUPONT-LEFÈVRE Hélène', 'DURAND Paul']);
    expect(names({ status: 'sorti' })).toEqual(['ZOLA Zoé']);
    expect(names({ referent: 'Claire Martin' })).toEqual(['DUPONT-LEFÈVRE Hélène', 'ÉMERY Éloïse']);
    // The referents typed on records, and the active accounts (the test back end's direction account, « test »).
    expect(ok(backend.dispatch('workers.referents', {}))).toEqual(['Claire Martin', 'Karim Benali', 'test']);
    expect(list({ status: 'candidat', referent: 'Claire Martin' }).total).toBe(1);
  });

  it('sorts by name in French order, ascending and descending, and by birth date', () => {
    population();
    expect(names()).toEqual(['DUPONT-LEFÈVRE Hélène', 'DURAND Paul', 'ÉMERY Éloïse', 'ZOLA Zoé']);
    expect(names({ sort: { column: 'name', direction: 'desc' } })).toEqual(['ZOLA Zoé', 'ÉMERY Éloïse', 'DURAND Paul', 'DUPONT-LEFÈVRE Hélène']);
    expect(names({ sort: { column: 'birthDate', direction: 'asc' } })).toEqual(['DURAND Paul', 'DUPONT-LEFÈVRE Hélène', 'ZOLA Zoé', 'ÉMERY Éloïse']);
    expect(names({ sort: { column: 'birthDate', direction: 'desc' } })).toEqual(['ÉMERY Éloïse', 'ZOLA Zoé', 'DUPONT-LEFÈVRE Hélène', 'DURAND Paul']);
    expect(names({ sort: { column: 'status', direction: 'asc' } })).toEqual(['ÉMERY Éloïse', 'DUPONT-LEFÈVRE Hélène', 'DURAND Paul', 'ZOLA Zoé']);
  });

  it('filters the titres de séjour to renew: expired, or ending within 60 days (hors UE only)', () => {
    population();
    const fr = (iso: string) => iso.split('-').reverse().join('/');
    const permit = (days: number) => ({ nationality: 'hors_ue' as const, permitNumber: '9912345678', permitExpiry: fr(addDays(today, days)) });
    create(minimal('Diallo', 'Fatou', '01/02/1990', permit(30)));
    create(minimal('Nguyen', 'Lan', '01/02/1991', permit(-3)));
    create(minimal('Ahmadi', 'Omar', '01/02/1992', permit(60)));
    create(minimal('Traoré', 'Awa', '01/02/1993', permit(61)));
    expect(names({ permit: 'a_renouveler' })).toEqual(['AHMADI Omar', 'DIALLO Fatou', 'NGUYEN Lan']);
    expect(list({ permit: 'a_renouveler' }).rows.map((r) => r.permitExpiry)).toEqual([addDays(today, 60), addDays(today, 30), addDays(today, -3)]);
    // Without the filter, every worker, the permit's end shown for those outside the UE only.
    expect(list().total).toBe(8);
    expect(list({ search: 'helene' }).rows[0]!.permitExpiry).toBeNull();
  });

  it('hides archived workers unless asked', () => {
    const { paul } = population();
    ok(backend.dispatch('workers.archive', { id: paul }));
    expect(names()).not.toContain('DURAND Paul');
    expect(names({ archived: 'archives' })).toEqual(['DURAND Paul']);
    expect(names({ archived: 'tous' })).toHaveLength(4);
    expect(list({ archived: 'tous' }).rows.find((r) => r.id === paul)?.archived).toBe(true);
  });

  it('filters by PASS IAE status on today', () => {
    const { helene: h, eloise, paul } = population();
    savePass(h, { number: 'AAAA00000001', startDate: addDays(today, -100) });
    savePass(eloise, { number: 'AAAA00000002', startDate: addDays(today, 10) });
    savePass(paul, { number: 'AAAA00000003', startDate: addDays(today, -800) });
    expect(names({ passStatus: 'valide' })).toEqual(['DUPONT-LEFÈVRE Hélène']);
    expect(names({ passStatus: 'a_venir' })).toEqual(['ÉMERY Éloïse']);
    expect(names({ passStatus: 'expire' })).toEqual(['DURAND Paul']);
    expect(names({ passStatus: 'aucun' })).toEqual(['ZOLA Zoé']);
    const row = list({ search: 'helene' }).rows[0]!;
    expect(row).toMatchObject({ passNumber: 'AAAA00000001', passEnd: addDays(today, -100 + 729), passStatus: 'valide' });
  });

  it('refuses an unknown filter value with a validation error', () => {
    expect(failure(backend.dispatch('workers.list', { status: 'retraité' })).code).toBe('validation');
  });
});

// ------------------------------------------------------------------ PASS IAE

function savePass(workerId: number, pass: Record<string, unknown>) {
  return ok<WorkerDetail>(backend.dispatch('workers.savePass', { workerId, ...pass }));
}

describe('workers.savePass', () => {
  it('saves a PASS typed in lowercase with spaces, normalised, ending 730 days later (05/01/2026 → 04/01/2028)', () => {
    const id = create({});
    const w = savePass(id, { number: ' 9999 9a12 3456 ', startDate: '05/01/2026' });
    expect(w.referenced).toBe(true);
    expect(w.passes).toHaveLength(1);
    expect(w.currentPass).toMatchObject({
      number: '99999A123456',
      startDate: '2026-01-05',
      computedEnd: '2028-01-04',
      endDateOverride: null,
      end: '2028-01-04',
      periods: [],
    });
  });

  it('a 30-day suspension pushes the end 30 days; the office\'s end date wins', () => {
    const id = create({});
    let w = savePass(id, {
      number: '999999123456',
      startDate: '05/01/2026',
      periods: [{ kind: 'suspension', reason: 'contrat_suspendu', start: '01/03/2026', end: '31/03/2026' }],
    });
    expect(w.currentPass).toMatchObject({ computedEnd: '2028-02-03', end: '2028-02-03' });
    expect(w.currentPass!.periods).toMatchObject([{ kind: 'suspension', reason: 'contrat_suspendu', start: '2026-03-01', end: '2026-03-31' }]);
    // Editing the same PASS: the periods are replaced, the office corrects the end date.
    w = savePass(id, {
      passId: w.currentPass!.id,
      version: w.currentPass!.version,
      number: '999999123456',
      startDate: '05/01/2026',
      endDateOverride: '10/02/2028',
      periods: [{ kind: 'suspension', reason: 'contrat_suspendu', start: '01/03/2026', end: '31/03/2026' }],
    });
    expect(w.passes).toHaveLength(1);
    expect(w.currentPass).toMatchObject({ computedEnd: '2028-02-03', endDateOverride: '2028-02-10', end: '2028-02-10' });
    expect(count('pass_iae_periods')).toBe(1);
  });

  it('gives the status on today: à venir, valide, suspendu, expiré', () => {
    const statusOf = (pass: Record<string, unknown>) => {
      const id = create(minimal(`Test${count('workers')}`, 'Jean', '01/01/1980'));
      return savePass(id, pass).currentPass!.status;
    };
    expect(statusOf({ number: 'BBBB00000001', startDate: addDays(today, 1) })).toBe('a_venir');
    expect(statusOf({ number: 'BBBB00000002', startDate: today })).toBe('valide');
    expect(statusOf({ number: 'BBBB00000003', startDate: addDays(today, -729) })).toBe('valide');
    expect(statusOf({ number: 'BBBB00000004', startDate: addDays(today, -730) })).toBe('expire');
    expect(
      statusOf({
        number: 'BBBB00000005',
        startDate: addDays(today, -60),
        periods: [{ kind: 'suspension', reason: 'contrat_rompu', start: addDays(today, -20), end: addDays(today, 20) }],
      }),
    ).toBe('suspendu');
    // An expired PASS whose end the office pushed back is valid again.
    expect(statusOf({ number: 'BBBB00000006', startDate: addDays(today, -800), endDateOverride: addDays(today, 5) })).toBe('valide');
  });

  it('refuses a 13-month prolongation on the period\'s end field, saving nothing', () => {
    const id = create({});
    const e = failure(
      backend.dispatch('workers.savePass', {
        workerId: id,
        number: '999999123456',
        startDate: '05/01/2026',
        periods: [{ kind: 'prolongation', reason: 'formation', start: '05/01/2028', end: '05/02/2029' }],
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({ 'periods.0.end': 'Une prolongation dure au plus 12 mois.' });
    expect(count('pass_iae')).toBe(0);
  });

  it('refuses a suspension reason on a prolongation, and a bad period date, by period', () => {
    const id = create({});
    const e = failure(
      backend.dispatch('workers.savePass', {
        workerId: id,
        number: '999999123456',
        startDate: '05/01/2026',
        periods: [
          { kind: 'suspension', reason: 'autre', start: '01/02/2026', end: '10/03/2026' },
          { kind: 'prolongation', reason: 'contrat_rompu', start: '05/01/2028', end: '05/06/2028' },
          { kind: 'suspension', reason: 'autre', start: '30/02/2026', end: '10/03/2026' },
        ],
      }),
    );
    expect(e.fields).toEqual({
      'periods.1.reason': "Ce motif n'est pas un motif de prolongation.",
      'periods.2.start': "Cette date n'existe pas.",
    });
  });

  it('refuses a PASS number that is not 12 characters, and an end before the start', () => {
    const id = create({});
    expect(failure(backend.dispatch('workers.savePass', { workerId: id, number: '12345', startDate: '05/01/2026' })).fields).toEqual({
      number: 'Le numéro de PASS IAE comporte 12 chiffres ou lettres.',
    });
    expect(
      failure(backend.dispatch('workers.savePass', { workerId: id, number: '999999123456', startDate: '05/01/2026', endDateOverride: '01/01/2026' }))
        .fields,
    ).toEqual({ endDateOverride: 'La fin ne peut pas précéder le début du PASS.' });
    expect(count('pass_iae')).toBe(0);
  });

  it('refuses the same PASS number on another worker', () => {
    const a = create({});
    const b = create(minimal('Durand', 'Paul', '01/02/1990'));
    savePass(a, { number: '999999123456', startDate: '05/01/2026' });
    const e = failure(backend.dispatch('workers.savePass', { workerId: b, number: '9999 9912 3456', startDate: '05/01/2026' }));
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({ number: 'Ce numéro de PASS IAE est déjà enregistré pour un autre salarié.' });
    expect(count('pass_iae')).toBe(1);
  });

  it('refuses a PASS for a worker that does not exist, or another worker\'s PASS id', () => {
    expect(failure(backend.dispatch('workers.savePass', { workerId: 77, number: '999999123456', startDate: '05/01/2026' })).code).toBe('not_found');
    const a = create({});
    const b = create(minimal('Durand', 'Paul', '01/02/1990'));
    const passId = savePass(a, { number: '999999123456', startDate: '05/01/2026' }).currentPass!.id;
    expect(failure(backend.dispatch('workers.savePass', { workerId: b, passId, version: 1, number: '888888123456', startDate: '05/01/2026' })).code).toBe(
      'not_found',
    );
  });

  it('shows the latest PASS as the current one', () => {
    const id = create({});
    savePass(id, { number: 'OLD000000001', startDate: '05/01/2020' });
    const w = savePass(id, { number: 'NEW000000001', startDate: '05/01/2026' });
    expect(w.passes.map((p) => p.number)).toEqual(['NEW000000001', 'OLD000000001']);
    expect(w.currentPass?.number).toBe('NEW000000001');
  });
});

// ------------------------------------------------------------------ diagnosis

describe('workers.addDiagnosis', () => {
  it('a diagnosis by an authorised prescriber needs no criterion', () => {
    const id = create({});
    const w = ok<WorkerDetail>(
      backend.dispatch('workers.addDiagnosis', { workerId: id, date: '10/12/2025', authorKind: 'prescripteur', authorName: 'France Travail Lyon 1' }),
    );
    expect(w.diagnoses).toEqual([
      {
        id: expect.any(Number),
        date: '2025-12-10',
        authorKind: 'prescripteur',
        authorName: 'France Travail Lyon 1',
        criteria: [],
        eligible: true,
        reason: "Diagnostic réalisé par un prescripteur habilité : aucun critère n'est exigé.",
      },
    ]);
    expect(w.referenced).toBe(true);
  });

  it('a diagnosis by the structure with one level-2 criterion is not eligible, and says why', () => {
    const id = create({});
    const w = ok<WorkerDetail>(backend.dispatch('workers.addDiagnosis', { workerId: id, date: '10/12/2025', authorKind: 'structure', criteria: ['qpv'] }));
    expect(w.diagnoses[0]).toMatchObject({
      eligible: false,
      reason: 'Il faut 1 critère de niveau 1 ou 2 critères de niveau 2 (actuellement : 1 critère de niveau 2).',
    });
    const w2 = ok<WorkerDetail>(
      backend.dispatch('workers.addDiagnosis', { workerId: id, date: '11/12/2025', authorKind: 'structure', criteria: ['qpv', 'niveau_cap'] }),
    );
    expect(w2.diagnoses[0]).toMatchObject({ date: '2025-12-11', eligible: true });
  });

  it('senior and jeune together are refused on the criteria field, saving nothing', () => {
    const id = create({});
    const e = failure(
      backend.dispatch('workers.addDiagnosis', { workerId: id, date: '10/12/2025', authorKind: 'prescripteur', criteria: ['senior', 'jeune'] }),
    );
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({ criteria: 'Critères incompatibles : « Senior (50 ans et plus) » et « Jeune (moins de 26 ans) ».' });
    expect(count('eligibility_diagnoses')).toBe(0);
  });

  it('refuses an unknown criterion and a missing author kind', () => {
    const id = create({});
    const e = failure(backend.dispatch('workers.addDiagnosis', { workerId: id, date: '10/12/2025', criteria: ['rsa', 'riche'] }));
    expect(e.fields).toEqual({ authorKind: 'Indiquez qui a réalisé le diagnostic.', 'criteria.1': 'Critère inconnu.' });
  });
});

// ------------------------------------------------------------------ archive, delete, audit

describe('archive, unarchive, delete', () => {
  it('archives and unarchives a worker', () => {
    const id = create({});
    ok(backend.dispatch('workers.archive', { id }));
    expect(get(id).archivedAt).not.toBeNull();
    ok(backend.dispatch('workers.unarchive', { id }));
    expect(get(id).archivedAt).toBeNull();
    expect(failure(backend.dispatch('workers.archive', { id: 999 })).code).toBe('not_found');
  });

  it('refuses to delete a worker who has a PASS IAE (rule), and deletes one who has nothing', () => {
    const withPass = create({});
    savePass(withPass, { number: '999999123456', startDate: '05/01/2026' });
    const e = failure(backend.dispatch('workers.delete', { id: withPass }));
    expect(e.code).toBe('rule');
    expect(e.message).toMatch(/archivez-le/);
    expect(get(withPass).id).toBe(withPass);

    const plain = create(minimal('Durand', 'Paul', '01/02/1990'));
    ok(backend.dispatch('workers.delete', { id: plain }));
    expect(failure(backend.dispatch('workers.get', { id: plain })).code).toBe('not_found');
    expect(count('workers')).toBe(1);
  });

  it('refuses to delete a worker who has a diagnosis', () => {
    const id = create({});
    ok(backend.dispatch('workers.addDiagnosis', { workerId: id, date: '10/12/2025', authorKind: 'prescripteur' }));
    expect(failure(backend.dispatch('workers.delete', { id })).code).toBe('rule');
  });

  it('writes who did what in the audit log', () => {
    const id = create({});
    ok(backend.dispatch('workers.archive', { id }));
    ok(backend.dispatch('workers.unarchive', { id }));
    savePass(id, { number: '999999123456', startDate: '05/01/2026' });
    ok(backend.dispatch('workers.addDiagnosis', { workerId: id, date: '10/12/2025', authorKind: 'prescripteur' }));
    const other = create(minimal('Durand', 'Paul', '01/02/1990'));
    ok(backend.dispatch('workers.delete', { id: other }));
    const rows = backend.sqlite!.prepare('SELECT actor, action, entity, entity_id AS entityId, details FROM audit_log ORDER BY id').all() as {
      actor: string;
      action: string;
      entity: string;
      entityId: string;
      details: string | null;
    }[];
    expect(rows.map((r) => [r.actor, r.action, r.entity])).toEqual([
      ['test', 'création', 'salarie'],
      ['test', 'archivage', 'salarie'],
      ['test', 'désarchivage', 'salarie'],
      ['test', 'création', 'pass_iae'],
      ['test', 'création', 'diagnostic'],
      ['test', 'création', 'salarie'],
      ['test', 'suppression', 'salarie'],
    ]);
    expect(rows[0]!.entityId).toBe(String(id));
    expect(JSON.parse(rows[6]!.details!)).toEqual({ nom: 'DURAND Paul' });
  });
});
