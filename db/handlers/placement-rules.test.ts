import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { PlacementDetail } from '../contract/placements';
import type { RuleIssue } from '../contract/result';
import { failure, ok, seeder } from '../testing/seed';

// The placement rules that used to let the wrong thing through (issue 8): the worker's
// eligibility, the economic layoff's post, and the warnings confirmed once and for all.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

const START = '2026-03-02';
const END = '2026-06-30';

function create(workerId: number, clientId: number, more: Record<string, unknown> = {}, confirmed: string[] = []) {
  return backend.dispatch('placements.create', { placement: { ...seed.placementInput(workerId, clientId, START, END), ...more }, confirmed });
}
const get = (id: number) => ok<PlacementDetail>(backend.dispatch('placements.get', { id }));
const codes = (issues: RuleIssue[] | undefined) => (issues ?? []).map((i) => i.code);
const diagnose = (workerId: number, date: string, authorKind: 'prescripteur' | 'structure', criteria: string[]) =>
  ok(backend.dispatch('workers.addDiagnosis', { workerId, date, authorKind, criteria }));

describe('eligibility: the latest diagnosis decides', () => {
  it('refuses a worker whose latest diagnosis, by the association, does not meet the rule, even with every warning confirmed', () => {
    const w = seed.worker({ diagnosis: { authorKind: 'structure', criteria: ['jeune'], date: '2026-02-10' } });
    const c = seed.client('particulier');
    const e = failure(create(w, c, {}, ['diagnostic_absent', 'non_eligible']));
    expect(e.code).toBe('rule');
    expect(codes(e.issues)).toEqual(['non_eligible']);
    expect(e.message).toMatch(/dernier diagnostic d'éligibilité \(du 10\/02\/2026, par l'association\)/);
    expect(e.message).toMatch(/actuellement : 1 critère de niveau 2/);
    expect(seed.count('placements')).toBe(0);
    // The form's live verdict says the same before saving.
    const checked = ok<RuleIssue[]>(backend.dispatch('placements.check', { placement: seed.placementInput(w, c, START, END) }));
    expect(checked).toEqual(e.issues);
  });

  it('refuses on update too: a placement saved before cannot be saved again once the worker is found not eligible', () => {
    const w = seed.worker();
    const c = seed.client('particulier');
    const id = ok<{ id: number }>(create(w, c)).id;
    diagnose(w, '2026-02-20', 'structure', ['qpv']);
    const e = failure(backend.dispatch('placements.update', { id, version: get(id).version, placement: seed.placementInput(w, c, START, END), confirmed: [] }));
    expect(e.code).toBe('rule');
    expect(codes(e.issues)).toEqual(['non_eligible']);
    expect(codes(get(id).issues)).toEqual(['non_eligible']);
  });

  it('accepts 1 level-1 or 2 level-2 criteria by the association, and any diagnosis by an authorised prescriber', () => {
    const c = seed.client('particulier');
    ok(create(seed.worker({ diagnosis: { authorKind: 'structure', criteria: ['rsa'] } }), c));
    ok(create(seed.worker({ diagnosis: { authorKind: 'structure', criteria: ['senior', 'qpv'] } }), c));
    ok(create(seed.worker({ diagnosis: { authorKind: 'prescripteur', criteria: [] } }), c));
    // A later diagnosis by a prescriber replaces a failing one by the association.
    const w = seed.worker({ diagnosis: { authorKind: 'structure', criteria: ['qpv'], date: '2026-01-10' } });
    diagnose(w, '2026-02-01', 'prescripteur', []);
    ok(create(w, c));
    expect(seed.count('placements')).toBe(4);
  });

  it('asks to confirm when no diagnosis is recorded, then saves', () => {
    const w = seed.worker({ diagnosis: null });
    const c = seed.client('particulier');
    const e = failure(create(w, c));
    expect(e.code).toBe('confirm');
    expect(e.issues).toEqual([
      expect.objectContaining({ code: 'diagnostic_absent', severity: 'warning', message: "Aucun diagnostic d'éligibilité n'est enregistré pour ce salarié." }),
    ]);
    ok(create(w, c, {}, ['diagnostic_absent']));
  });
});

describe('economic layoff: the post is a task', () => {
  it('refuses a placement on the same task at that client within 6 months, even confirmed', () => {
    const w = seed.worker();
    const c = seed.client('entreprise', { lastLayoffDate: '2025-12-02', lastLayoffPost: 'manutention' });
    const e = failure(create(w, c, { taskKind: 'manutention' }, ['licenciement_economique', 'licenciement_meme_poste']));
    expect(e.code).toBe('rule');
    expect(codes(e.issues)).toEqual(['licenciement_meme_poste']);
    expect(e.issues![0]!.message).toMatch(/^Licenciement économique le 02\/12\/2025 sur le poste « Manutention » : pas de mise à disposition sur ce poste/);
    expect(seed.count('placements')).toBe(0);
    // Six months and a day later, the same post is open again.
    ok(create(w, c, { taskKind: 'manutention', startDate: '2026-06-03', endDate: '2026-06-30' }));
  });

  it('a different task stays a warning to confirm', () => {
    const w = seed.worker();
    const c = seed.client('entreprise', { lastLayoffDate: '2025-12-02', lastLayoffPost: 'manutention' });
    expect(codes(failure(create(w, c, { taskKind: 'menage' })).issues)).toEqual(['licenciement_economique']);
    ok(create(w, c, { taskKind: 'menage' }, ['licenciement_economique']));
  });

  it('the client form offers the tasks: a post in words is refused on its field', () => {
    const e = failure(
      backend.dispatch('clients.create', { client: { kind: 'entreprise', name: 'Transports Rhône', lastLayoffDate: '01/12/2025', lastLayoffPost: 'manutentionnaire' } }),
    );
    expect(e.fields).toEqual({ 'client.lastLayoffPost': 'Choisissez le poste dans la liste des tâches.' });
  });
});

describe('a confirmed warning is recorded (who, when) and not asked again', () => {
  it('stores the confirmation with the placement and in the journal, shows it on the placement, and does not ask it again on update', () => {
    const w = seed.worker();
    const c = seed.client('entreprise', { lastLayoffDate: '2025-12-02', lastLayoffPost: 'manutention', memberships: [] });
    const id = ok<{ id: number }>(create(w, c, {}, ['licenciement_economique', 'adhesion_absente'])).id;

    const issues = get(id).issues;
    expect(codes(issues)).toEqual(['licenciement_economique', 'adhesion_absente']);
    for (const i of issues) expect(i.confirmation).toEqual({ by: 'test', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const stored = backend.sqlite!.prepare('SELECT code, confirmed_by AS by FROM placement_confirmations WHERE placement_id = ? ORDER BY code').all(id);
    expect(stored).toEqual([
      { code: 'adhesion_absente', by: 'test' },
      { code: 'licenciement_economique', by: 'test' },
    ]);
    const created = seed.auditRows().find((r) => r.entity === 'mission' && r.action === 'création')!;
    expect(JSON.parse(created.details!).avertissementsConfirmes).toEqual([
      'Licenciement économique le 02/12/2025 sur le poste « Manutention » ; la mission porte sur « Ménage ».',
      "Pas d'adhésion enregistrée pour 2026 pour cet utilisateur.",
    ]);

    // Saved again without confirming anything: the warnings were confirmed, nothing is asked.
    const version = get(id).version;
    ok(backend.dispatch('placements.update', { id, version, placement: seed.placementInput(w, c, START, '2026-06-15'), confirmed: [] }));
    const checked = ok<RuleIssue[]>(backend.dispatch('placements.check', { placement: seed.placementInput(w, c, START, END), id }));
    expect(checked.every((i) => i.confirmation?.by === 'test')).toBe(true);
    const modified = seed.auditRows().find((r) => r.entity === 'mission' && r.action === 'modification')!;
    expect(JSON.parse(modified.details!).avertissementsConfirmes).toEqual([]);
  });

  it('asks again a warning that now says something else (another task), and forgets those that no longer apply', () => {
    const w = seed.worker();
    const c = seed.client('entreprise', { lastLayoffDate: '2025-12-02', lastLayoffPost: 'manutention', memberships: [] });
    const id = ok<{ id: number }>(create(w, c, {}, ['licenciement_economique', 'adhesion_absente'])).id;
    ok(backend.dispatch('clients.addMembership', { clientId: c, year: 2026, amountCents: '20', paidOn: '2026-01-15', means: 'cheque' }));
    const placement = { ...seed.placementInput(w, c, START, END), taskKind: 'bricolage' as const };
    const e = failure(backend.dispatch('placements.update', { id, version: get(id).version, placement, confirmed: [] }));
    expect(e.code).toBe('confirm');
    expect(codes(e.issues)).toEqual(['licenciement_economique']);
    ok(backend.dispatch('placements.update', { id, version: get(id).version, placement, confirmed: ['licenciement_economique'] }));
    const stored = backend.sqlite!.prepare('SELECT code, message FROM placement_confirmations WHERE placement_id = ?').all(id);
    expect(stored).toEqual([{ code: 'licenciement_economique', message: expect.stringContaining('la mission porte sur « Bricolage »') }]);
  });
});

describe('a layoff post typed in words before posts were tasks', () => {
  it('is shown for review on the client, warned on the placement with its words, and gone once the office chooses the task', () => {
    const w = seed.worker();
    const c = seed.client('entreprise', { lastLayoffDate: '2025-12-02', lastLayoffPost: 'manutention' });
    // What the update leaves for words that name no task (db/migration-steps.ts).
    backend.sqlite!.prepare("UPDATE clients SET last_layoff_post = NULL, last_layoff_post_review = 'agent polyvalent' WHERE id = ?").run(c);
    const client = ok<{ version: number; lastLayoffPost: string | null; lastLayoffPostReview: string | null }>(backend.dispatch('clients.get', { id: c }));
    expect(client).toMatchObject({ lastLayoffPost: null, lastLayoffPostReview: 'agent polyvalent' });
    const e = failure(create(w, c));
    expect(e.code).toBe('confirm');
    expect(e.issues![0]!.message).toMatch(/poste : « agent polyvalent », à choisir dans la liste des tâches/);

    ok(
      backend.dispatch('clients.update', {
        id: c,
        version: client.version,
        client: { kind: 'entreprise', name: 'Utilisateur', lastLayoffDate: '02/12/2025', lastLayoffPost: 'menage' },
      }),
    );
    expect(ok(backend.dispatch('clients.get', { id: c }))).toMatchObject({ lastLayoffPost: 'menage', lastLayoffPostReview: null });
    expect(codes(failure(create(w, c)).issues)).toEqual(['licenciement_meme_poste']);
  });
});
