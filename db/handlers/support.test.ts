import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import { failure, ok, seeder } from '../testing/seed';
import type { Backend } from '../backend';
import type { ExitPreview, FollowedRow, SupportDetail, TimelineEvent } from '../contract/support';
import type { PlacementDetail } from '../contract/placements';
import type { WorkerDetail } from '../contract/workers';
import { addDays, todayIso } from '../base/dates';

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(b);
});

const today = () => todayIso(new Date());
const call = <T>(name: string, input: unknown) => ok<T>(backend.dispatch(name, input));
const support = (workerId: number, pathId: number | null = null) => call<SupportDetail>('support.get', { workerId, pathId });
const open = (workerId: number, startDate = '2026-01-05') => call<SupportDetail>('support.openPath', { workerId, startDate });
const interview = (pathId: number, date: string, more: Record<string, unknown> = {}) =>
  call<SupportDetail>('support.saveInterview', { pathId, interview: { date, kind: 'suivi', notes: 'Point sur la recherche' }, ...more });

describe('a path and what is done along it', () => {
  it('opens a path that puts the worker en parcours, then records interviews, barriers, trainings and the plan, each logged', () => {
    const w = seed.worker({ status: 'candidat' });
    const page = open(w, '2026-02-02');
    expect(page.paths).toEqual([{ id: page.path!.id, number: 1, startDate: '2026-02-02', exitDate: null }]);
    expect(call<WorkerDetail>('workers.get', { id: w })).toMatchObject({ status: 'en_parcours', entryDate: '2026-02-02', exitDate: null, version: 2 });
    const pathId = page.path!.id;

    const next = addDays(today(), 14);
    const after = interview(pathId, addDays(today(), -3), { nextInterviewDate: next });
    expect(after.path!.interviews).toMatchObject([{ kind: 'suivi', notes: 'Point sur la recherche', version: 1 }]);
    expect(after.path!.nextInterviewDate).toBe(next);
    expect(after.path!.lastSeen).toBe(addDays(today(), -3));

    call('support.saveBarrier', { pathId, barrier: { barrier: 'mobilite', state: 'en_cours', notes: 'Pas de permis' } });
    const dup = failure(backend.dispatch('support.saveBarrier', { pathId, barrier: { barrier: 'mobilite' } }));
    expect(dup.fields).toEqual({ 'barrier.barrier': 'Ce frein est déjà suivi dans ce parcours : changez son état plutôt.' });
    const b = support(w).path!.barriers[0]!;
    call('support.saveBarrier', { pathId, id: b.id, version: b.version, barrier: { barrier: 'mobilite', state: 'leve', notes: 'Permis obtenu' } });

    call('support.saveTraining', {
      pathId,
      training: { title: 'CACES R489', organisme: 'AFPA', startDate: '03/03/2026', endDate: '07/03/2026', minutes: '35', qualifying: true },
    });
    const plan = call<SupportDetail>('support.savePlan', { pathId, version: support(w).path!.version, plan: { objectives: 'Permis B, puis CDI en logistique', nextInterviewDate: next } });

    expect(plan.path).toMatchObject({
      objectives: 'Permis B, puis CDI en logistique',
      barriers: [{ barrier: 'mobilite', state: 'leve', notes: 'Permis obtenu', version: 2 }],
      trainings: [{ title: 'CACES R489', organisme: 'AFPA', startDate: '2026-03-03', endDate: '2026-03-07', minutes: 35 * 60, qualifying: true }],
    });
    const journal = seed.auditRows().filter((r) => ['parcours', 'entretien', 'frein', 'action_formation'].includes(r.entity)).map((r) => `${r.action} ${r.entity}`);
    expect(journal).toEqual(['création parcours', 'création entretien', 'modification parcours', 'création frein', 'modification frein', 'création action_formation', 'modification parcours']);
  });

  it('refuses an interview in the future, a tripartite without a client of the worker, and a stale save', () => {
    const w = seed.worker();
    const c = seed.client('entreprise');
    const other = seed.client('association');
    seed.placement(w, c, '2026-01-05', '2026-12-31');
    const pathId = open(w).path!.id;
    expect(failure(backend.dispatch('support.saveInterview', { pathId, interview: { date: addDays(today(), 1), kind: 'suivi' } })).fields).toEqual({
      'interview.date': "Un entretien s'enregistre une fois tenu : pour un entretien à venir, indiquez-le comme prochain entretien.",
    });
    expect(failure(backend.dispatch('support.saveInterview', { pathId, interview: { date: today(), kind: 'tripartite' } })).fields).toEqual({
      clientId: "Choisissez l'utilisateur présent à l'entretien tripartite.",
    });
    expect(failure(backend.dispatch('support.saveInterview', { pathId, clientId: other, interview: { date: today(), kind: 'tripartite' } })).fields).toEqual({
      clientId: 'Choisissez un utilisateur chez qui le salarié a une mission.',
    });
    const saved = interview(pathId, today(), { clientId: c, interview: { date: today(), kind: 'tripartite', notes: 'Bilan avec le client' } });
    const i = saved.path!.interviews[0]!;
    expect(i).toMatchObject({ kind: 'tripartite', clientId: c, clientName: saved.clients[0]!.name });

    call('support.saveInterview', { pathId, id: i.id, version: i.version, interview: { date: today(), kind: 'tripartite', notes: 'Corrigé' }, clientId: c });
    const stale = failure(backend.dispatch('support.saveInterview', { pathId, id: i.id, version: i.version, interview: { date: today(), kind: 'bilan' } }));
    expect(stale.code).toBe('stale');
    expect(stale.message).toMatch(/^Cet entretien a été modifié entre-temps par test : notes\./);
  });
});

describe('the exit', () => {
  function withPlacements() {
    const w = seed.worker({ more: { referent: 'Claire Martin' } });
    const c = seed.client('entreprise', { name: 'Logistique du Rhône' });
    const running = seed.placement(w, c, '2026-01-05', '2026-12-31');
    const planned = seed.placement(w, c, '2027-01-04', '2027-02-26', { status: 'prevue' });
    const done = seed.placement(w, c, '2026-01-05', '2026-02-27', { status: 'terminee' });
    seed.hours(running, ['2026-11-02', '2026-11-03'], 420);
    const page = open(w);
    return { w, running, planned, done, pathId: page.path!.id, version: page.path!.version };
  }

  it('lists the open placements, ends them on the exit day once confirmed, and the worker is out with the category of the reason', () => {
    const { w, running, planned, done, pathId, version } = withPlacements();
    const preview = call<ExitPreview>('support.exitPreview', { pathId, exitDate: '2026-11-20' });
    expect(preview.problem).toBeNull();
    expect(preview.placements.map((p) => [p.id, p.clientName, p.outcome, p.newEndDate])).toEqual([
      [running, 'Logistique du Rhône', 'terminee', '2026-11-20'],
      [planned, 'Logistique du Rhône', 'annulee', '2027-02-26'],
    ]);
    const exit = { exitDate: '20/11/2026', exitReason: 'cdi', exitNotes: 'Embauché par Logistique du Rhône' };

    // A confirmation that did not list every open placement is asked again; nothing changes.
    expect(failure(backend.dispatch('support.recordExit', { pathId, version, exit, endPlacements: [running] })).code).toBe('confirm');
    expect(call<PlacementDetail>('placements.get', { id: running }).status).toBe('en_cours');

    const page = call<SupportDetail>('support.recordExit', { pathId, version, exit, endPlacements: [running, planned] });
    expect(page.path).toMatchObject({ exitDate: '2026-11-20', exitReason: 'cdi', exitCategory: 'emploi_durable', nextInterviewDate: null, version: version + 1 });
    expect(call<PlacementDetail>('placements.get', { id: running })).toMatchObject({ status: 'terminee', endDate: '2026-11-20' });
    expect(call<PlacementDetail>('placements.get', { id: planned })).toMatchObject({ status: 'annulee', endDate: '2027-02-26' });
    expect(call<PlacementDetail>('placements.get', { id: done })).toMatchObject({ status: 'terminee', endDate: '2026-02-27', version: 1 });
    expect(call<WorkerDetail>('workers.get', { id: w })).toMatchObject({ status: 'sorti', exitDate: '2026-11-20' });
    const sortie = seed.auditRows().find((r) => r.action === 'sortie')!;
    expect(JSON.parse(sortie.details!)).toMatchObject({ motif: 'cdi', categorie: 'emploi_durable', missions: [running, planned] });

    // A finished path is read, not changed.
    expect(failure(backend.dispatch('support.saveInterview', { pathId, interview: { date: today(), kind: 'bilan' } })).message).toMatch(/^Ce parcours est terminé/);
  });

  it('refuses an exit before the last day with hours, and leaves everything as it was', () => {
    const { w, running, pathId, version } = withPlacements();
    expect(call<ExitPreview>('support.exitPreview', { pathId, exitDate: '2026-11-02' }).problem).toBe(
      "Des heures sont saisies jusqu'au 03/11/2026 : la sortie ne peut pas être avant ce jour.",
    );
    const refused = failure(backend.dispatch('support.recordExit', { pathId, version, exit: { exitDate: '2026-11-02', exitReason: 'cdi' }, endPlacements: [running] }));
    expect(refused.fields).toEqual({ 'exit.exitDate': "Des heures sont saisies jusqu'au 03/11/2026 : la sortie ne peut pas être avant ce jour." });
    expect(call<WorkerDetail>('workers.get', { id: w }).status).toBe('en_parcours');
  });
});

describe('the reason of a finished path', () => {
  it('is given to an exit migrated without one, or corrected, its day kept; an open path is refused', () => {
    const w = seed.worker();
    const path = open(w).path!;
    expect(failure(backend.dispatch('support.correctExit', { pathId: path.id, version: path.version, exit: { exitDate: '2026-06-30', exitReason: 'cdi' } })).message).toBe(
      "Ce parcours est en cours : enregistrez d'abord sa sortie.",
    );
    // As migration 0009 leaves an exit recorded before the support existed.
    backend.sqlite!.prepare("UPDATE support_paths SET exit_date = '2026-06-30' WHERE id = ?").run(path.id);
    expect(support(w).path).toMatchObject({ exitDate: '2026-06-30', exitReason: null, exitCategory: null });
    const page = call<SupportDetail>('support.correctExit', { pathId: path.id, version: path.version, exit: { exitDate: '2026-06-30', exitReason: 'autre_siae', exitNotes: 'ACI du quartier' } });
    expect(page.path).toMatchObject({ exitDate: '2026-06-30', exitReason: 'autre_siae', exitCategory: 'sortie_positive', exitNotes: 'ACI du quartier', version: path.version + 1 });
    expect(failure(backend.dispatch('support.correctExit', { pathId: path.id, version: path.version, exit: { exitDate: '2026-06-30', exitReason: 'cdi' } })).code).toBe('stale');
  });
});

describe('a return after an exit', () => {
  it('starts a new path after the exit; the old one stays readable with its interviews', () => {
    const w = seed.worker();
    const first = open(w, '2026-01-05').path!;
    interview(first.id, '2026-03-02');
    call('support.recordExit', { pathId: first.id, version: first.version, exit: { exitDate: '2026-06-30', exitReason: 'cdd_moins_6_mois' } });

    expect(failure(backend.dispatch('support.openPath', { workerId: w, startDate: '2026-06-30' })).fields).toEqual({
      startDate: 'Le nouveau parcours commence après la sortie du précédent (30/06/2026).',
    });
    const second = open(w, '2026-09-01');
    expect(second.paths.map((p) => [p.number, p.startDate, p.exitDate])).toEqual([
      [2, '2026-09-01', null],
      [1, '2026-01-05', '2026-06-30'],
    ]);
    expect(second.path).toMatchObject({ number: 2, interviews: [], exitDate: null });
    expect(call<WorkerDetail>('workers.get', { id: w })).toMatchObject({ status: 'en_parcours', entryDate: '2026-09-01', exitDate: null });
    expect(failure(backend.dispatch('support.openPath', { workerId: w, startDate: '2026-10-01' })).fields?.startDate).toMatch(/déjà en cours/);

    // The page opens on the open path; the old one is read by its id.
    expect(support(w).path!.number).toBe(2);
    expect(support(w, first.id).path).toMatchObject({ number: 1, exitReason: 'cdd_moins_6_mois', exitCategory: 'emploi_transition', interviews: [{ date: '2026-03-02' }] });
  });
});

describe("the référent's view", () => {
  it('lists the people a référent follows with their interviews due or overdue and those not seen for more than N days', () => {
    const late = seed.worker({ birthName: 'Arnaud', more: { referent: 'Claire Martin' } });
    const soon = seed.worker({ birthName: 'Bernard', more: { referent: 'Claire Martin' } });
    const unseen = seed.worker({ birthName: 'Chevalier', more: { referent: 'Claire Martin' } });
    const elsewhere = seed.worker({ birthName: 'Dumas', more: { referent: 'Paul Roche' } });
    const out = seed.worker({ birthName: 'Étienne', more: { referent: 'Claire Martin' } });
    interview(open(late).path!.id, addDays(today(), -10), { nextInterviewDate: addDays(today(), -2) });
    interview(open(soon).path!.id, addDays(today(), -5), { nextInterviewDate: addDays(today(), 3) });
    interview(open(unseen).path!.id, addDays(today(), -45));
    open(elsewhere);
    const outPath = open(out).path!;
    call('support.recordExit', { pathId: outPath.id, version: outPath.version, exit: { exitDate: '2026-06-30', exitReason: 'cdi' } });

    const view = call<{ rows: FollowedRow[]; referents: string[] }>('support.followed', { referent: 'Claire Martin', dueWithinDays: 7, notSeenDays: 30 });
    expect(view.referents).toEqual(['Claire Martin', 'Paul Roche']);
    expect(view.rows.map((r) => [r.name.split(' ')[0], r.due, r.daysNotSeen, r.notSeen])).toEqual([
      ['ARNAUD', 'en_retard', 10, false],
      ['BERNARD', 'bientot', 5, false],
      ['CHEVALIER', 'a_fixer', 45, true],
    ]);
    const wider = call<{ rows: FollowedRow[] }>('support.followed', { referent: 'Claire Martin', dueWithinDays: 0, notSeenDays: 7 });
    expect(wider.rows.map((r) => [r.due, r.notSeen])).toEqual([
      ['en_retard', true],
      ['plus_tard', false],
      ['a_fixer', true],
    ]);
    expect(call<{ rows: FollowedRow[] }>('support.followed', {}).rows).toHaveLength(4);
  });
});

describe('the timeline', () => {
  it('mixes interviews, placements, hours by month, trainings, PASS events and the exit, newest first', () => {
    const w = seed.worker();
    const c = seed.client('entreprise', { name: 'Jardins de Lyon' });
    const p = seed.placement(w, c, '2026-02-02', '2026-06-30', { taskKind: 'jardinage' });
    seed.hours(p, ['2026-03-02', '2026-03-03'], 240);
    const path = open(w).path!;
    interview(path.id, '2026-01-12');
    call('support.saveTraining', { pathId: path.id, training: { title: 'Taille des haies', startDate: '2026-04-06', qualifying: false } });
    call('support.recordExit', { pathId: path.id, version: path.version, exit: { exitDate: '2026-06-30', exitReason: 'formation_qualifiante' }, endPlacements: [p] });

    const { events } = call<{ events: TimelineEvent[] }>('support.timeline', { workerId: w });
    expect(events.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2026-06-30', 'parcours', 'Sortie : Formation qualifiante (sortie positive)'],
      ['2026-04-06', 'formation', 'Action ou formation : Taille des haies'],
      ['2026-03-03', 'heures', 'Heures de mars 2026 : 8\u00a0h'],
      ['2026-02-02', 'mission', `Mission n° ${p} chez Jardins de Lyon : jardinage`],
      ['2026-01-12', 'entretien', 'Entretien : suivi'],
      ['2026-01-05', 'parcours', 'Entrée en parcours (parcours n° 1)'],
      ['2026-01-05', 'pass', 'PASS IAE n° PASS00000001'],
    ]);
  });
});
