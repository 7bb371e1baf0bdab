import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import { failure, ok, seeder } from '../testing/seed';
import type { Backend } from '../backend';
import type { ClientDetail, ClientInput, ClientList } from '../contract/clients';
import type { PlacementDetail } from '../contract/placements';
import type { SearchHit } from '../contract/search';

// A particulier is a person, named by civility, last name and first name, and addressed as
// « Mme Jeanne MOREAU » everywhere; an organisation keeps its raison sociale.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(b);
});

const create = (client: ClientInput) => ok<{ id: number }>(backend.dispatch('clients.create', { client })).id;
const get = (id: number) => ok<ClientDetail>(backend.dispatch('clients.get', { id }));
const names = () => ok<ClientList>(backend.dispatch('clients.list', {})).rows.map((r) => r.name);
const moreau: ClientInput = { kind: 'particulier', civility: 'Mme', lastName: 'Moreau', firstName: 'Jeanne' };

describe('a particulier', () => {
  it('is saved with civility, last and first name, and addressed as « Mme Jeanne MOREAU »', () => {
    const id = create(moreau);
    expect(get(id)).toMatchObject({ civility: 'Mme', lastName: 'Moreau', firstName: 'Jeanne', name: null, displayName: 'Mme Jeanne MOREAU', nameToReview: false });
    expect(names()).toEqual(['Mme Jeanne MOREAU']);
    const hits = ok<SearchHit[]>(backend.dispatch('search.global', { query: 'moreau' }));
    expect(hits.map((h) => h.label)).toEqual(['Mme Jeanne MOREAU']);
  });

  it('needs civility, last and first name; an organisation needs its raison sociale', () => {
    const e = failure(backend.dispatch('clients.create', { client: { kind: 'particulier', name: 'Mme Jeanne Moreau', civility: '', lastName: ' ' } }));
    expect(e.fields).toEqual({
      'client.civility': 'Choisissez Madame ou Monsieur.',
      'client.lastName': 'Ce champ est obligatoire.',
      'client.firstName': 'Ce champ est obligatoire.',
    });
    expect(failure(backend.dispatch('clients.create', { client: { kind: 'entreprise', lastName: 'Moreau' } })).fields).toEqual({
      'client.name': 'Ce champ est obligatoire.',
    });
  });

  it('is sorted under her last name among organisations', () => {
    for (const name of ['Atelier Vert', 'Mairie de Bron', 'Zèbre et Cie']) create({ kind: 'entreprise', name });
    create(moreau);
    create({ kind: 'particulier', civility: 'M.', lastName: 'Dupont', firstName: 'Jean-Pierre' });
    expect(names()).toEqual(['Atelier Vert', 'M. Jean-Pierre DUPONT', 'Mairie de Bron', 'Mme Jeanne MOREAU', 'Zèbre et Cie']);
  });

  it('keeps only the names of its kind: an organisation drops civility and first name, and the reverse', () => {
    const id = create({ ...moreau, name: 'ignorée' });
    expect(get(id).name).toBeNull();
    ok(backend.dispatch('clients.update', { id, version: get(id).version, client: { ...moreau, kind: 'association', name: 'Les Amis de Jeanne' } }));
    expect(get(id)).toMatchObject({ name: 'Les Amis de Jeanne', civility: null, lastName: null, firstName: null, displayName: 'Les Amis de Jeanne' });
  });

  it('leaves the name to review once saved by the office', () => {
    const id = create(moreau);
    backend.sqlite!.prepare("UPDATE clients SET civility = NULL, first_name = NULL, last_name = 'Famille Moreau', name_review = 1 WHERE id = ?").run(id);
    expect(get(id)).toMatchObject({ nameToReview: true, displayName: 'Famille Moreau' });
    ok(backend.dispatch('clients.update', { id, version: get(id).version, client: moreau }));
    expect(get(id)).toMatchObject({ nameToReview: false, displayName: 'Mme Jeanne MOREAU' });
  });

  it('is addressed the same way by placements and their alerts', () => {
    const c = seed.client('particulier', { name: 'Mme Jeanne Moreau' });
    const p = seed.placement(seed.worker({ birthName: 'Lefèvre', firstName: 'Hélène' }), c, '2026-03-02', '2026-03-31');
    expect(ok<PlacementDetail>(backend.dispatch('placements.get', { id: p })).clientName).toBe('Mme Jeanne MOREAU');
    expect(ok<{ rows: { clientName: string; clientSortName: string }[] }>(backend.dispatch('placements.list', {})).rows).toMatchObject([
      { clientName: 'Mme Jeanne MOREAU', clientSortName: 'Moreau Jeanne' },
    ]);
  });
});
