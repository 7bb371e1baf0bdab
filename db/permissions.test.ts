import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contract, type CallName } from './contract';
import { allows, ROLE_CODES, type Role } from './contract/roles';
import type { Result } from './contract/result';
import type { Backend } from './backend';
import type { SessionSlot } from './auth/sessions';
import { asRole, tempBackend, unwrap } from './testing/backend';
import type { WorkerDetail } from './contract/workers';

// Every call of the contract × every role: a role without the call's permission is refused
// (`forbidden`) before the handler runs (nothing is written to the journal); a role with it gets
// past the gate (its answer is the handler's: a value, or a refusal of the input); without a
// session, only the public calls answer.

let env: ReturnType<typeof tempBackend>;
const slots = {} as Record<Role, SessionSlot>;

beforeAll(() => {
  env = tempBackend();
  for (const role of ROLE_CODES) asRole(env.raw, role, `matrice-${role}`);
});
afterAll(() => env.cleanup());
// A call may log its caller out or lock the session (auth.logout, auth.lock): fresh sessions each time.
beforeEach(() => {
  for (const role of ROLE_CODES) {
    slots[role] = { token: null };
    env.raw.openSession(slots[role], `matrice-${role}`);
  }
});

const journalSize = () => env.raw.sqlite!.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
const call = (name: CallName, slot?: SessionSlot): Promise<Result<unknown>> => env.raw.call(name, {}, slot);
const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

describe('every call × every role', () => {
  for (const name of Object.keys(contract) as CallName[]) {
    const { permission } = contract[name];
    const allowed = permission === 'public' ? ROLE_CODES : ROLE_CODES.filter((r) => allows(permission, r));
    const refused = ROLE_CODES.filter((r) => !allowed.includes(r));
    const title = refused.length > 0 ? `${name}: refused to ${refused.join(', ')}, open to ${allowed.join(', ')}` : `${name}: open to every role${permission === 'public' ? ' and without a session' : ', refused without a session'}`;
    it(title, async () => {
      for (const role of refused) {
        const before = journalSize();
        const r = await call(name, slots[role]);
        expect(code(r), `${name} en tant que ${role}`).toBe('forbidden');
        expect(r.ok ? '' : r.error.message).toMatch(/^Votre rôle \(.+\) ne permet pas cette action\.$/);
        expect(journalSize(), `${name} : rien au journal`).toBe(before);
      }
      for (const role of allowed) {
        const r = await call(name, slots[role]);
        expect(['forbidden', 'unauthenticated', 'locked'], `${name} en tant que ${role}`).not.toContain(code(r));
      }
      const anonymous = await call(name);
      if (permission === 'public') expect(['forbidden', 'unauthenticated']).not.toContain(code(anonymous));
      else expect(code(anonymous), `${name} sans session`).toBe('unauthenticated');
    });
  }

  it('gives every role some call it is refused and some it may make', () => {
    for (const role of ROLE_CODES.filter((r) => r !== 'direction')) {
      const names = Object.keys(contract) as CallName[];
      expect(names.some((n) => contract[n].permission !== 'public' && !allows(contract[n].permission, role))).toBe(true);
    }
    // Direction may make every call.
    expect((Object.keys(contract) as CallName[]).every((n) => allows(contract[n].permission, 'direction'))).toBe(true);
  });
});

describe('what each role sees of a diagnosis', () => {
  let backend: Backend;
  let workerId: number;
  beforeAll(() => {
    backend = env.backend;
    workerId = unwrap<{ id: number }>(
      backend.dispatch('workers.create', { worker: { civility: 'Mme', birthName: 'Roux', firstName: 'Anne', birthDate: '1980-01-01' } }),
    ).id;
    unwrap(backend.dispatch('workers.addDiagnosis', { workerId, date: '2026-01-10', authorKind: 'structure', criteria: ['rqth', 'justice', 'qpv', 'rsa'] }));
  });

  it('the chargé·e gets no health or justice criterion; the conseiller·ère and direction get them all', async () => {
    const seen = async (role: Role) => {
      const r = await env.raw.call('workers.get', { id: workerId }, slots[role]);
      return unwrap<WorkerDetail>(r).diagnoses[0]!;
    };
    const charge = await seen('charge');
    expect(charge.criteria).toEqual(['qpv', 'rsa'].filter((c) => charge.criteria.includes(c as never)));
    expect(charge.criteria).not.toContain('rqth');
    expect(charge.criteria).not.toContain('justice');
    expect(charge.hiddenCriteria).toBe(2);
    // The verdict stays: a placement depends on it.
    expect(charge.eligible).toBe(true);
    for (const role of ['conseiller', 'direction'] as const) {
      const d = await seen(role);
      expect(d.criteria).toEqual(expect.arrayContaining(['rqth', 'justice', 'qpv', 'rsa']));
      expect(d.hiddenCriteria).toBeUndefined();
    }
  });

  it('the chargé·e cannot add a diagnosis; the conseiller·ère can', async () => {
    const input = { workerId, date: '2026-02-01', authorKind: 'prescripteur', criteria: [] };
    expect(code(await env.raw.call('workers.addDiagnosis', input, slots.charge))).toBe('forbidden');
    expect(code(await env.raw.call('workers.addDiagnosis', input, slots.conseiller))).toBe('ok');
  });
});
