import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations } from './migrate';
import { hourChangesOf, type HourChangesDetails } from './records/hours-audit';

// The shipped migrations on a real SQLite file holding what an older Passerelle wrote: the file
// is migrated up to just before a migration, filled as the office left it, then brought up to date.

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
const migrations = loadMigrations(MIGRATIONS_DIR);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A database file migrated up to (not including) the migration whose tag ends with `tag`. */
function databaseBefore(tag: string): Database.Database {
  const index = migrations.findIndex((m) => m.tag.endsWith(tag));
  if (index < 0) throw new Error(`migration ${tag} inconnue`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-migrations-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, 'passerelle.sqlite'));
  db.pragma('foreign_keys = ON');
  applyMigrations(db, migrations.slice(0, index));
  return db;
}

describe('the journal of changes', () => {
  it('names every entity in French once migrated (worker, client, placement were English)', () => {
    const db = databaseBefore('audit_one_language');
    const add = db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('2026-01-01T00:00:00Z', 'test', 'création', ?, '1')");
    for (const entity of ['worker', 'client', 'placement', 'heures', 'pass_iae']) add.run(entity);
    applyMigrations(db, migrations);
    expect(db.prepare('SELECT entity FROM audit_log ORDER BY id').pluck().all()).toEqual(['salarie', 'utilisateur', 'mission', 'heures', 'pass_iae']);
    db.close();
  });
});

describe('the clients of an older Passerelle', () => {
  it("split a particulier's name where it clearly reads civility, first and last name, else flag it; organisations and their rows stay", () => {
    const db = databaseBefore('client_person_names');
    const client = db.prepare(
      `INSERT INTO clients (kind, name, contact_name, city, siret, payment_terms_days, counts_480, created_at, updated_at, search_text)
       VALUES (?, ?, NULL, 'Lyon', NULL, 30, 0, '2026-01-01', '2026-01-01', ?)`,
    );
    const ids = [
      ['particulier', 'Mme Jeanne Moreau'],
      ['particulier', 'M. Jean-Pierre DUPONT'],
      ['particulier', "Madame Marie-Hélène N'Diaye"],
      ['particulier', 'Famille Durand'],
      ['particulier', 'Mme Moreau'],
      ['entreprise', 'Boulangerie du Parc'],
    ].map(([kind, name]) => Number(client.run(kind, name, name!.toLowerCase()).lastInsertRowid));
    db.prepare("INSERT INTO memberships (client_id, year, amount_cents, paid_on, means, created_at) VALUES (?, 2026, 2000, '2026-01-10', 'cheque', '2026-01-10')").run(ids[0]);

    applyMigrations(db, migrations);
    const rows = db
      .prepare('SELECT kind, name, civility, first_name AS firstName, last_name AS lastName, name_review AS review, search_text AS search FROM clients ORDER BY id')
      .all();
    expect(rows).toEqual([
      { kind: 'particulier', name: null, civility: 'Mme', firstName: 'Jeanne', lastName: 'Moreau', review: 0, search: 'moreau jeanne lyon' },
      { kind: 'particulier', name: null, civility: 'M.', firstName: 'Jean-Pierre', lastName: 'DUPONT', review: 0, search: 'dupont jean pierre lyon jeanpierre' },
      { kind: 'particulier', name: null, civility: 'Mme', firstName: 'Marie-Hélène', lastName: "N'Diaye", review: 0, search: 'n diaye marie helene lyon ndiaye mariehelene' },
      { kind: 'particulier', name: null, civility: null, firstName: null, lastName: 'Famille Durand', review: 1, search: 'famille durand lyon' },
      { kind: 'particulier', name: null, civility: null, firstName: null, lastName: 'Mme Moreau', review: 1, search: 'mme moreau lyon' },
      { kind: 'entreprise', name: 'Boulangerie du Parc', civility: null, firstName: null, lastName: null, review: 0, search: 'boulangerie du parc lyon' },
    ]);
    // (The search texts are those of today's rule: migration 0007 recomputed them.)
    // The table was rebuilt: the rows that point at a client are still there.
    expect(db.prepare('SELECT client_id FROM memberships').pluck().all()).toEqual([ids[0]]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('the economic layoffs of an older Passerelle', () => {
  it('read a post typed in words as the task it clearly names, else keep the words for the office to choose', () => {
    const db = databaseBefore('versions_layoff_task');
    const client = db.prepare(
      `INSERT INTO clients (kind, name, payment_terms_days, counts_480, last_layoff_date, last_layoff_post, created_at, updated_at, search_text)
       VALUES ('entreprise', ?, 30, 1, ?, ?, '2026-01-01', '2026-01-01', 'x')`,
    );
    for (const [name, date, post] of [
      ['Transports Rhône', '2026-01-10', 'manutentionnaire'],
      ['Propreté Lyonnaise', '2026-01-10', 'Agent de NETTOYAGE'],
      ['Bâtir', '2026-01-10', 'agent polyvalent'],
      ['Sans licenciement', null, null],
    ]) {
      client.run(name, date, post);
    }
    applyMigrations(db, migrations);
    const rows = db.prepare('SELECT name, last_layoff_post AS post, last_layoff_post_review AS review, version FROM clients ORDER BY id').all();
    expect(rows).toEqual([
      { name: 'Transports Rhône', post: 'manutention', review: null, version: 1 },
      { name: 'Propreté Lyonnaise', post: 'nettoyage_locaux', review: null, version: 1 },
      { name: 'Bâtir', post: null, review: 'agent polyvalent', version: 1 },
      { name: 'Sans licenciement', post: null, review: null, version: 1 },
    ]);
    db.close();
  });
});

describe('phones and search texts saved by an older Passerelle', () => {
  it('puts every phone in its one form and recomputes the search texts (apostrophes, hyphens, PASS IAE numbers)', () => {
    const db = databaseBefore('import_reports_tidy_values');
    const worker = db.prepare(
      `INSERT INTO workers (civility, birth_name, first_name, birth_date, nir, nationality, status, skills, phone, created_at, updated_at, search_text)
       VALUES ('Mme', ?, ?, '1990-01-01', ?, 'france', 'candidat', '[]', ?, '2026-01-01', '2026-01-01', ?)`,
    );
    const awa = Number(worker.run("N'DIAYE", 'Awa', '290037511204502', '06.12.34.56.78', 'n diaye awa 290037511204502').lastInsertRowid);
    worker.run('DUPONT-LEFÈVRE', 'Hélène', null, '+33612345678', 'dupont lefevre helene');
    worker.run('MARTIN', 'Paul', null, 'demander au CCAS', 'martin paul');
    db.prepare("INSERT INTO pass_iae (worker_id, number, start_date, created_at) VALUES (?, '999992612345', '2026-01-05', '2026-01-05')").run(awa);
    db.prepare(
      `INSERT INTO clients (kind, name, phone, payment_terms_days, counts_480, created_at, updated_at, search_text)
       VALUES ('entreprise', 'Espaces Verts d''Almeida', '0472000000', 30, 1, '2026-01-01', '2026-01-01', 'espaces verts d almeida')`,
    ).run();
    db.prepare(
      `INSERT INTO organisation (id, name, phone, default_billed_rate_cents, etp_annual_minutes, updated_at)
       VALUES (1, 'AI du Rhône', '04-72-00-00-01', 2250, 96420, '2026-01-01')`,
    ).run();

    applyMigrations(db, migrations);
    expect(db.prepare('SELECT phone, search_text AS search FROM workers ORDER BY id').all()).toEqual([
      { phone: '06 12 34 56 78', search: 'n diaye awa 290037511204502 999992612345 ndiaye' },
      { phone: '+33 6 12 34 56 78', search: 'dupont lefevre helene dupontlefevre' },
      { phone: 'demander au CCAS', search: 'martin paul' },
    ]);
    expect(db.prepare('SELECT phone, search_text AS search FROM clients').get()).toEqual({ phone: '04 72 00 00 00', search: 'espaces verts d almeida dalmeida' });
    expect(db.prepare('SELECT phone FROM organisation').pluck().get()).toBe('04 72 00 00 01');
    db.close();
  });
});

describe('the « travaux interdits » setting of an older Passerelle', () => {
  it('gives way to the works of article D4154-1, all refused; the everyday tasks once ticked are written to the journal', () => {
    const db = databaseBefore('forbidden_work_d4154');
    const add = db.prepare('INSERT INTO task_settings (task_kind, forbidden) VALUES (?, ?)');
    add.run('demenagement', 1);
    add.run('second_oeuvre', 1);
    add.run('menage', 0);
    applyMigrations(db, migrations);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'task_settings'").all()).toEqual([]);
    // No exception: every work of the list is refused.
    expect(db.prepare('SELECT count(*) FROM forbidden_work_exceptions').pluck().get()).toBe(0);
    const logged = db.prepare("SELECT actor, action, entity, details FROM audit_log WHERE entity = 'regles'").all() as { details: string }[];
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actor: 'mise à jour de Passerelle', action: 'modification', entity: 'regles' });
    expect(JSON.parse(logged[0]!.details)).toEqual({
      tachesInterditesRetirees: ['demenagement', 'second_oeuvre'],
      motif: "La liste des travaux interdits est désormais celle de l'article D4154-1 du Code du travail.",
    });
    db.close();
  });

  it('writes nothing to the journal when no task was ticked', () => {
    const db = databaseBefore('forbidden_work_d4154');
    db.prepare("INSERT INTO task_settings (task_kind, forbidden) VALUES ('menage', 0)").run();
    applyMigrations(db, migrations);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'regles'").pluck().get()).toBe(0);
    db.close();
  });
});

describe('the hours of an older Passerelle', () => {
  /** Two workers, three clients (one counting towards the 480 h), four placements, and their hours. */
  function withHours() {
    const db = databaseBefore('hours_compact_worker_days');
    const worker = db.prepare(
      `INSERT INTO workers (civility, birth_name, first_name, birth_date, nationality, status, skills, created_at, updated_at, search_text)
       VALUES ('Mme', ?, 'Awa', '1990-01-01', 'france', 'en_parcours', '[]', '2026-01-01', '2026-01-01', 'x')`,
    );
    const [w1, w2] = ['DIALLO', 'MARTIN'].map((n) => Number(worker.run(n).lastInsertRowid));
    const client = db.prepare(
      `INSERT INTO clients (kind, name, last_name, payment_terms_days, counts_480, created_at, updated_at, search_text)
       VALUES (?, ?, ?, 30, ?, '2026-01-01', '2026-01-01', 'x')`,
    );
    const company = Number(client.run('entreprise', 'Boulangerie du Parc', null, 1).lastInsertRowid);
    const person = Number(client.run('particulier', null, 'Moreau', 0).lastInsertRowid);
    const other = Number(client.run('association', 'Les Amis du Parc', null, 0).lastInsertRowid);
    const placement = db.prepare(
      `INSERT INTO placements (worker_id, client_id, task_kind, start_date, end_date, billed_rate_cents, wage_rate_cents, status, created_at, updated_at)
       VALUES (?, ?, 'menage', '2026-03-01', '2026-03-31', 2200, 1200, 'en_cours', '2026-01-01', '2026-01-01')`,
    );
    const [p1, p2, p3, p4] = [[w1, company], [w1, person], [w2, company], [w2, other]].map(([w, c]) => Number(placement.run(w, c).lastInsertRowid));
    const hour = db.prepare('INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, ?)');
    const cells: [number, string, number][] = [
      [p1!, '2026-03-02', 240],
      [p2!, '2026-03-02', 120],
      [p1!, '2026-03-03', 420],
      [p3!, '2026-03-02', 300],
      [p4!, '2026-03-04', 180],
    ];
    for (const c of cells) hour.run(...c);
    return { db, w1: w1!, w2: w2!, company, person, p1: p1!, p2: p2!, p3: p3!, p4: p4!, cells };
  }

  /** Each worker's days as recomputed from the hours, and as the summary holds them. */
  const summary = (db: Database.Database) => db.prepare('SELECT worker_id, day, minutes, counting_minutes FROM worker_days ORDER BY worker_id, day').all();
  const recomputed = (db: Database.Database) =>
    db
      .prepare(
        `SELECT p.worker_id, h.day, SUM(h.minutes) AS minutes, SUM(CASE WHEN c.counts_480 = 1 THEN h.minutes ELSE 0 END) AS counting_minutes
         FROM hours h JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id GROUP BY p.worker_id, h.day ORDER BY p.worker_id, h.day`,
      )
      .all();

  it('are kept, every one, in a table keyed (placement, day) without rowid, with the covering index of the month', () => {
    const { db, cells } = withHours();
    applyMigrations(db, migrations);
    expect(db.prepare('SELECT placement_id, day, minutes FROM hours ORDER BY placement_id, day').raw().all()).toEqual(
      [...cells].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])),
    );
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'hours'").pluck().get()).toMatch(/WITHOUT ROWID\s*$/);
    expect(db.prepare("SELECT name FROM pragma_index_info('hours_day_placement') ORDER BY seqno").pluck().all()).toEqual(['day', 'placement_id', 'minutes']);
    // The CHECK still holds on the renamed table.
    expect(() => db.prepare('INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, 0)').run(cells[0]![0], '2026-03-09')).toThrow(/CHECK/);
    db.close();
  });

  it('are summed per worker and day, all minutes and those that count towards the 480 h, and the sums follow every change', () => {
    const { db, w1, w2, company, person, p1, p2, p4 } = withHours();
    applyMigrations(db, migrations);
    expect(summary(db)).toEqual([
      { worker_id: w1, day: '2026-03-02', minutes: 360, counting_minutes: 240 },
      { worker_id: w1, day: '2026-03-03', minutes: 420, counting_minutes: 420 },
      { worker_id: w2, day: '2026-03-02', minutes: 300, counting_minutes: 300 },
      { worker_id: w2, day: '2026-03-04', minutes: 180, counting_minutes: 0 },
    ]);
    // Hours typed, changed, moved and cleared.
    db.prepare("INSERT INTO hours (placement_id, day, minutes) VALUES (?, '2026-03-05', 60)").run(p2);
    db.prepare("UPDATE hours SET minutes = 200 WHERE placement_id = ? AND day = '2026-03-02'").run(p1);
    db.prepare("UPDATE hours SET day = '2026-03-06' WHERE placement_id = ? AND day = '2026-03-03'").run(p1);
    db.prepare("DELETE FROM hours WHERE placement_id = ? AND day = '2026-03-04'").run(p4);
    expect(summary(db)).toEqual(recomputed(db));
    // A placement given to another worker and client, a client that starts and stops counting.
    db.prepare('UPDATE placements SET worker_id = ?, client_id = ? WHERE id = ?').run(w2, person, p1);
    expect(summary(db)).toEqual(recomputed(db));
    db.prepare('UPDATE clients SET counts_480 = 1 WHERE id = ?').run(person);
    expect(summary(db)).toEqual(recomputed(db));
    db.prepare('UPDATE clients SET counts_480 = 0 WHERE id = ?').run(company);
    expect(summary(db)).toEqual(recomputed(db));
    expect(db.prepare('SELECT count(*) FROM worker_days WHERE minutes <= 0').pluck().get()).toBe(0);
    db.close();
  });

  it('keep in the journal every cell each save changed, from what to what, in the compact form', () => {
    const db = databaseBefore('hours_compact_worker_days');
    const log = db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES ('2026-04-01T08:00:00Z', 'smartin', ?, ?, ?, ?)");
    log.run('saisie', 'heures', '2026-03', JSON.stringify({
      cases: [
        { mission: 12, jour: '2026-03-02', avant: null, apres: 420 },
        { mission: 12, jour: '2026-03-03', avant: 420, apres: 390 },
        { mission: 7, jour: '2026-03-31', avant: 60, apres: null },
      ],
    }));
    log.run('saisie', 'heures', '2026-02', JSON.stringify({ cases: 3 }));
    log.run('clôture', 'mois', '2026-03', null);
    applyMigrations(db, migrations);
    const rows = db.prepare('SELECT action, entity, entity_id AS entityId, details FROM audit_log ORDER BY audit_log.id').all() as { details: string | null }[];
    expect(rows.map((r) => ({ ...r, details: r.details === null ? null : JSON.parse(r.details) }))).toEqual([
      { action: 'saisie', entity: 'heures', entityId: '2026-03', details: { missions: { 12: { '02': [null, 420], '03': [420, 390] }, 7: { '31': [60, null] } } } },
      { action: 'saisie', entity: 'heures', entityId: '2026-02', details: { cases: 3 } },
      { action: 'clôture', entity: 'mois', entityId: '2026-03', details: null },
    ]);
    expect(hourChangesOf('2026-03', JSON.parse(rows[0]!.details!) as HourChangesDetails)).toEqual(
      expect.arrayContaining([
        { placementId: 12, day: '2026-03-02', before: null, after: 420 },
        { placementId: 12, day: '2026-03-03', before: 420, after: 390 },
        { placementId: 7, day: '2026-03-31', before: 60, after: null },
      ]),
    );
    db.close();
  });
});

describe('the workers of an older Passerelle', () => {
  it('each worker already entered gets the path of their entry and exit dates; a candidate gets none', () => {
    const db = databaseBefore('support');
    const worker = db.prepare(
      `INSERT INTO workers (civility, birth_name, first_name, birth_date, nationality, status, entry_date, exit_date, created_at, updated_at, search_text)
       VALUES ('Mme', ?, 'Jeanne', '1980-01-01', 'france', ?, ?, ?, '2026-01-01', '2026-01-01', 'x')`,
    );
    const ids = [
      ['Moreau', 'en_parcours', '2026-01-05', null],
      ['Durand', 'sorti', '2025-03-03', '2026-02-27'],
      ['Petit', 'candidat', null, null],
    ].map(([name, status, entry, exit]) => Number(worker.run(name, status, entry, exit).lastInsertRowid));
    applyMigrations(db, migrations);
    expect(db.prepare('SELECT worker_id AS workerId, start_date AS startDate, exit_date AS exitDate, exit_reason AS exitReason, version FROM support_paths ORDER BY worker_id').all()).toEqual([
      { workerId: ids[0], startDate: '2026-01-05', exitDate: null, exitReason: null, version: 1 },
      { workerId: ids[1], startDate: '2025-03-03', exitDate: '2026-02-27', exitReason: null, version: 1 },
    ]);
    db.close();
  });
});

describe('the invoice prefix of an older Passerelle', () => {
  it('moves from the organisation to the invoicing settings', () => {
    const db = databaseBefore('invoices');
    db.prepare(
      `INSERT INTO organisation (id, name, default_billed_rate_cents, etp_annual_minutes, invoice_prefix, updated_at) VALUES (1, 'AI', 2200, 96420, 'FA-', '2026-01-01')`,
    ).run();
    applyMigrations(db, migrations);
    expect(db.prepare('SELECT prefix, vat_rate_bp, client_account_prefix, version FROM invoice_settings').all()).toEqual([
      { prefix: 'FA-', vat_rate_bp: 0, client_account_prefix: '411', version: 1 },
    ]);
    expect(db.prepare(`SELECT COUNT(*) FROM pragma_table_info('organisation') WHERE name = 'invoice_prefix'`).pluck().get()).toBe(0);
    db.close();
  });
});
