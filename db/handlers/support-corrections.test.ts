import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import { failure, ok, seeder } from '../testing/seed';
import type { Backend } from '../backend';
import type { ExitPreview, SupportDetail } from '../contract/support';
import type { PlacementDetail } from '../contract/placements';
import type { ImportCommitResult, ImportPreviewResult } from '../contract/imports';
import type { WorkerDetail } from '../contract/workers';
import { WORKER_FIELDS } from '../contract/worker-fields';
import { addDays, todayIso } from '../base/dates';

// Closing the gaps of the Suivi: the exit goes only through it (never the worker form), the
// records of a path are deleted (asked first, logged), a recorded exit is corrected within the
// rules of an exit.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(b);
});

const call = <T>(name: string, input: unknown) => ok<T>(backend.dispatch(name, input));
const refused = (name: string, input: unknown) => failure(backend.dispatch(name, input));
const open = (workerId: number, startDate = '2026-01-05') => call<SupportDetail>('support.openPath', { workerId, startDate }).path!;
const support = (workerId: number, pathId: number | null = null) => call<SupportDetail>('support.get', { workerId, pathId });
const journal = (entity: string) =>
  seed
    .auditRows()
    .filter((r) => r.entity === entity)
    .map((r) => ({ ...r, details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null }));
const changeOf = (entity: string, id: number) =>
  backend.sqlite!.prepare('SELECT action, before, after FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1').get(entity, String(id)) as {
    action: string;
    before: string | null;
    after: string | null;
  };

describe('the worker form does not bypass the exit', () => {
  it('refuses a workers.update that changes the status, the entry or the exit date, and saves the other fields', () => {
    const w = seed.worker();
    open(w);
    const read = call<WorkerDetail & Record<string, unknown>>('workers.get', { id: w });
    const version = read.version;
    const worker = Object.fromEntries(Object.keys(WORKER_FIELDS).map((k) => [k, read[k]]));
    const input = (changes: Record<string, unknown>) => ({ id: w, version, worker: { ...worker, ...changes } });

    const e = refused('workers.update', input({ status: 'sorti', exitDate: '2026-06-30' }));
    expect(e.code).toBe('validation');
    expect(e.fields).toEqual({
      'worker.status': 'Le statut suit le parcours : commencez un parcours ou enregistrez la sortie dans le Suivi.',
      'worker.exitDate': "La sortie s'enregistre dans le Suivi (avec son motif, et les missions qu'elle clôt) ; une sortie enregistrée s'y corrige.",
    });
    expect(refused('workers.update', input({ entryDate: '2026-02-02' })).fields).toEqual({
      'worker.entryDate': "La date d'entrée est celle du parcours : elle s'enregistre dans le Suivi, en commençant le parcours.",
    });
    expect(call<WorkerDetail>('workers.get', { id: w })).toMatchObject({ status: 'en_parcours', exitDate: null, version });

    call('workers.update', input({ phone: '06 11 22 33 44' }));
    expect(call<WorkerDetail>('workers.get', { id: w })).toMatchObject({ status: 'en_parcours', entryDate: '2026-01-05', phone: '06 11 22 33 44', version: version + 1 });
  });

  it('gives a worker registered already out, or imported out, the path of their exit, its reason to be given', () => {
    const created = seed.worker({ status: 'sorti', entryDate: '2025-01-06', exitDate: '2025-12-19' });
    expect(support(created).paths).toMatchObject([{ number: 1, startDate: '2025-01-06', exitDate: '2025-12-19' }]);
    expect(support(created).path).toMatchObject({ exitReason: null, exitCategory: null });
    expect(journal('parcours').map((r) => [r.action, r.details?.salarie])).toEqual([['création', created]]);

    const file = Buffer.from(
      ['Civilité;Nom;Prénom;Né le;Statut;Entrée;Sortie', 'Mme;Ngoma;Awa;30/06/1978;Sorti;01/02/2024;31/01/2025', 'M.;Roux;Léo;01/01/1990;En parcours;05/01/2026;'].join('\r\n'),
      'utf8',
    ).toString('base64');
    const { mapping } = call<ImportPreviewResult>('workers.importPreview', { fileBase64: file, mapping: null });
    expect(call<ImportCommitResult>('workers.importCommit', { fileBase64: file, mapping }).imported).toBe(2);
    const paths = backend.sqlite!.prepare("SELECT upper(w.birth_name) AS name, p.start_date AS startDate, p.exit_date AS exitDate FROM support_paths p JOIN workers w ON w.id = p.worker_id WHERE upper(w.birth_name) IN ('NGOMA', 'ROUX')").all();
    expect(paths).toEqual([{ name: 'NGOMA', startDate: '2024-02-01', exitDate: '2025-01-31' }]);
  });
});

describe('deleting the records of a path', () => {
  function withRecords() {
    const w = seed.worker();
    const pathId = open(w).id;
    call('support.saveInterview', { pathId, interview: { date: addDays(todayIso(new Date()), -2), kind: 'bilan', notes: 'Erreur de personne' } });
    call('support.saveBarrier', { pathId, barrier: { barrier: 'logement', state: 'en_cours' } });
    const page = call<SupportDetail>('support.saveTraining', { pathId, training: { title: 'Remise à niveau', startDate: '2026-02-02' } });
    return { w, pathId, path: page.path! };
  }

  it('deletes an interview, a barrier and a training read at their version, each logged with what it held', () => {
    const { w, path } = withRecords();
    const [interview, barrier, training] = [path.interviews[0]!, path.barriers[0]!, path.trainings[0]!];
    const afterInterview = call<SupportDetail>('support.deleteRecord', { kind: 'entretien', id: interview.id, version: interview.version });
    expect(afterInterview.path).toMatchObject({ interviews: [], lastSeen: null });
    call('support.deleteRecord', { kind: 'frein', id: barrier.id, version: barrier.version });
    const page = call<SupportDetail>('support.deleteRecord', { kind: 'action_formation', id: training.id, version: training.version });
    expect(page.path).toMatchObject({ interviews: [], barriers: [], trainings: [] });
    expect(support(w).path!.barriers).toEqual([]);

    expect(changeOf('entretien', interview.id)).toMatchObject({ action: 'suppression', after: null });
    expect(JSON.parse(changeOf('entretien', interview.id).before!)).toMatchObject({ kind: 'bilan', notes: 'Erreur de personne', pathId: path.id });
    expect(JSON.parse(changeOf('frein', barrier.id).before!)).toMatchObject({ barrier: 'logement', state: 'en_cours' });
    expect(JSON.parse(changeOf('action_formation', training.id).before!)).toMatchObject({ title: 'Remise à niveau', startDate: '2026-02-02' });
    expect(journal('entretien').at(-1)!.details).toEqual({ parcours: path.id });
  });

  it('refuses a deletion read at an older version, of a record gone, or on a finished path, and keeps the record', () => {
    const { w, pathId, path } = withRecords();
    const i = path.interviews[0]!;
    call('support.saveInterview', { pathId, id: i.id, version: i.version, interview: { date: i.date, kind: 'suivi', notes: 'Corrigé' } });
    const stale = refused('support.deleteRecord', { kind: 'entretien', id: i.id, version: i.version });
    expect(stale.code).toBe('stale');
    expect(stale.message).toMatch(/^Cet entretien a été modifié entre-temps par test : type d'entretien, notes\./);
    expect(support(w).path!.interviews).toHaveLength(1);

    const b = path.barriers[0]!;
    call('support.deleteRecord', { kind: 'frein', id: b.id, version: b.version });
    expect(refused('support.deleteRecord', { kind: 'frein', id: b.id, version: b.version })).toMatchObject({ code: 'not_found', message: "Ce frein n'existe pas (ou plus)." });

    const now = support(w).path!;
    call('support.recordExit', { pathId, version: now.version, exit: { exitDate: '2026-06-30', exitReason: 'cdi' } });
    const t = now.trainings[0]!;
    expect(refused('support.deleteRecord', { kind: 'action_formation', id: t.id, version: t.version }).message).toMatch(/^Ce parcours est terminé/);
    expect(support(w, pathId).path!.trainings).toHaveLength(1);
  });
});

describe('correcting a recorded exit', () => {
  function exited() {
    const w = seed.worker();
    const c = seed.client('entreprise', { name: 'Logistique du Rhône' });
    const p = seed.placement(w, c, '2026-01-05', '2026-12-31');
    const late = seed.placement(w, c, '2026-05-04', '2026-07-31', { status: 'prevue' });
    seed.hours(p, ['2026-03-02', '2026-03-03'], 420);
    const path = open(w);
    call('support.recordExit', { pathId: path.id, version: path.version, exit: { exitDate: '2026-06-30', exitReason: 'cdi' }, endPlacements: [p, late] });
    return { w, p, late, pathId: path.id, version: path.version + 1 };
  }

  it('moves the exit day later: the path, the worker and the journal follow', () => {
    const { w, p, pathId, version } = exited();
    const page = call<SupportDetail>('support.correctExit', { pathId, version, exit: { exitDate: '15/07/2026', exitReason: 'cdd_6_mois_plus', exitNotes: 'Date du contrat' } });
    expect(page.path).toMatchObject({ exitDate: '2026-07-15', exitReason: 'cdd_6_mois_plus', exitCategory: 'emploi_durable', version: version + 1 });
    expect(call<WorkerDetail>('workers.get', { id: w })).toMatchObject({ status: 'sorti', exitDate: '2026-07-15' });
    expect(call<PlacementDetail>('placements.get', { id: p })).toMatchObject({ status: 'terminee', endDate: '2026-06-30' });
    const change = changeOf('parcours', pathId);
    expect(change.action).toBe('modification');
    expect(JSON.parse(change.before!)).toEqual({ exitDate: '2026-06-30', exitReason: 'cdi', exitNotes: null });
    expect(JSON.parse(change.after!)).toEqual({ exitDate: '2026-07-15', exitReason: 'cdd_6_mois_plus', exitNotes: 'Date du contrat' });
  });

  it('refuses a day before the entry or before the last worked day, and changes nothing', () => {
    const { w, pathId, version } = exited();
    const exit = (exitDate: string) => ({ pathId, version, exit: { exitDate, exitReason: 'cdi' } });
    expect(refused('support.correctExit', exit('2026-01-02')).fields).toEqual({ 'exit.exitDate': "La sortie ne peut pas précéder l'entrée en parcours (05/01/2026)." });
    expect(refused('support.correctExit', exit('2026-03-02')).fields).toEqual({
      'exit.exitDate': "Des heures sont saisies jusqu'au 03/03/2026 : la sortie ne peut pas être avant ce jour.",
    });
    expect(support(w).path).toMatchObject({ exitDate: '2026-06-30', version });
  });

  it('moved back, ends the placements that lasted past the new day once confirmed (asked again otherwise)', () => {
    const { w, p, late, pathId, version } = exited();
    const preview = call<ExitPreview>('support.exitPreview', { pathId, exitDate: '2026-04-30' });
    expect(preview.problem).toBeNull();
    // Ended on the old exit day: the one started after the new day is cancelled.
    expect(preview.placements.map((x) => [x.id, x.status, x.outcome, x.newEndDate])).toEqual([
      [p, 'terminee', 'terminee', '2026-04-30'],
      [late, 'terminee', 'annulee', '2026-06-30'],
    ]);
    const input = { pathId, version, exit: { exitDate: '2026-04-30', exitReason: 'cdi' } };
    expect(refused('support.correctExit', input).code).toBe('confirm');
    expect(refused('support.correctExit', { ...input, endPlacements: [p] }).code).toBe('confirm');
    call('support.correctExit', { ...input, endPlacements: [late, p] });
    expect(call<PlacementDetail>('placements.get', { id: p })).toMatchObject({ status: 'terminee', endDate: '2026-04-30' });
    expect(call<PlacementDetail>('placements.get', { id: late })).toMatchObject({ status: 'annulee' });
    expect(call<WorkerDetail>('workers.get', { id: w }).exitDate).toBe('2026-04-30');
    expect(journal('mission').slice(-2).map((r) => r.details)).toMatchObject([
      { avant: 'terminee', apres: 'terminee', champs: ['endDate'], sortieDuParcours: pathId },
      { avant: 'terminee', apres: 'annulee', champs: ['status'], sortieDuParcours: pathId },
    ]);
  });

  it('keeps an earlier path before the next one: its exit stays before the return, and the worker keeps the current one', () => {
    const w = seed.worker();
    const first = open(w, '2025-01-06');
    call('support.recordExit', { pathId: first.id, version: first.version, exit: { exitDate: '2025-06-30', exitReason: 'cdi' } });
    open(w, '2025-09-01');
    const exit = (exitDate: string) => ({ pathId: first.id, version: first.version + 1, exit: { exitDate, exitReason: 'cdi' } });
    expect(refused('support.correctExit', exit('2025-09-01')).fields).toEqual({ 'exit.exitDate': 'Le parcours suivant commence le 01/09/2025 : la sortie est avant ce jour.' });
    call('support.correctExit', exit('2025-07-31'));
    expect(call<WorkerDetail>('workers.get', { id: w })).toMatchObject({ status: 'en_parcours', entryDate: '2025-09-01', exitDate: null });
  });
});
