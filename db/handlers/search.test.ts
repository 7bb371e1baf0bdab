import { describe, expect, it } from 'vitest';
import { onFreshBackend, unwrap } from '../testing/backend';
import type { Backend } from '../backend';
import type { SearchHit } from '../contract/search';
import type { WorkerList } from '../contract/workers';
import type { ClientList } from '../contract/clients';
import type { PlacementRow } from '../contract/placements';
import { nirKey } from '../rules/nir';

// The list searches and Ctrl+K, through the dispatcher on a real file: names with apostrophes
// and hyphens found however they are typed, a worker found by its NIR and its PASS IAE number.

let backend: Backend;
onFreshBackend((b) => {
  backend = b;
});

const ok = unwrap;

const NIR = `2900375112045${String(nirKey('2900375112045')).padStart(2, '0')}`;

function worker(birthName: string, firstName: string, more: Record<string, unknown> = {}): number {
  const w = { civility: 'Mme', birthName, firstName, birthDate: '1990-03-04', status: 'candidat', ...more };
  return ok<{ id: number }>(backend.dispatch('workers.create', { worker: w })).id;
}

const listed = (search: string) => ok<WorkerList>(backend.dispatch('workers.list', { search })).rows.map((r) => r.name);
const found = (query: string) => ok<SearchHit[]>(backend.dispatch('search.global', { query })).map((h) => h.label);

describe('searching names with apostrophes and hyphens', () => {
  it("finds N'DIAYE, N'GUESSAN, D'ALMEIDA and DUPONT-LEFÈVRE however they are typed", () => {
    worker("N'DIAYE", 'Awa');
    worker("N'Guessan", 'Koffi');
    worker("d'Almeida", 'Rui');
    worker('Dupont-Lefèvre', 'Hélène');
    worker('Diallo', 'Mariam');
    for (const [query, name] of [
      ['ndiaye', "N'DIAYE Awa"],
      ["n'diaye", "N'DIAYE Awa"],
      ['nguessan', "N'GUESSAN Koffi"],
      ['dalmeida', "D'ALMEIDA Rui"],
      ['almeida', "D'ALMEIDA Rui"],
      ['dupontlefevre', 'DUPONT-LEFÈVRE Hélène'],
      ['dupont lef', 'DUPONT-LEFÈVRE Hélène'],
    ] as const) {
      expect(listed(query), query).toEqual([name]);
      expect(found(query), query).toEqual([name]);
    }
  });

  it('finds a client and its placements the same way', () => {
    const awa = worker("N'DIAYE", 'Awa');
    const client = ok<{ id: number }>(
      backend.dispatch('clients.create', { client: { kind: 'particulier', civility: 'M.', lastName: "D'Almeida", firstName: 'Rui', postalCode: '69001', city: 'Lyon' } }),
    ).id;
    expect(ok<ClientList>(backend.dispatch('clients.list', { search: 'dalmeida' })).rows.map((r) => r.name)).toEqual(["M. Rui D'ALMEIDA"]);
    ok(backend.dispatch('clients.addMembership', { clientId: client, year: new Date().getFullYear(), amountCents: 2000, paidOn: new Date().toISOString().slice(0, 10), means: 'cheque' }));
    ok(backend.dispatch('workers.savePass', { workerId: awa, number: '999992612345', startDate: new Date().toISOString().slice(0, 10) }));
    const today = new Date().toISOString().slice(0, 10);
    const placement = { workerId: awa, clientId: client, taskKind: 'menage', startDate: today, endDate: today, billedRateCents: 2200, wageRateCents: 1200 };
    ok(backend.dispatch('placements.create', { placement, confirmed: ['diagnostic_absent'] }));
    const rows = ok<{ rows: PlacementRow[] }>(backend.dispatch('placements.list', { search: 'ndiaye dalmeida' })).rows;
    expect(rows.map((r) => r.workerName)).toEqual(["N'DIAYE Awa"]);
  });
});

describe('searching by number', () => {
  it('finds a worker by its NIR and its PASS IAE number, typed plain or grouped, in the list and in Ctrl+K', () => {
    const awa = worker('Konaté', 'Awa', { nir: NIR });
    worker('Konaté', 'Moussa');
    ok(backend.dispatch('workers.savePass', { workerId: awa, number: '999992612345', startDate: '05/01/2026' }));
    for (const query of [NIR, '2 90 03 75 112 045', '999992612345', '99999 26 12345', 'konate 999992612345']) {
      expect(listed(query), query).toEqual(['KONATÉ Awa']);
      expect(found(query), query).toEqual(['KONATÉ Awa']);
    }
  });

  it('finds a worker by a PASS number given on import', () => {
    const file = 'Civilité;Nom;Prénom;Né le;N° PASS IAE;Début du PASS IAE\r\nMme;Sow;Fatou;04/03/1990;999992699999;05/01/2026\r\n';
    const fileBase64 = Buffer.from(file, 'utf8').toString('base64');
    const preview = ok<{ mapping: Record<string, number | null> }>(backend.dispatch('workers.importPreview', { fileBase64 }));
    ok(backend.dispatch('workers.importCommit', { fileBase64, mapping: preview.mapping }));
    expect(listed('99999 26 99999')).toEqual(['SOW Fatou']);
  });
});
