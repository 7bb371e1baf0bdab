import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import { failure, ok, seeder } from '../testing/seed';
import type { Backend } from '../backend';
import type { SupportDetail } from '../contract/support';
import type { WorkerDetail } from '../contract/workers';

// Correcting a path's entry day in the Suivi (the worker form refuses it): within the path's
// exit, its hours and the previous path; the worker's entry follows their latest path; logged.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(b);
});

const call = <T>(name: string, input: unknown) => ok<T>(backend.dispatch(name, input));
const refused = (name: string, input: unknown) => failure(backend.dispatch(name, input));
const open = (workerId: number, startDate: string) => call<SupportDetail>('support.openPath', { workerId, startDate }).path!;
const worker = (id: number) => call<WorkerDetail>('workers.get', { id });
const lastChange = (entity: string, id: number) => {
  const row = backend.sqlite!.prepare('SELECT action, details, before, after FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1').get(entity, String(id)) as {
    action: string;
    details: string;
    before: string;
    after: string;
  };
  return { action: row.action, details: JSON.parse(row.details) as unknown, before: JSON.parse(row.before) as unknown, after: JSON.parse(row.after) as unknown };
};

describe("correcting a path's entry day", () => {
  it('moves the entry of the open path: the path, the worker and the journal follow', () => {
    const w = seed.worker();
    const path = open(w, '2026-01-15');
    const page = call<SupportDetail>('support.correctStart', { pathId: path.id, version: path.version, entryDate: '05/01/2026' });
    expect(page.path).toMatchObject({ id: path.id, startDate: '2026-01-05', exitDate: null, version: path.version + 1 });
    expect(page.paths).toMatchObject([{ id: path.id, startDate: '2026-01-05' }]);
    expect(worker(w)).toMatchObject({ status: 'en_parcours', entryDate: '2026-01-05', exitDate: null });
    expect(lastChange('parcours', path.id)).toEqual({
      action: 'modification',
      details: { champs: ['startDate'], version: path.version + 1 },
      before: { startDate: '2026-01-15' },
      after: { startDate: '2026-01-05' },
    });
    expect(lastChange('salarie', w)).toMatchObject({ before: { entryDate: '2026-01-15' }, after: { entryDate: '2026-01-05' } });
  });

  it("corrects a finished path's entry; the worker keeps their later path's entry", () => {
    const w = seed.worker();
    const first = open(w, '2025-01-06');
    call('support.recordExit', { pathId: first.id, version: first.version, exit: { exitDate: '2025-06-30', exitReason: 'cdi' } });
    open(w, '2025-09-01');
    call('support.correctStart', { pathId: first.id, version: first.version + 1, entryDate: '2025-02-03' });
    expect(call<SupportDetail>('support.get', { workerId: w, pathId: first.id }).path).toMatchObject({ startDate: '2025-02-03', exitDate: '2025-06-30' });
    expect(worker(w)).toMatchObject({ status: 'en_parcours', entryDate: '2025-09-01' });
  });

  it("refuses a day after the exit, after the path's first worked day, or on the previous exit, and changes nothing", () => {
    const w = seed.worker();
    const c = seed.client('entreprise');
    const first = open(w, '2026-01-05');
    call('support.recordExit', { pathId: first.id, version: first.version, exit: { exitDate: '2026-03-31', exitReason: 'cdi' } });
    const second = open(w, '2026-05-04');
    const p = seed.placement(w, c, '2026-06-01', '2026-12-31');
    seed.hours(p, ['2026-06-02', '2026-06-03'], 420);
    const start = (pathId: number, version: number, startDate: string) => refused('support.correctStart', { pathId, version, entryDate: startDate });

    // The first path has no hours: only its exit bounds it.
    expect(start(first.id, first.version + 1, '2026-04-01').fields).toEqual({ entryDate: "L'entrée ne peut pas suivre la sortie du parcours (31/03/2026)." });
    expect(start(second.id, second.version, '2026-06-08').fields).toEqual({
      entryDate: "Des heures sont saisies dès le 02/06/2026 : l'entrée ne peut pas être après ce jour.",
    });
    expect(start(second.id, second.version, '2026-03-31').fields).toEqual({ entryDate: "Le parcours précédent se termine le 31/03/2026 : l'entrée est après ce jour." });
    expect(start(second.id, second.version, '31/02/2026')).toMatchObject({ code: 'validation', fields: { entryDate: expect.stringMatching(/date/i) as unknown } });

    expect(call<SupportDetail>('support.get', { workerId: w, pathId: second.id }).path).toMatchObject({ startDate: '2026-05-04', version: second.version });
    expect(worker(w).entryDate).toBe('2026-05-04');
    // On the first worked day itself, and on the day after the previous exit, it is accepted.
    call('support.correctStart', { pathId: second.id, version: second.version, entryDate: '2026-06-02' });
    call('support.correctStart', { pathId: second.id, version: second.version + 1, entryDate: '2026-04-01' });
    expect(worker(w).entryDate).toBe('2026-04-01');
  });

  it('refuses a correction read at an older version, naming what changed', () => {
    const w = seed.worker();
    const path = open(w, '2026-01-15');
    call('support.correctStart', { pathId: path.id, version: path.version, entryDate: '2026-01-12' });
    const e = refused('support.correctStart', { pathId: path.id, version: path.version, entryDate: '2026-01-05' });
    expect(e.code).toBe('stale');
    expect(e.message).toMatch(/^Ce parcours a été modifié entre-temps par test : date d'entrée en parcours\./);
    expect(worker(w).entryDate).toBe('2026-01-12');
  });
});
