import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../http-host';
import { TEST_ACCOUNT, tempBackend } from '../testing/backend';
import { loginOverHttp } from '../testing/http';
import type { ApiError } from '../contract/result';
import { FORBIDDEN_WORK } from '../contract/rule-settings';

// No silent overwrite (issue 9), through the real HTTP API on a real SQLite file: two windows
// read the same record; the first saves; the second, still on the version it read, is refused
// with the fields changed since, and nothing it sent is stored. Saved on the new version, it goes.

let env: ReturnType<typeof tempBackend>;
let host: HttpHost;
let staticDir: string;
let session: string;

beforeEach(async () => {
  env = tempBackend();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Passerelle</title>');
  host = await startHttpHost({ backend: env.raw, staticDir });
  session = await loginOverHttp(host, TEST_ACCOUNT.login, TEST_ACCOUNT.password);
});
afterEach(async () => {
  await host.close();
  env.cleanup();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

type Answer = { ok: true; value: unknown } | { ok: false; error: ApiError };

async function call(name: string, input: unknown): Promise<Answer> {
  const res = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'x-passerelle-secret': host.secret, 'x-passerelle-session': session, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Answer;
}
async function ok<T>(name: string, input: unknown): Promise<T> {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`Appel refusé : ${JSON.stringify(r.error)}`);
  return r.value as T;
}
async function refused(name: string, input: unknown): Promise<ApiError> {
  const r = await call(name, input);
  if (r.ok) throw new Error(`Appel accepté alors qu'il devait être refusé : ${JSON.stringify(r.value)}`);
  return r.error;
}

const KEPT = 'Vos saisies sont conservées : vérifiez puis enregistrez à nouveau.';

const worker = { civility: 'Mme', birthName: 'Moreau', firstName: 'Jeanne', birthDate: '02/06/1984', phone: '06 11 11 11 11', city: 'Lyon' };

describe('a stale save is refused, naming what changed since', () => {
  it('a worker: the second window is refused with the fields the first changed; nothing of it is stored; on the new version it saves', async () => {
    const { id } = await ok<{ id: number }>('workers.create', { worker });
    const read = await ok<{ version: number }>('workers.get', { id });
    expect(read.version).toBe(1);
    // Window 1 changes the phone and the address.
    await ok('workers.update', { id, version: read.version, worker: { ...worker, phone: '06 22 22 22 22', addressLine1: '3 rue Neuve' } });
    // Window 2, still on version 1, changes the city.
    const e = await refused('workers.update', { id, version: read.version, worker: { ...worker, city: 'Villeurbanne' } });
    expect(e.code).toBe('stale');
    expect(e.message).toBe(`Ce salarié a été modifié entre-temps par test : adresse, téléphone. ${KEPT}`);
    expect(e.stale).toEqual({ version: 2, fields: ['addressLine1', 'phone'], by: ['test'] });
    expect(await ok('workers.get', { id })).toMatchObject({ version: 2, phone: '06 22 22 22 22', addressLine1: '3 rue Neuve', city: 'Lyon' });
    // After review, the save carries the new version.
    await ok('workers.update', { id, version: 2, worker: { ...worker, phone: '06 22 22 22 22', addressLine1: '3 rue Neuve', city: 'Villeurbanne' } });
    expect(await ok('workers.get', { id })).toMatchObject({ version: 3, city: 'Villeurbanne', phone: '06 22 22 22 22' });
  });

  it('a worker archived meanwhile: the save names it', async () => {
    const { id } = await ok<{ id: number }>('workers.create', { worker });
    await ok('workers.archive', { id });
    const e = await refused('workers.update', { id, version: 1, worker });
    expect(e.message).toBe(`Ce salarié a été modifié entre-temps par test : archivage. ${KEPT}`);
  });

  it('a client, and its work address edited apart', async () => {
    const client = { kind: 'entreprise', name: 'Boulangerie du Parc', phone: '04 78 00 00 00' };
    const { id } = await ok<{ id: number }>('clients.create', { client });
    await ok('clients.update', { id, version: 1, client: { ...client, contactName: 'M. Martin' } });
    const e = await refused('clients.update', { id, version: 1, client: { ...client, phone: '04 78 11 11 11' } });
    expect(e.message).toBe(`Cet utilisateur a été modifié entre-temps par test : personne à contacter. ${KEPT}`);
    expect(await ok('clients.get', { id })).toMatchObject({ version: 2, phone: '04 78 00 00 00' });

    const place = { clientId: id, label: 'Entrepôt', addressLine1: '1 rue du Port', postalCode: '69007', city: 'Lyon' };
    const detail = await ok<{ workAddresses: { id: number; version: number }[] }>('clients.saveWorkAddress', { ...place, id: null });
    const a = detail.workAddresses[0]!;
    await ok('clients.saveWorkAddress', { ...place, id: a.id, version: a.version, addressLine1: '2 rue du Port' });
    const stale = await refused('clients.saveWorkAddress', { ...place, id: a.id, version: a.version, label: 'Dépôt' });
    expect(stale.message).toBe(`Ce lieu de travail a été modifié entre-temps par test : adresse. ${KEPT}`);
    // Changing an address needs the version it was read at.
    expect((await refused('clients.saveWorkAddress', { ...place, id: a.id, label: 'Dépôt' })).fields).toEqual({
      version: 'La version de la fiche lue manque : rechargez la page puis enregistrez à nouveau.',
    });
  });

  it('a placement (and its status), and a PASS IAE', async () => {
    const { id: workerId } = await ok<{ id: number }>('workers.create', { worker });
    await ok('workers.addDiagnosis', { workerId, date: '05/01/2026', authorKind: 'prescripteur', criteria: [] });
    const w = await ok<{ currentPass: { id: number; version: number } }>('workers.savePass', { workerId, number: 'AAAA11112222', startDate: '05/01/2026' });
    const pass = w.currentPass;
    await ok('workers.savePass', { workerId, passId: pass.id, version: pass.version, number: 'AAAA11112222', startDate: '06/01/2026' });
    const e = await refused('workers.savePass', { workerId, passId: pass.id, version: pass.version, number: 'BBBB11112222', startDate: '05/01/2026' });
    expect(e.message).toBe(`Ce PASS IAE a été modifié entre-temps par test : début du PASS. ${KEPT}`);

    const { id: clientId } = await ok<{ id: number }>('clients.create', { client: { kind: 'collectivite', name: 'Mairie de Bron' } });
    const placement = { workerId, clientId, taskKind: 'menage', startDate: '02/03/2026', endDate: '30/06/2026', billedRateCents: '22', wageRateCents: '12' };
    const { id } = await ok<{ id: number }>('placements.create', { placement, confirmed: ['adhesion_absente'] });
    await ok('placements.update', { id, version: 1, placement: { ...placement, endDate: '31/07/2026' }, confirmed: [] });
    const stale = await refused('placements.update', { id, version: 1, placement: { ...placement, notes: 'Clés chez la gardienne' }, confirmed: [] });
    expect(stale.message).toBe(`Cette mission a été modifiée entre-temps par test : fin. ${KEPT}`);
    const status = await refused('placements.setStatus', { id, version: 1, status: 'annulee' });
    expect(status.code).toBe('stale');
    expect(await ok('placements.get', { id })).toMatchObject({ version: 2, status: 'prevue', endDate: '2026-07-31', notes: null });
  });

  it('the organisation settings, first saved on version 0', async () => {
    const org = { name: "L'Échelier", defaultBilledRateCents: '22', etpAnnualMinutes: '1607' };
    expect(await ok('settings.getOrganisation', {})).toMatchObject({ configured: false, version: 0 });
    await ok('settings.saveOrganisation', { ...org, version: 0 });
    const second = await refused('settings.saveOrganisation', { ...org, version: 0, phone: '04 78 00 00 00' });
    expect(second.code).toBe('stale');
    await ok('settings.saveOrganisation', { ...org, version: 1, city: 'Lyon', siret: '' });
    const e = await refused('settings.saveOrganisation', { ...org, version: 1, phone: '04 78 00 00 00' });
    expect(e.message).toBe(`Les paramètres de l'organisation ont été modifiés entre-temps par test : commune. ${KEPT}`);
    expect(await ok('settings.getOrganisation', {})).toMatchObject({ version: 2, city: 'Lyon', phone: null });
  });

  it('the rule settings', async () => {
    expect(await ok('settings.getRules', {})).toMatchObject({ version: 0 });
    await ok('settings.saveRules', { version: 0, territory: [{ postalCode: '69001', city: 'Lyon' }] });
    const e = await refused('settings.saveRules', { version: 0, forbiddenWork: ['amiante'] });
    expect(e.message).toBe(`Les règles des missions ont été modifiées entre-temps par test : communes du territoire. ${KEPT}`);
    expect(await ok('settings.getRules', {})).toMatchObject({ version: 1, forbiddenWork: FORBIDDEN_WORK.map((w) => w.code), territory: [{ postalCode: '69001', city: 'Lyon' }] });
  });

  it('an update without its version is refused as a malformed save', async () => {
    const { id } = await ok<{ id: number }>('workers.create', { worker });
    const e = await refused('workers.update', { id, worker });
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({ version: 'La version de la fiche lue manque : rechargez la page puis enregistrez à nouveau.' });
  });
});
