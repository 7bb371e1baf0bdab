import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { ClientDetail, ClientFilters, ClientInput, ClientList } from '../contract/clients';
import type { ApiError } from '../contract/result';
import { luhnValid } from '../rules/siret';
import { todayIso } from '../base/dates';

let backend: Backend;
onFreshBackend((b) => {
  backend = b;
});

// ------------------------------------------------------------------ helpers

/** A SIRET with its right Luhn key, from its 13 first digits. */
function siret(first13: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(first13 + d)) return first13 + d;
  throw new Error('unreachable');
}

const SIRET = '732 829 320 00074';

const entreprise: ClientInput = {
  kind: 'entreprise',
  name: '  Boulangerie Lefèvre ',
  siret: SIRET,
  contactName: 'Mme Océane Roux',
  addressLine1: '3 place Bellecour',
  addressLine2: '',
  postalCode: '69002',
  city: 'Lyon',
  phone: '04 78 00 00 00',
  email: 'contact@boulangerie-lefevre.fr',
  hourlyRateCents: '22,50 €',
  paymentTermsDays: '45',
  lastLayoffDate: '',
  lastLayoffPost: '',
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

function create(client: Partial<ClientInput>, allowDuplicate = false): number {
  return ok<{ id: number }>(backend.dispatch('clients.create', { client: { ...entreprise, ...client }, allowDuplicate })).id;
}

const get = (id: number) => ok<ClientDetail>(backend.dispatch('clients.get', { id }));
const list = (filters: ClientFilters = {}) => ok<ClientList>(backend.dispatch('clients.list', filters));
const names = (filters: ClientFilters = {}) => list(filters).rows.map((r) => r.name);
const count = (table: string) => (backend.sqlite!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const thisYear = Number(todayIso(new Date()).slice(0, 4));

// ------------------------------------------------------------------ create

describe('clients.create and clients.get', () => {
  it('saves an entreprise typed in French and reads it back normalised; its hours count towards the 480 h', () => {
    const id = create({});
    expect(get(id)).toMatchObject({
      id,
      kind: 'entreprise',
      name: 'Boulangerie Lefèvre',
      siret: '73282932000074',
      contactName: 'Mme Océane Roux',
      addressLine2: null,
      postalCode: '69002',
      hourlyRateCents: 2250,
      paymentTermsDays: 45,
      counts480: true,
      lastLayoffDate: null,
      lastLayoffPost: null,
      notes: null,
      archivedAt: null,
      memberships: [],
      workAddresses: [],
      membershipPaid: false,
      referenced: false,
    });
  });

  it('an association does not count towards the 480 h by default; an explicit choice is kept', () => {
    const asso = create({ kind: 'association', name: 'Les Amis du Quartier', siret: '' });
    expect(get(asso)).toMatchObject({ counts480: false, siret: null });
    const assoCounted = create({ kind: 'association', name: 'Secours Mutuel', siret: '', counts480: true });
    expect(get(assoCounted).counts480).toBe(true);
    const entrepriseNot = create({ name: 'Garage Martin', siret: siret('4420306610001'), counts480: false });
    expect(get(entrepriseNot).counts480).toBe(false);
  });

  it('a particulier has 30 days to pay by default', () => {
    const id = create({ kind: 'particulier', civility: 'M.', lastName: 'Roux', firstName: 'Jean', siret: '', paymentTermsDays: '' });
    expect(get(id)).toMatchObject({ paymentTermsDays: 30, counts480: false });
  });

  it('refuses a bad SIRET with a French message on client.siret, saving nothing', () => {
    const e = failure(backend.dispatch('clients.create', { client: { ...entreprise, siret: '73282932000075' } }));
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({ 'client.siret': "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres." });
    expect(failure(backend.dispatch('clients.create', { client: { ...entreprise, siret: '7328293' } })).fields).toEqual({
      'client.siret': 'Le SIRET comporte 14 chiffres.',
    });
    expect(count('clients')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('reports every bad field at once, in French', () => {
    const e = failure(
      backend.dispatch('clients.create', {
        client: { ...entreprise, name: ' ', hourlyRateCents: '22,505', paymentTermsDays: '200', email: 'contact@' },
      }),
    );
    expect(e.fields).toEqual({
      'client.name': 'Ce champ est obligatoire.',
      'client.hourlyRateCents': 'Montant invalide : saisissez par exemple 22,50.',
      'client.paymentTermsDays': 'Délai de paiement : un nombre de jours entre 0 et 120.',
      'client.email': 'Adresse e-mail invalide (exemple : nom@exemple.fr).',
    });
  });

  it('an economic layoff needs its post and cannot be in the future', () => {
    expect(failure(backend.dispatch('clients.create', { client: { ...entreprise, lastLayoffDate: '01/06/2025' } })).fields).toEqual({
      'client.lastLayoffPost': 'Indiquez le poste concerné par le licenciement économique.',
    });
    const tomorrow = new Date(Date.now() + 86_400_000 * 2);
    expect(
      failure(backend.dispatch('clients.create', { client: { ...entreprise, lastLayoffDate: todayIso(tomorrow), lastLayoffPost: 'manutention' } })).fields,
    ).toEqual({ 'client.lastLayoffDate': expect.stringMatching(/^Date hors des limites : elle doit être entre le .* et aujourd'hui\.$/) });
  });

  it('keeps the last economic layoff and its post, one of the tasks', () => {
    const id = create({ lastLayoffDate: '15/09/2025', lastLayoffPost: 'manutention' });
    expect(get(id)).toMatchObject({ lastLayoffDate: '2025-09-15', lastLayoffPost: 'manutention', lastLayoffPostReview: null });
  });

  it('the same SIRET warns with a link (not blocking), then allowDuplicate creates it', () => {
    const first = create({});
    const e = failure(backend.dispatch('clients.create', { client: { ...entreprise, name: 'Boulangerie Lefèvre (2e site)', siret: '73282932000074' } }));
    expect(e.code).toBe('duplicate');
    expect(e.duplicates).toEqual([{ id: first, label: 'Boulangerie Lefèvre', why: 'même SIRET', to: `/utilisateurs/${first}`, blocking: false }]);
    expect(count('clients')).toBe(1);
    const second = create({ name: 'Boulangerie Lefèvre (2e site)' }, true);
    expect(second).not.toBe(first);
    expect(count('clients')).toBe(2);
  });

  it('answers not_found for a client that does not exist', () => {
    expect(failure(backend.dispatch('clients.get', { id: 5 })).code).toBe('not_found');
  });
});

describe('clients.update', () => {
  it('saves the new values and logs the fields changed', () => {
    const id = create({});
    ok(backend.dispatch('clients.update', { id, version: 1, client: { ...entreprise, city: 'Villeurbanne', hourlyRateCents: '23' } }));
    expect(get(id)).toMatchObject({ city: 'Villeurbanne', hourlyRateCents: 2300, version: 2 });
    const row = backend.sqlite!.prepare("SELECT details FROM audit_log WHERE action = 'modification'").get() as { details: string };
    expect(JSON.parse(row.details)).toEqual({ champs: ['city', 'hourlyRateCents'], version: 2 });
  });
});

// ------------------------------------------------------------------ memberships, work addresses

describe('memberships', () => {
  it('records this year\'s membership: the client is then up to date', () => {
    const id = create({});
    const c = ok<ClientDetail>(
      backend.dispatch('clients.addMembership', { clientId: id, year: String(thisYear), amountCents: '20 €', paidOn: `02/01/${thisYear}`, means: 'cheque' }),
    );
    expect(c.membershipPaid).toBe(true);
    expect(c.memberships).toEqual([{ id: expect.any(Number), year: thisYear, amountCents: 2000, paidOn: `${thisYear}-01-02`, means: 'cheque' }]);
    expect(c.referenced).toBe(true);
  });

  it('refuses the same year twice for a client', () => {
    const id = create({});
    const m = { clientId: id, year: thisYear, amountCents: 2000, paidOn: `02/01/${thisYear}`, means: 'virement' };
    ok(backend.dispatch('clients.addMembership', m));
    const e = failure(backend.dispatch('clients.addMembership', m));
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({ year: `L'adhésion ${thisYear} est déjà enregistrée pour cet utilisateur.` });
    expect(count('memberships')).toBe(1);
  });

  it('refuses a bad year, amount or means in French', () => {
    const id = create({});
    const e = failure(backend.dispatch('clients.addMembership', { clientId: id, year: '26', amountCents: 'vingt', paidOn: '', means: 'bitcoin' }));
    expect(e.fields).toEqual({
      year: 'Année invalide (exemple : 2026).',
      amountCents: 'Montant invalide : saisissez par exemple 22,50.',
      paidOn: 'Ce champ est obligatoire.',
      means: 'Choisissez le moyen de paiement.',
    });
  });

  it('lists clients whose membership of the year is missing or paid', () => {
    const paid = create({ name: 'Alpha' });
    create({ name: 'Bêta', siret: '' });
    const lastYearOnly = create({ name: 'Gamma', siret: '' });
    ok(backend.dispatch('clients.addMembership', { clientId: paid, year: thisYear, amountCents: 2000, paidOn: `02/01/${thisYear}`, means: 'cheque' }));
    ok(
      backend.dispatch('clients.addMembership', {
        clientId: lastYearOnly,
        year: thisYear - 1,
        amountCents: 2000,
        paidOn: `02/01/${thisYear - 1}`,
        means: 'cheque',
      }),
    );
    expect(names({ membership: 'a_jour' })).toEqual(['Alpha']);
    expect(names({ membership: 'manquante' })).toEqual(['Bêta', 'Gamma']);
    expect(names({ membership: 'a_jour', year: thisYear - 1 })).toEqual(['Gamma']);
    expect(list().year).toBe(thisYear);
    expect(list().rows.map((r) => [r.name, r.membershipPaid])).toEqual([
      ['Alpha', true],
      ['Bêta', false],
      ['Gamma', false],
    ]);
  });
});

describe('work addresses', () => {
  it('saves work places apart from the billing address, and edits one', () => {
    const id = create({});
    let c = ok<ClientDetail>(
      backend.dispatch('clients.saveWorkAddress', { clientId: id, label: 'Fournil', addressLine1: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }),
    );
    c = ok<ClientDetail>(
      backend.dispatch('clients.saveWorkAddress', { clientId: id, label: 'Boutique', addressLine1: '1 quai Saint-Antoine', addressLine2: 'RDC', postalCode: '69002', city: 'Lyon' }),
    );
    expect(c.workAddresses.map((a) => [a.label, a.addressLine1, a.addressLine2])).toEqual([
      ['Boutique', '1 quai Saint-Antoine', 'RDC'],
      ['Fournil', '8 rue Mercière', null],
    ]);
    const fournil = c.workAddresses.find((a) => a.label === 'Fournil')!;
    c = ok<ClientDetail>(
      backend.dispatch('clients.saveWorkAddress', { clientId: id, id: fournil.id, version: fournil.version, label: 'Fournil', addressLine1: '10 rue Mercière', postalCode: '69002', city: 'Lyon' }),
    );
    expect(c.workAddresses.find((a) => a.id === fournil.id)?.addressLine1).toBe('10 rue Mercière');
    expect(c.addressLine1).toBe('3 place Bellecour');
    expect(count('client_work_addresses')).toBe(2);
  });

  it('refuses a work place without a 5-digit postal code or city', () => {
    const id = create({});
    const e = failure(backend.dispatch('clients.saveWorkAddress', { clientId: id, label: 'Fournil', addressLine1: '8 rue Mercière', postalCode: '6902', city: '' }));
    expect(e.fields).toEqual({ postalCode: 'Le code postal comporte 5 chiffres.', city: 'Ce champ est obligatoire.' });
  });

  it('refuses to edit another client\'s work place', () => {
    const a = create({});
    const b = create({ name: 'Autre', siret: '' });
    const addr = ok<ClientDetail>(
      backend.dispatch('clients.saveWorkAddress', { clientId: a, label: 'Fournil', addressLine1: '8 rue Mercière', postalCode: '69002', city: 'Lyon' }),
    ).workAddresses[0]!;
    const e = failure(
      backend.dispatch('clients.saveWorkAddress', { clientId: b, id: addr.id, version: addr.version, label: 'Volé', addressLine1: '1 rue X', postalCode: '69001', city: 'Lyon' }),
    );
    expect(e.code).toBe('not_found');
    expect(get(a).workAddresses[0]?.label).toBe('Fournil');
  });
});

// ------------------------------------------------------------------ list

describe('clients.list', () => {
  it('searches names, contacts and cities whatever the accents and case', () => {
    create({});
    create({ kind: 'association', name: 'Élan Solidaire', siret: '', contactName: 'Noël Garçon', city: 'Écully' });
    create({ kind: 'collectivite', name: 'Mairie de Saint-Étienne', siret: '', contactName: '', city: 'Saint-Étienne' });
    expect(names({ search: 'lefevre' })).toEqual(['Boulangerie Lefèvre']);
    expect(names({ search: 'ELAN' })).toEqual(['Élan Solidaire']);
    expect(names({ search: 'noel garcon' })).toEqual(['Élan Solidaire']);
    expect(names({ search: 'ecully' })).toEqual(['Élan Solidaire']);
    expect(names({ search: 'saint etienne' })).toEqual(['Mairie de Saint-Étienne']);
    expect(names({ search: '73282932' })).toEqual(['Boulangerie Lefèvre']);
    expect(names({ kind: 'association' })).toEqual(['Élan Solidaire']);
  });

  it('sorts by name in French order, both ways, and by kind', () => {
    create({ name: 'Zèbre', siret: '' });
    create({ kind: 'association', name: 'Élan', siret: '' });
    create({ kind: 'particulier', civility: 'Mme', lastName: 'Duval', firstName: 'Anne', siret: '' });
    // A particulier is sorted under her last name, not under « Mme ».
    expect(names()).toEqual(['Mme Anne DUVAL', 'Élan', 'Zèbre']);
    expect(names({ sort: { column: 'name', direction: 'desc' } })).toEqual(['Zèbre', 'Élan', 'Mme Anne DUVAL']);
    expect(names({ sort: { column: 'kind', direction: 'asc' } })).toEqual(['Mme Anne DUVAL', 'Zèbre', 'Élan']);
  });

  it('hides archived clients unless asked; archive and unarchive are logged', () => {
    const id = create({});
    ok(backend.dispatch('clients.archive', { id }));
    expect(names()).toEqual([]);
    expect(names({ archived: 'archives' })).toEqual(['Boulangerie Lefèvre']);
    ok(backend.dispatch('clients.unarchive', { id }));
    expect(names()).toEqual(['Boulangerie Lefèvre']);
    const actions = backend.sqlite!.prepare("SELECT action FROM audit_log WHERE entity = 'utilisateur' ORDER BY id").pluck().all();
    expect(actions).toEqual(['création', 'archivage', 'désarchivage']);
  });
});

describe('clients.delete', () => {
  it('deletes a client with nothing attached, refuses one with a membership (rule)', () => {
    const plain = create({ name: 'Sans rien', siret: '' });
    ok(backend.dispatch('clients.delete', { id: plain }));
    expect(count('clients')).toBe(0);
    const member = create({});
    ok(backend.dispatch('clients.addMembership', { clientId: member, year: thisYear, amountCents: 2000, paidOn: `02/01/${thisYear}`, means: 'cheque' }));
    const e = failure(backend.dispatch('clients.delete', { id: member }));
    expect(e.code).toBe('rule');
    expect(count('clients')).toBe(1);
    const deleted = backend.sqlite!.prepare("SELECT details FROM audit_log WHERE action = 'suppression'").pluck().get() as string;
    expect(JSON.parse(deleted)).toEqual({ nom: 'Sans rien' });
  });
});
