import { describe, expect, it } from 'vitest';
import { asRole, onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { AnonymisationCandidate, PersonFile } from '../contract/personal-data';
import type { AuditPage } from '../contract/audit';
import type { ExportFile } from '../contract/exports';
import type { ExitPreview, SupportDetail } from '../contract/support';
import { failure, ok, seeder, weekdays } from '../testing/seed';
import type { SecuritySettings } from '../contract/accounts';
import { addDays, addMonths, todayIso } from '../base/dates';

// The journal's values before and after, its refusal to be rewritten; a person's whole file;
// anonymisation that erases who the person was and keeps every count the reports make.

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});
const sql = () => backend.sqlite!;

describe('the journal', () => {
  it('records who, which record, and the changed fields’ values before and after', () => {
    const id = seed.worker({ birthName: 'Moreau', firstName: 'Léa', more: { phone: '06 12 34 56 78', city: 'Lyon' } });
    const detail = ok<{ version: number } & Record<string, unknown>>(backend.dispatch('workers.get', { id }));
    const { id: _id, version, name: _n, passes: _p, currentPass: _c, diagnoses: _d, referenced: _r, hours480: _h, hoursByMonth: _m, archivedAt: _a, createdAt: _ca, updatedAt: _u, ...values } = detail;
    ok(backend.dispatch('workers.update', { id, version, worker: { ...values, phone: '07 00 00 00 01', city: 'Villeurbanne' } }));
    const page = ok<AuditPage>(backend.dispatch('audit.list', { entity: 'salarie', entityId: String(id) }));
    const update = page.entries.find((e) => e.action === 'modification')!;
    expect(update).toMatchObject({
      actor: 'test',
      actorId: 1,
      entity: 'salarie',
      entityId: String(id),
      details: { champs: ['city', 'phone'].filter((k) => (update.details!.champs as string[]).includes(k)) },
      before: { phone: '06 12 34 56 78', city: 'Lyon' },
      after: { phone: '07 00 00 00 01', city: 'Villeurbanne' },
    });
    const creation = page.entries.find((e) => e.action === 'création')!;
    expect(creation.before).toBeNull();
    expect(creation.after).toMatchObject({ birthName: 'Moreau', firstName: 'Léa' });
  });

  it('refuses, in the database itself, to change or delete an entry', () => {
    seed.worker();
    const first = sql().prepare('SELECT id, actor FROM audit_log ORDER BY id LIMIT 1').get() as { id: number; actor: string };
    expect(() => sql().prepare("UPDATE audit_log SET actor = 'quelqu’un d’autre' WHERE id = ?").run(first.id)).toThrow(/append-only/);
    expect(() => sql().prepare('DELETE FROM audit_log WHERE id = ?').run(first.id)).toThrow(/append-only/);
    expect(() => sql().prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    // Even the one redaction allowed may not change who, when or what.
    expect(() => sql().prepare("UPDATE audit_log SET redacted = 1, actor = 'autre' WHERE id = ?").run(first.id)).toThrow(/append-only/);
    expect(sql().prepare('SELECT actor FROM audit_log WHERE id = ?').pluck().get(first.id)).toBe(first.actor);
  });

  it('records every export of personal data, and is read and exported by direction with filters', async () => {
    seed.worker();
    const file = await backend.call('workers.export', { filters: {}, format: 'csv' });
    expect(file.ok).toBe(true);
    const exports = ok<AuditPage>(backend.dispatch('audit.list', { entity: 'salarie_liste' })).entries;
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ action: 'export', actor: 'test', details: { format: 'csv', lignes: 1 } });
    const today = new Date().toISOString().slice(0, 10);
    expect(ok<AuditPage>(backend.dispatch('audit.list', { from: '2017-01-01', to: '2017-12-31' })).entries).toEqual([]);
    expect(ok<AuditPage>(backend.dispatch('audit.list', { actorId: 1, from: today })).entries.length).toBeGreaterThan(2);
    const journal = await backend.call('audit.export', { filters: { entity: 'salarie_liste' }, format: 'csv' });
    const text = Buffer.from((journal as { value: ExportFile }).value.base64, 'base64').toString('utf8');
    expect(text).toContain('"Export de données personnelles"');
    // The journal's own export is recorded too.
    expect(ok<AuditPage>(backend.dispatch('audit.list', { entity: 'journal' })).entries[0]).toMatchObject({ action: 'export' });
  });
});

describe('the journal’s filters', () => {
  it('filters by person, by record and by dates, each leaving out every other entry', () => {
    const mine = seed.worker({ birthName: 'Durand' });
    const claire = asRole(backend, 'conseiller', 'claire');
    const hers = seeder(claire.backend).worker({ birthName: 'Petit', passStart: null });
    const claireId = sql().prepare("SELECT id FROM accounts WHERE login = 'claire'").pluck().get() as number;
    // An entry of long ago, written as the app writes (inserting is all the journal allows).
    sql()
      .prepare("INSERT INTO audit_log (at, actor, actor_id, action, entity, entity_id) VALUES ('2020-03-15T10:00:00.000Z', 'test', 1, 'modification', 'salarie', ?)")
      .run(String(mine));
    const list = (filters: Record<string, unknown>) => ok<AuditPage>(backend.dispatch('audit.list', filters));

    const byClaire = list({ actorId: claireId });
    expect(byClaire.entries.length).toBeGreaterThan(0);
    expect(byClaire.entries.every((e) => e.actorId === claireId && e.actor === 'Compte claire')).toBe(true);
    expect(byClaire.entries.some((e) => e.entity === 'salarie' && e.entityId === String(hers) && e.action === 'création')).toBe(true);
    expect(byClaire.entries.some((e) => e.entityId === String(mine))).toBe(false);
    expect(list({}).actors.map((a) => a.id)).toEqual(expect.arrayContaining([1, claireId]));

    const herRecord = list({ entity: 'salarie', entityId: String(hers) });
    expect(herRecord.entries.length).toBeGreaterThan(0);
    expect(herRecord.entries.every((e) => e.entity === 'salarie' && e.entityId === String(hers))).toBe(true);
    expect(list({ actorId: 1, entity: 'salarie', entityId: String(hers) }).entries).toEqual([]);

    const thatDay = list({ from: '2020-03-15', to: '2020-03-15' }).entries;
    expect(thatDay.map((e) => [e.at, e.entityId])).toEqual([['2020-03-15T10:00:00.000Z', String(mine)]]);
    expect(list({ from: '2020-03-16', to: '2020-12-31' }).entries).toEqual([]);
    expect(list({ to: '2020-03-14' }).entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(list({ from: today }).entries.some((e) => e.at.startsWith('2020'))).toBe(false);
  });
});

/** The tables that hold the person's rows, read by hand (what the file must hold). */
function expectedRows(workerId: number): Record<string, number> {
  const n = (q: string) => sql().prepare(q).pluck().get(workerId) as number;
  return {
    workers: n('SELECT count(*) FROM workers WHERE id = ?'),
    pass_iae: n('SELECT count(*) FROM pass_iae WHERE worker_id = ?'),
    pass_iae_periods: n('SELECT count(*) FROM pass_iae_periods WHERE pass_id IN (SELECT id FROM pass_iae WHERE worker_id = ?)'),
    eligibility_diagnoses: n('SELECT count(*) FROM eligibility_diagnoses WHERE worker_id = ?'),
    placements: n('SELECT count(*) FROM placements WHERE worker_id = ?'),
    hours: n('SELECT count(*) FROM hours WHERE placement_id IN (SELECT id FROM placements WHERE worker_id = ?)'),
    placement_confirmations: n('SELECT count(*) FROM placement_confirmations WHERE placement_id IN (SELECT id FROM placements WHERE worker_id = ?)'),
    support_paths: n('SELECT count(*) FROM support_paths WHERE worker_id = ?'),
    support_interviews: n('SELECT count(*) FROM support_interviews WHERE path_id IN (SELECT id FROM support_paths WHERE worker_id = ?)'),
  };
}

describe('a person’s file', () => {
  it('holds every table’s rows for that person, and none of anyone else’s; the export is logged', async () => {
    const client = seed.client('particulier');
    const id = seed.worker({ passPeriods: [{ kind: 'suspension', reason: 'contrat_suspendu', start: '2026-02-01', end: '2026-02-28' }] });
    const other = seed.worker();
    const p = seed.placement(id, client, '2026-03-02', '2026-03-31');
    seed.placement(other, client, '2026-03-02', '2026-03-31');
    seed.hours(p, weekdays('2026-03').slice(0, 5), 180);
    const pathId = ok<SupportDetail>(backend.dispatch('support.openPath', { workerId: id, startDate: '2026-01-05' })).path!.id;
    ok(backend.dispatch('support.saveInterview', { pathId, interview: { date: '2026-02-02', kind: 'suivi', notes: 'Point sur la recherche' } }));
    const file = ok<PersonFile>(backend.dispatch('personalData.file', { workerId: id }));
    const counts = Object.fromEntries(file.tables.map((t) => [t.table, t.rows.length]));
    for (const [table, n] of Object.entries(expectedRows(id))) expect(counts[table] ?? 0, table).toBe(n);
    expect(counts.hours).toBe(5);
    expect(counts.pass_iae_periods).toBe(1);
    expect(counts.support_interviews).toBe(1);
    // Every table that points to workers is in the file (a new one cannot be forgotten).
    const withWorker = (sql().prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter((t) =>
      (sql().prepare(`PRAGMA foreign_key_list("${t}")`).all() as { table: string }[]).some((fk) => fk.table === 'workers'),
    );
    for (const t of withWorker) expect(counts, t).toHaveProperty(t);
    // Nothing of the other worker.
    const placements = file.tables.find((t) => t.table === 'placements')!.rows;
    expect(placements.every((r) => r.worker_id === id)).toBe(true);
    expect(file.tables.find((t) => t.table === 'audit_log')!.rows.length).toBeGreaterThan(3);

    const json = await backend.call('personalData.export', { workerId: id });
    const exported = JSON.parse(Buffer.from((json as { value: ExportFile }).value.base64, 'base64').toString('utf8')) as PersonFile;
    expect(exported.tables.map((t) => t.table)).toEqual(file.tables.map((t) => t.table));
    const logged = sql().prepare("SELECT action FROM audit_log WHERE entity = 'salarie' AND entity_id = ? AND action IN ('export', 'impression')").pluck().all(String(id));
    expect(logged).toEqual(['impression', 'export']);
  });
});

/** What the annual report counts (domain §5), by hand: it must not move with an anonymisation. */
function reportCounts() {
  const all = (q: string) => sql().prepare(q).all();
  return {
    bySexAndAge: all(
      `SELECT civility, CASE WHEN birth_date > date(exit_date, '-26 years') THEN 'moins26' WHEN birth_date <= date(exit_date, '-50 years') THEN '50plus' ELSE '26-49' END AS band,
              qpv, status, orienteur, education_level, count(*) AS n FROM workers GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
    ),
    entriesAndExits: all("SELECT substr(entry_date, 1, 4) AS y, substr(exit_date, 1, 4) AS x, count(*) AS n FROM workers GROUP BY 1, 2 ORDER BY 1, 2"),
    criteria: all('SELECT value AS criterion, count(*) AS n FROM eligibility_diagnoses, json_each(criteria) GROUP BY 1 ORDER BY 1'),
    hoursByKind: all(
      `SELECT c.kind, substr(h.day, 1, 4) AS y, sum(h.minutes) AS minutes, count(DISTINCT p.worker_id) AS workers
       FROM hours h JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id GROUP BY 1, 2 ORDER BY 1, 2`,
    ),
    placements: all('SELECT status, task_kind, count(*) AS n FROM placements GROUP BY 1, 2 ORDER BY 1, 2'),
    exits: all('SELECT exit_reason, substr(exit_date, 1, 4) AS y, count(*) AS n FROM support_paths GROUP BY 1, 2 ORDER BY 1, 2'),
    interviews: all('SELECT kind, count(*) AS n FROM support_interviews GROUP BY 1 ORDER BY 1'),
  };
}

describe('anonymisation', () => {
  it('proposes a worker two years after the exit by default, and after the years the setting says', () => {
    const twoYearsAgo = addMonths(todayIso(new Date()), -24);
    const exited = (exitDate: string) => seed.worker({ status: 'sorti', entryDate: addMonths(twoYearsAgo, -12), exitDate, passStart: null });
    const longer = exited(addDays(twoYearsAgo, -10));
    const shorter = exited(addDays(twoYearsAgo, 10));
    const listed = () => ok<AnonymisationCandidate[]>(backend.dispatch('personalData.candidates', {})).map((c) => c.id);

    const security = ok<SecuritySettings>(backend.dispatch('settings.getSecurity', {}));
    expect(security).toMatchObject({ anonymiseAfterYears: 2, idleLockMinutes: 10 });
    expect(listed()).toEqual([longer]);
    const one = ok<SecuritySettings>(backend.dispatch('settings.saveSecurity', { idleLockMinutes: 10, anonymiseAfterYears: 1, version: security.version }));
    expect(listed()).toEqual([longer, shorter]);
    ok(backend.dispatch('settings.saveSecurity', { idleLockMinutes: 10, anonymiseAfterYears: 3, version: one.version }));
    expect(listed()).toEqual([]);
  });

  it('lists the workers whose path ended more than the set years ago, erases who they were, and keeps every count', () => {
    const client = seed.client('entreprise', { memberships: [2021] });
    const old = seed.worker({
      birthName: 'Zerbib',
      firstName: 'Nadia',
      entryDate: '2021-01-04',
      passStart: '2021-01-04',
      diagnosis: { authorKind: 'structure', criteria: ['rqth', 'rsa'] },
      more: { nir: '2 80 04 69 123 456 26', phone: '06 11 22 33 44', email: 'nadia@exemple.fr', addressLine1: '3 rue Zerbib', notes: 'Suivie par Mme Zerbib mère', availability: 'matins' },
    });
    const recent = seed.worker({ status: 'sorti', entryDate: '2025-01-06', exitDate: new Date().toISOString().slice(0, 10) });
    const p = seed.placement(old, client, '2021-03-01', '2021-03-31');
    seed.hours(p, weekdays('2021-03').slice(0, 4), 240);
    // Her support: an interview with notes, then her exit, as the conseillère records them.
    const path = ok<SupportDetail>(backend.dispatch('support.openPath', { workerId: old, startDate: '2021-01-04' })).path!;
    ok(backend.dispatch('support.saveInterview', { pathId: path.id, interview: { date: '2021-02-01', kind: 'suivi', notes: 'Nadia Zerbib cherche un logement' } }));
    const version = ok<SupportDetail>(backend.dispatch('support.get', { workerId: old })).path!.version;
    const preview = ok<ExitPreview>(backend.dispatch('support.exitPreview', { pathId: path.id, exitDate: '2022-06-30' }));
    ok(
      backend.dispatch('support.recordExit', {
        pathId: path.id,
        version,
        exit: { exitDate: '2022-06-30', exitReason: 'cdi', exitNotes: 'Zerbib embauchée en CDI' },
        endPlacements: preview.placements.map((x) => x.id),
      }),
    );
    // Two imports whose reports keep a refused line naming her, as the file had it: one made
    // long ago (before the limit), one this year.
    const importFile = (who: string, first: string, valid: string) => {
      const fileBase64 = Buffer.from(['Civilité;Nom;Prénom;Né le', `Mme;${who};${first};31/02/1980`, `M.;${valid};Paul;01/01/1990`].join('\r\n'), 'utf8').toString('base64');
      const { mapping } = ok<{ mapping: Record<string, number | null> }>(backend.dispatch('workers.importPreview', { fileBase64, mapping: null }));
      ok(backend.dispatch('workers.importCommit', { fileBase64, mapping, skipInvalid: true }));
      return sql().prepare('SELECT max(id) FROM import_reports').pluck().get() as number;
    };
    const oldReport = importFile('Zerbib', 'Nadia', 'Lebrun');
    sql().prepare("UPDATE import_reports SET imported_at = '2021-05-03T09:00:00.000Z' WHERE id = ?").run(oldReport);
    const recentReport = importFile('Récente', 'Inès', 'Lenoir');
    const before = reportCounts();
    const total = ok<{ total: number }>(backend.dispatch('workers.list', { archived: 'tous' })).total;

    const candidates = ok<AnonymisationCandidate[]>(backend.dispatch('personalData.candidates', {}));
    expect(candidates.map((c) => c.id)).toEqual([old]);
    expect(candidates[0]).toMatchObject({ name: 'ZERBIB Nadia', exitDate: '2022-06-30' });
    // Someone not listed is refused, and nothing changes.
    expect(failure(backend.dispatch('personalData.anonymise', { ids: [old, recent] })).code).toBe('rule');
    expect(sql().prepare('SELECT birth_name FROM workers WHERE id = ?').pluck().get(old)).toBe('Zerbib');

    ok(backend.dispatch('personalData.anonymise', { ids: [old] }));
    expect(reportCounts()).toEqual(before);
    expect(ok<{ total: number }>(backend.dispatch('workers.list', { archived: 'tous' })).total).toBe(total);
    // Nothing in the whole database still says who she was: not a record, not the journal.
    for (const table of sql().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]) {
      const rows = sql().prepare(`SELECT * FROM "${table}"`).all();
      const text = JSON.stringify(rows).toLowerCase();
      for (const word of ['zerbib', 'nadia', '2800469123456', '0611223344', 'nadia@exemple.fr']) expect(text, `${word} dans ${table}`).not.toContain(word);
    }
    const w = sql().prepare('SELECT birth_name, first_name, nir, phone, email, notes, civility, birth_date, anonymised_at FROM workers WHERE id = ?').get(old);
    expect(w).toMatchObject({ birth_name: 'ANONYME', nir: null, phone: null, email: null, notes: null, anonymised_at: expect.any(String) });
    // The anonymisation is logged; the person is no longer proposed.
    expect(sql().prepare("SELECT count(*) FROM audit_log WHERE action = 'anonymisation' AND entity_id = ?").pluck().get(String(old))).toBe(1);
    expect(ok<AnonymisationCandidate[]>(backend.dispatch('personalData.candidates', {}))).toEqual([]);
    // The old import report keeps its counts, without its lines; the recent one is untouched.
    const report = (id: number) => sql().prepare('SELECT refused, details FROM import_reports WHERE id = ?').get(id) as { refused: number; details: string };
    expect(report(oldReport).refused).toBe(1);
    expect(JSON.parse(report(oldReport).details)).toMatchObject({ refusedLines: [], notes: [] });
    expect(report(recentReport).details).toContain('Récente');
  });
});
