import { describe, expect, it } from 'vitest';
import { onTestHost } from './testing/http';
import type { ApiError } from './contract/result';

// Issue « no bad value stored »: each value the reliability review stored, sent to the real
// local web host (HTTP, the secret, the dispatcher, a real SQLite file), is refused with a French
// message on its field, and nothing is written. A malformed request gets one calm message,
// never zod's own words.

const web = onTestHost();

async function call(name: string, body: unknown): Promise<{ ok: boolean; error?: ApiError; value?: unknown }> {
  const res = await fetch(`${web.host.origin}/api/${name}`, {
    method: 'POST',
    headers: { ...web.headers, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return res.json() as Promise<{ ok: boolean; error?: ApiError; value?: unknown }>;
}

const count = (table: string) => web.env.backend.sqlite!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const worker = { civility: 'Mme', birthName: 'Moreau', firstName: 'Jeanne', birthDate: '04/03/1990' };
const client = { kind: 'entreprise', name: 'Boulangerie du Parc' };

/** The message on `field` when `values` are sent in a worker (or a client), and proof that nothing was stored. */
async function refusedWorker(values: Record<string, unknown>): Promise<Record<string, string>> {
  const r = await call('workers.create', { worker: { ...worker, ...values } });
  expect(r.ok, JSON.stringify(values)).toBe(false);
  expect(r.error!.code).toBe('validation');
  expect(count('workers')).toBe(0);
  return r.error!.fields ?? {};
}
async function refusedClient(values: Record<string, unknown>): Promise<Record<string, string>> {
  const r = await call('clients.create', { client: { ...client, ...values } });
  expect(r.ok, JSON.stringify(values)).toBe(false);
  expect(count('clients')).toBe(0);
  return r.error!.fields ?? {};
}

const INVISIBLE = /^Ce texte contient un caractère invisible interdit/;

describe('no bad value stored', () => {
  it('refuses NUL, ESC and right-to-left override characters in names, addresses and cities', async () => {
    for (const bad of ['Jea\u0000nne', 'Jeanne\u001b[31m', '\u202eennaeJ', 'Jean\u2066ne']) {
      expect((await refusedWorker({ firstName: bad }))['worker.firstName']).toMatch(INVISIBLE);
      expect((await refusedWorker({ birthName: bad }))['worker.birthName']).toMatch(INVISIBLE);
      expect((await refusedWorker({ addressLine1: bad }))['worker.addressLine1']).toMatch(INVISIBLE);
      expect((await refusedWorker({ city: bad }))['worker.city']).toMatch(INVISIBLE);
      expect((await refusedClient({ name: bad }))['client.name']).toMatch(INVISIBLE);
      expect((await refusedClient({ city: bad }))['client.city']).toMatch(INVISIBLE);
    }
    const org = await call('settings.saveOrganisation', { name: 'AI\u202e du Rhône', defaultBilledRateCents: 2200, etpAnnualMinutes: 96420, version: 0 });
    expect(org.error?.fields?.name).toMatch(INVISIBLE);
    expect(count('organisation')).toBe(0);
  });

  it('refuses line breaks in one-line fields, and keeps them in notes', async () => {
    expect((await refusedWorker({ birthName: 'Moreau\nDupont' }))['worker.birthName']).toBe('Ce champ tient sur une ligne : retirez les retours à la ligne.');
    expect((await refusedClient({ addressLine1: '3 rue A\r\n69001 Lyon' }))['client.addressLine1']).toBe('Ce champ tient sur une ligne : retirez les retours à la ligne.');
    const saved = await call('workers.create', { worker: { ...worker, notes: 'Ligne 1\nLigne 2' } });
    expect(saved.ok).toBe(true);
    expect(web.env.backend.sqlite!.prepare('SELECT notes FROM workers').pluck().get()).toBe('Ligne 1\nLigne 2');
    web.env.backend.sqlite!.prepare('DELETE FROM workers').run();
  });

  it('refuses dates such as 0000-01-01 and 9999-12-31', async () => {
    for (const date of ['0000-01-01', '9999-12-31']) {
      expect((await refusedWorker({ birthDate: date }))['worker.birthDate']).toMatch(/^Date hors des limites : elle doit être entre le 01\/01\/1900 et aujourd'hui\.$/);
      expect((await refusedWorker({ status: 'en_parcours', entryDate: date }))['worker.entryDate']).toMatch(/^Date hors des limites/);
      expect((await refusedClient({ lastLayoffDate: date, lastLayoffPost: 'Vendeur' }))['client.lastLayoffDate']).toMatch(/^Date hors des limites/);
    }
  });

  it('refuses an hourly rate of 2⁵³−1 cents, and caps amounts and durations', async () => {
    expect((await refusedClient({ hourlyRateCents: 2 ** 53 - 1 }))['client.hourlyRateCents']).toBe('Montant trop élevé : 200,00\u00a0€ au plus.');
    const org = await call('settings.saveOrganisation', { name: 'AI', defaultBilledRateCents: 2 ** 53 - 1, etpAnnualMinutes: 2 ** 53 - 1, version: 0 });
    expect(org.error?.fields).toEqual({ defaultBilledRateCents: 'Montant trop élevé : 200,00\u00a0€ au plus.', etpAnnualMinutes: 'Durée trop longue : 2500 heures au plus.' });
    expect(count('organisation')).toBe(0);
  });

  it('reads "0x10" as nothing, not as 16', async () => {
    expect((await refusedClient({ paymentTermsDays: '0x10' }))['client.paymentTermsDays']).toBe('Délai de paiement : un nombre de jours entre 0 et 120.');
    expect((await refusedClient({ paymentTermsDays: '1e1' }))['client.paymentTermsDays']).toBe('Délai de paiement : un nombre de jours entre 0 et 120.');
    expect((await refusedClient({ hourlyRateCents: '0x10' }))['client.hourlyRateCents']).toBe('Montant invalide : saisissez par exemple 22,50.');
    const saved = await call('clients.create', { client: { ...client, paymentTermsDays: '16' } });
    expect(saved.ok).toBe(true);
    expect(web.env.backend.sqlite!.prepare('SELECT payment_terms_days FROM clients').pluck().get()).toBe(16);
    const id = (saved.value as { id: number }).id;
    const year = await call('clients.addMembership', { clientId: id, year: '0x7EA', amountCents: 2000, paidOn: '05/01/2026', means: 'cheque' });
    expect(year.error?.fields).toEqual({ year: 'Année invalide (exemple : 2026).' });
    expect(count('memberships')).toBe(0);
    web.env.backend.sqlite!.prepare('DELETE FROM clients').run();
  });
});

describe('a malformed request', () => {
  const CALM = /^Cette demande n'a pas la forme attendue : rien n'a été enregistré\./;
  const ZOD_WORDS = /\w+ attendue?,|reçue?\b|Entrée invalide|Clé non reconnue|Expected|received|Invalid input/;

  it('gets one calm French message, never zod’s own words', async () => {
    for (const [name, body] of [
      ['workers.create', []],
      ['workers.create', { worker: [] }],
      ['workers.create', { worker: 'Moreau' }],
      ['clients.get', { id: 'un' }],
      ['workers.list', { search: 42 }],
      ['settings.getOrganisation', { surprise: true }],
      ['placements.create', { placement: { ...worker }, confirmed: 'oui' }],
    ] as const) {
      const r = await call(name, body);
      expect(r.ok, `${name} ${JSON.stringify(body)}`).toBe(false);
      expect(r.error!.message, name).toMatch(CALM);
      expect(JSON.stringify(r.error), name).not.toMatch(ZOD_WORDS);
    }
    const unreadable = await call('workers.create', '{"worker": ');
    expect(unreadable.error!.message).toMatch(CALM);
    expect(count('workers')).toBe(0);
  });

  it('keeps the fields’ own messages beside the calm one', async () => {
    const r = await call('workers.create', { worker: { ...worker, birthDate: '31/02/1990', skills: 'menage' } });
    expect(r.error!.message).toMatch(CALM);
    expect(r.error!.fields).toEqual({ 'worker.birthDate': "Cette date n'existe pas." });
  });
});
