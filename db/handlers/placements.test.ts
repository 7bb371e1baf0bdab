import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { PlacementDetail, PlacementFilters, PlacementRow } from '../contract/placements';
import type { RuleIssue } from '../contract/result';
import { FORBIDDEN_WORK, type RuleSettings } from '../contract/rule-settings';
import { failure, ok, seeder } from '../testing/seed';

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
const list = (filters: PlacementFilters = {}) => ok<{ rows: PlacementRow[]; total: number }>(backend.dispatch('placements.list', filters));
const codes = (issues: RuleIssue[] | undefined) => (issues ?? []).map((i) => i.code);

describe('placements.create', () => {
  it('saves a valid placement and reads it back with get', () => {
    const w = seed.worker({ birthName: 'Lefèvre', firstName: 'Hélène' });
    const c = seed.client('particulier', { name: 'Mme Océane Roux' });
    const id = ok<{ id: number }>(create(w, c, { taskDetail: 'Ménage hebdomadaire', plannedMinutes: '35h30' })).id;
    expect(seed.count('placements')).toBe(1);
    expect(get(id)).toMatchObject({
      id,
      workerId: w,
      clientId: c,
      workerName: 'LEFÈVRE Hélène',
      workerPassNumber: expect.stringMatching(/^PASS\d{8}$/),
      workerPassEnd: '2028-01-04',
      workerPassStatus: 'valide',
      clientName: 'Mme Océane ROUX',
      clientKind: 'particulier',
      clientCounts480: false,
      taskKind: 'menage',
      taskDetail: 'Ménage hebdomadaire',
      startDate: START,
      endDate: END,
      plannedMinutes: 35 * 60 + 30,
      billedRateCents: 2250,
      wageRateCents: 1250,
      status: 'en_cours',
      place: expect.stringContaining('69001 LYON'),
      workedMinutes: 0,
      issues: [],
    });
  });

  it('refuses a worker whose PASS IAE has expired (rule, French message naming the PASS), saving nothing', () => {
    const w = seed.worker({ passStart: '2023-01-02' }); // ends 31/12/2024
    const c = seed.client('particulier');
    const e = failure(create(w, c));
    expect(e.code).toBe('rule');
    const issue = e.issues!.find((i) => i.code === 'pass_expire');
    expect(issue).toMatchObject({ severity: 'blocking' });
    expect(issue!.message).toMatch(/PASS IAE a expiré le 31\/12\/2024/);
    expect(e.message).toMatch(/^La mission ne peut pas être enregistrée/);
    expect(seed.count('placements')).toBe(0);
    expect(seed.auditRows().filter((r) => r.entity === 'mission')).toEqual([]);
  });

  it('refuses a worker without any PASS IAE, even with every warning confirmed', () => {
    const w = seed.worker({ passStart: null });
    const c = seed.client('particulier');
    const e = failure(create(w, c, {}, ['pass_absent']));
    expect(e.code).toBe('rule');
    expect(codes(e.issues)).toEqual(['pass_absent']);
    expect(e.issues![0]!.message).toMatch(/Pas de PASS IAE/);
    expect(seed.count('placements')).toBe(0);
  });

  it('a client without the membership of the year asks to confirm, then saves when confirmed', () => {
    const w = seed.worker();
    const c = seed.client('particulier', { memberships: [2025] });
    const e = failure(create(w, c));
    expect(e.code).toBe('confirm');
    expect(e.issues).toEqual([
      {
        code: 'adhesion_absente',
        severity: 'warning',
        message: "Pas d'adhésion enregistrée pour 2026 pour cet utilisateur.",
        ask: 'Enregistrez la cotisation ou confirmez.',
      },
    ]);
    expect(seed.count('placements')).toBe(0);
    const id = ok<{ id: number }>(create(w, c, {}, ['adhesion_absente'])).id;
    expect(seed.count('placements')).toBe(1);
    // The confirmed warning is written in the audit log.
    const row = seed.auditRows().find((r) => r.entity === 'mission' && r.entityId === String(id))!;
    expect(JSON.parse(row.details!).avertissementsConfirmes[0]).toMatch(/adhésion/);
  });

  it('refuses a placement that exposes the worker to a work of article D4154-1, unless the office unticked them all', () => {
    const w = seed.worker();
    const c = seed.client('entreprise');
    const e = failure(create(w, c, { exposesForbiddenWork: true }));
    expect(e.code).toBe('rule');
    expect(codes(e.issues)).toContain('travaux_interdits');
    expect(e.issues!.find((i) => i.code === 'travaux_interdits')!.message).toMatch(/article D4154-1/);
    // Whatever the task: the question is the exposure, not the kind of work.
    ok(create(w, c, { taskKind: 'demenagement' }));
    // Every work unticked (derogations): nothing left to refuse.
    seed.saveRules({ forbiddenWork: [] });
    ok(create(w, c, { exposesForbiddenWork: true }));
  });

  it('a place outside the territory asks to confirm; inside, it saves directly', () => {
    seed.saveRules({ territory: [{ postalCode: '69001', city: 'Lyon' }] });
    const w = seed.worker();
    const inside = seed.client('particulier', { postalCode: '69001', city: 'LYON' });
    const outside = seed.client('particulier', { postalCode: '69100', city: 'Villeurbanne' });
    ok(create(w, inside));
    const e = failure(create(w, outside));
    expect(e.code).toBe('confirm');
    expect(codes(e.issues)).toEqual(['hors_territoire']);
    expect(e.issues![0]!.message).toMatch(/69100 Villeurbanne n'est pas dans le territoire/);
    ok(create(w, outside, {}, ['hors_territoire']));
    expect(seed.count('placements')).toBe(2);
  });

  it('an entreprise with an economic layoff on another post 3 months before asks to confirm', () => {
    const w = seed.worker();
    const c = seed.client('entreprise', { lastLayoffDate: '2025-12-02', lastLayoffPost: 'nettoyage_locaux' });
    const e = failure(create(w, c));
    expect(e.code).toBe('confirm');
    expect(codes(e.issues)).toEqual(['licenciement_economique']);
    expect(e.issues![0]!.message).toBe('Licenciement économique le 02/12/2025 sur le poste « Nettoyage de locaux » ; la mission porte sur « Ménage ».');
    expect(e.issues![0]!.ask).toMatch(/confirmez que le poste est différent/);
    ok(create(w, c, {}, ['licenciement_economique']));
  });

  it('a blocking rule wins over the warnings: code rule, with only the blocking issues', () => {
    const w = seed.worker({ passStart: null });
    const c = seed.client('particulier', { memberships: [] });
    const e = failure(create(w, c));
    expect(e.code).toBe('rule');
    expect(codes(e.issues)).toEqual(['pass_absent']);
  });

  it('refuses an archived worker', () => {
    const w = seed.worker();
    ok(backend.dispatch('workers.archive', { id: w }));
    const e = failure(create(w, seed.client('particulier')));
    expect(e.code).toBe('rule');
    expect(e.issues!.find((i) => i.code === 'worker_archived')!.message).toMatch(/archivée/);
  });

  it('refuses bad input field by field: end before start → placement.endDate', () => {
    const w = seed.worker();
    const c = seed.client('particulier');
    const e = failure(create(w, c, { startDate: '10/03/2026', endDate: '01/03/2026' }));
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({ 'placement.endDate': 'La fin ne peut pas précéder le début.' });
    expect(seed.count('placements')).toBe(0);
  });

  it('refuses an unknown worker or client on its field', () => {
    const c = seed.client('particulier');
    expect(failure(create(999, c)).fields).toEqual({ 'placement.workerId': "Ce salarié n'existe pas (ou plus)." });
    expect(failure(create(seed.worker(), 999)).fields).toEqual({ 'placement.clientId': "Cet utilisateur n'existe pas (ou plus)." });
  });
});

describe('placements.check', () => {
  it('returns the same issues as create, without saving anything', () => {
    const w = seed.worker({ passStart: '2023-01-02' });
    const c = seed.client('entreprise', { memberships: [], lastLayoffDate: '2025-12-02' });
    const placement = seed.placementInput(w, c, START, END);
    const checked = ok<RuleIssue[]>(backend.dispatch('placements.check', { placement }));
    expect(codes(checked)).toEqual(['pass_expire', 'licenciement_economique', 'adhesion_absente']);
    const e = failure(backend.dispatch('placements.create', { placement, confirmed: [] }));
    expect(e.issues).toEqual(checked.filter((i) => i.severity === 'blocking'));
    expect(seed.count('placements')).toBe(0);
    expect(seed.count('audit_log')).toBe(seed.auditRows().filter((r) => r.entity !== 'mission').length);
  });

  it('returns [] for a placement with no problem', () => {
    const placement = seed.placementInput(seed.worker(), seed.client('particulier'), START, END);
    expect(ok(backend.dispatch('placements.check', { placement }))).toEqual([]);
  });
});

describe('placements.update', () => {
  it('saves new values and logs the changed fields', () => {
    const w = seed.worker();
    const c = seed.client('particulier');
    const id = ok<{ id: number }>(create(w, c)).id;
    ok(backend.dispatch('placements.update', { id, version: get(id).version, placement: { ...seed.placementInput(w, c, START, '2026-07-31'), billedRateCents: '24' }, confirmed: [] }));
    expect(get(id)).toMatchObject({ endDate: '2026-07-31', billedRateCents: 2400 });
    const row = seed.auditRows().find((r) => r.action === 'modification' && r.entity === 'mission')!;
    expect(JSON.parse(row.details!).champs).toEqual(['endDate', 'billedRateCents']);
  });

  it('refuses new dates that would leave saved hours outside the placement', () => {
    const w = seed.worker();
    const c = seed.client('particulier');
    const id = ok<{ id: number }>(create(w, c)).id;
    seed.hours(id, ['2026-03-10', '2026-06-29'], 120);
    const e = failure(backend.dispatch('placements.update', { id, version: get(id).version, placement: seed.placementInput(w, c, '2026-03-15', '2026-06-15'), confirmed: [] }));
    expect(e.code).toBe('rule');
    expect(e.issues).toEqual([expect.objectContaining({ code: 'hours_outside', message: expect.stringMatching(/^2 journée\(s\) d'heures/) })]);
    expect(get(id)).toMatchObject({ startDate: START, endDate: END });
    // Narrowing around the saved hours is fine.
    ok(backend.dispatch('placements.update', { id, version: get(id).version, placement: seed.placementInput(w, c, '2026-03-10', '2026-06-29'), confirmed: [] }));
  });

  it('refuses to move a placement that has hours to another worker or client', () => {
    const w = seed.worker();
    const other = seed.worker();
    const c = seed.client('particulier');
    const id = ok<{ id: number }>(create(w, c)).id;
    seed.hours(id, ['2026-03-10'], 120);
    const e = failure(backend.dispatch('placements.update', { id, version: get(id).version, placement: seed.placementInput(other, c, START, END), confirmed: [] }));
    expect(e.code).toBe('rule');
    expect(codes(e.issues)).toEqual(['hours_reassigned']);
    expect(get(id).workerId).toBe(w);
  });

  it('answers not_found for a placement that does not exist', () => {
    const placement = seed.placementInput(seed.worker(), seed.client('particulier'), START, END);
    expect(failure(backend.dispatch('placements.update', { id: 77, version: 1, placement, confirmed: [] })).code).toBe('not_found');
    expect(failure(backend.dispatch('placements.get', { id: 77 })).code).toBe('not_found');
    expect(failure(backend.dispatch('placements.setStatus', { id: 77, version: 1, status: 'terminee' })).code).toBe('not_found');
  });
});

describe('placements.list and get', () => {
  function population() {
    const helene = seed.worker({ birthName: 'Dupont-Lefèvre', firstName: 'Hélène' });
    const paul = seed.worker({ birthName: 'Durand', firstName: 'Paul' });
    const boulangerie = seed.client('entreprise', { name: 'Boulangerie Bèlle Époque' });
    const mairie = seed.client('collectivite', { name: 'Mairie de Lyon' });
    const ids = {
      helene,
      paul,
      boulangerie,
      mairie,
      a: seed.placement(helene, boulangerie, '2026-01-05', '2026-02-27'),
      b: seed.placement(helene, mairie, '2026-03-02', '2026-04-30', { status: 'prevue' }),
      c: seed.placement(paul, boulangerie, '2026-02-15', '2026-03-10'),
    };
    return ids;
  }
  const ids = (filters: PlacementFilters = {}) => list(filters).rows.map((r) => r.id);

  it('lists newest first and filters by worker, client, status and month', () => {
    const p = population();
    expect(ids()).toEqual([p.b, p.c, p.a]);
    expect(list().total).toBe(3);
    expect(ids({ workerId: p.helene })).toEqual([p.b, p.a]);
    expect(ids({ clientId: p.boulangerie })).toEqual([p.c, p.a]);
    expect(ids({ status: 'prevue' })).toEqual([p.b]);
    expect(ids({ month: '2026-02' })).toEqual([p.c, p.a]);
    expect(ids({ month: '2026-03' })).toEqual([p.b, p.c]);
    expect(ids({ month: '2026-05' })).toEqual([]);
    expect(ids({ workerId: p.helene, month: '2026-03' })).toEqual([p.b]);
  });

  it('searches worker and client names whatever the accents and case', () => {
    const p = population();
    expect(ids({ search: 'helene' })).toEqual([p.b, p.a]);
    expect(ids({ search: 'LEFEVRE' })).toEqual([p.b, p.a]);
    expect(ids({ search: 'belle epoque' })).toEqual([p.c, p.a]);
    expect(ids({ search: 'paul boulangerie' })).toEqual([p.c]);
    expect(ids({ search: 'mairie durand' })).toEqual([]);
    expect(ids({ search: '%' })).toHaveLength(3);
  });

  it('gives the worked minutes of each placement, and names worker and client', () => {
    const p = population();
    seed.hours(p.c, ['2026-03-02', '2026-03-03'], 450);
    seed.hours(p.c, ['2026-02-16'], 60);
    const row = list({ clientId: p.boulangerie }).rows.find((r) => r.id === p.c)!;
    expect(row).toMatchObject({
      workerId: p.paul,
      workerName: 'DURAND Paul',
      clientName: 'Boulangerie Bèlle Époque',
      clientKind: 'entreprise',
      taskKind: 'menage',
      startDate: '2026-02-15',
      endDate: '2026-03-10',
      status: 'en_cours',
      billedRateCents: 2250,
      workedMinutes: 960,
    });
    expect(list({ workerId: p.helene }).rows.map((r) => r.workedMinutes)).toEqual([0, 0]);
    expect(get(p.c)).toMatchObject({ workedMinutes: 960, clientCounts480: true });
  });

  it('get shows today\'s issues on a running placement, none on a finished one', () => {
    const w = seed.worker();
    const c = seed.client('particulier');
    const id = seed.placement(w, c, START, END);
    ok(backend.dispatch('workers.archive', { id: w }));
    expect(codes(get(id).issues)).toEqual(['worker_archived']);
    ok(backend.dispatch('placements.setStatus', { id, version: get(id).version, status: 'terminee' }));
    expect(get(id).issues).toEqual([]);
  });

  it('refuses a bad filter', () => {
    expect(failure(backend.dispatch('placements.list', { month: '2026-3' })).code).toBe('validation');
    expect(failure(backend.dispatch('placements.list', { status: 'finie' })).code).toBe('validation');
  });
});

describe('placements.setStatus and the audit log', () => {
  it('changes the status and logs creation, modification and status with who did it', () => {
    const w = seed.worker();
    const c = seed.client('particulier');
    const id = ok<{ id: number }>(create(w, c)).id;
    ok(backend.dispatch('placements.update', { id, version: get(id).version, placement: seed.placementInput(w, c, START, '2026-05-31'), confirmed: [] }));
    ok(backend.dispatch('placements.setStatus', { id, version: get(id).version, status: 'terminee' }));
    expect(get(id).status).toBe('terminee');
    const rows = backend.sqlite!
      .prepare("SELECT actor, action, entity_id AS entityId, details FROM audit_log WHERE entity = 'mission' ORDER BY id")
      .all() as { actor: string; action: string; entityId: string; details: string }[];
    expect(rows.map((r) => [r.actor, r.action, r.entityId])).toEqual([
      ['test', 'création', String(id)],
      ['test', 'modification', String(id)],
      ['test', 'statut', String(id)],
    ]);
    expect(JSON.parse(rows[2]!.details)).toEqual({ avant: 'en_cours', apres: 'terminee', champs: ['status'], version: 3 });
  });

  it('refuses an unknown status', () => {
    const id = ok<{ id: number }>(create(seed.worker(), seed.client('particulier'))).id;
    expect(failure(backend.dispatch('placements.setStatus', { id, version: get(id).version, status: 'finie' })).code).toBe('validation');
  });
});

describe('settings.saveRules and settings.getRules', () => {
  it('saves the territory, the works of article D4154-1 refused (all by default) and the waivers, replacing the previous ones, and logs it', () => {
    // Never saved: every work of the list is refused.
    expect(ok<RuleSettings>(backend.dispatch('settings.getRules', {})).forbiddenWork).toEqual(FORBIDDEN_WORK.map((x) => x.code));
    const saved = ok(
      backend.dispatch('settings.saveRules', {
        version: 0,
        territory: [{ postalCode: '69100', city: 'Villeurbanne' }, { postalCode: '69001', city: 'Lyon' }],
        forbiddenWork: ['metaux_durs', 'amiante', 'amiante'],
        waivers: [{ reference: 'Arrêté 2026-042', startDate: '01/01/2026', endDate: '31/12/2028' }],
      }),
    );
    expect(saved).toEqual({
      territory: [{ postalCode: '69001', city: 'Lyon' }, { postalCode: '69100', city: 'Villeurbanne' }],
      // In the article's order, once each.
      forbiddenWork: ['amiante', 'metaux_durs'],
      waivers: [{ id: expect.any(Number), reference: 'Arrêté 2026-042', startDate: '2026-01-01', endDate: '2028-12-31' }],
      mode480: 'fenetre',
      version: 1,
    });
    expect(ok(backend.dispatch('settings.getRules', {}))).toEqual(saved);
    // Left out of a save: the whole list again.
    ok(backend.dispatch('settings.saveRules', { version: 1, mode480: 'glissante' }));
    expect(ok(backend.dispatch('settings.getRules', {}))).toEqual({
      territory: [],
      forbiddenWork: FORBIDDEN_WORK.map((x) => x.code),
      waivers: [],
      mode480: 'glissante',
      version: 2,
    });
    expect(failure(backend.dispatch('settings.saveRules', { version: 2, forbiddenWork: ['menage'] })).code).toBe('validation');
    const logged = seed.auditRows().filter((r) => r.entity === 'regles');
    expect(logged).toHaveLength(2);
    expect(JSON.parse(logged[0]!.details!).travauxInterditsNonRefuses).toHaveLength(FORBIDDEN_WORK.length - 2);
    expect(JSON.parse(logged[1]!.details!)).toMatchObject({ decompte480: 'glissante', travauxInterditsNonRefuses: [] });
  });

  it('counts the 480 hours with a window by default; refuses an unknown counting method on its field', () => {
    expect(ok<{ mode480: string }>(backend.dispatch('settings.getRules', {})).mode480).toBe('fenetre');
    expect(seed.count('rule_options')).toBe(0);
    const e = failure(backend.dispatch('settings.saveRules', { version: 0, mode480: 'annuel' }));
    expect(e.code).toBe('validation');
    expect(Object.keys(e.fields ?? {})).toEqual(['mode480']);
  });

  it('refuses a waiver of more than 3 years, or ending before it starts, on its field', () => {
    const e = failure(
      backend.dispatch('settings.saveRules', {
        version: 0,
        waivers: [
          { reference: 'A', startDate: '01/01/2026', endDate: '01/01/2029' },
          { reference: 'B', startDate: '01/01/2026', endDate: '31/12/2025' },
        ],
      }),
    );
    expect(e.fields).toEqual({
      'waivers.0.endDate': 'Une dérogation dure au plus 3 ans : enregistrez son renouvellement comme une nouvelle dérogation.',
      'waivers.1.endDate': 'La fin ne peut pas précéder le début.',
    });
    expect(seed.count('waivers_480')).toBe(0);
  });
});
