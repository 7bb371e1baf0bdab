import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { contract } from '../../contract';
import { clientColumns } from '../../records/clients';
import { workerColumns } from '../../records/workers';
import { clients, workers } from '../../schema';
import { Calendar, dayOf } from './calendar';
import { planAudit } from './audit-trail';
import type { ClientPlan, Plan, WorkerPlan } from './types';

// Writes a plan into a database the app has just created and migrated. Workers and clients go
// through the app's own input schemas and row mappers (what the forms would store: phones in
// their one form, search texts, names); the other tables are written by ONE statement each
// below, in the app's column names: when the schema changes, this is the file to adapt (and the
// migrations hash in the cache key makes every cached file obsolete). Prepared statements with
// placeholders, in one transaction per table.

const bool = (b: boolean) => (b ? 1 : 0);

/** An INSERT of a row given by the Drizzle keys of `table` (the keys a row mapper returns). */
function rowWriter(db: Database.Database, table: SQLiteTable) {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const statements = new Map<string, Database.Statement>();
  return (row: Record<string, unknown>) => {
    const keys = Object.keys(row).filter((k) => row[k] !== undefined);
    const signature = keys.join(',');
    let statement = statements.get(signature);
    if (!statement) {
      const names = keys.map((k) => {
        const column = columns[k];
        if (!column) throw new Error(`Colonne inconnue : ${k}`);
        return column.name;
      });
      statement = db.prepare(`INSERT INTO ${getTableName(table)} (${names.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`);
      statements.set(signature, statement);
    }
    statement.run(keys.map((k) => (typeof row[k] === 'boolean' ? bool(row[k] as boolean) : row[k])));
  };
}

/** The worker as the form sends it, read by the app's schema (throws on data the app refuses). */
export function workerFormValues(w: WorkerPlan) {
  const { id: _i, pass: _p, diagnosis: _d, activeFrom: _a, activeTo: _t, suspensions: _s, archivedAt: _r, createdAt: _c, updatedAt: _u, ...worker } = w;
  return contract['workers.create'].input.parse({ worker }).worker;
}

/** The client as the form sends it, read by the app's schema. */
export function clientFormValues(c: ClientPlan) {
  const { id: _i, workAddresses: _w, memberships: _m, archivedAt: _a, createdAt: _c, updatedAt: _u, ...client } = c;
  return contract['clients.create'].input.parse({ client }).client;
}

export function writePlan(db: Database.Database, plan: Plan): void {
  const inTransaction = (fn: () => void) => db.transaction(fn).immediate();

  inTransaction(() => {
    const o = plan.organisation;
    db.prepare(
      `INSERT INTO organisation (id, name, siret, address_line1, postal_code, city, phone, email, convention_number, sap_declaration_number,
         default_billed_rate_cents, default_wage_rate_cents, etp_annual_minutes, updated_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2200, 1200, ?, ?)`,
    ).run(o.name, o.siret, o.addressLine1, o.postalCode, o.city, o.phone, o.email, o.conventionNumber, o.sapDeclarationNumber, 1607 * 60, o.updatedAt);
    const commune = db.prepare('INSERT INTO territory_communes (postal_code, city) VALUES (?, ?)');
    for (const c of plan.territory) commune.run(c.postalCode, c.city);
  });

  inTransaction(() => {
    const worker = rowWriter(db, workers);
    const pass = db.prepare('INSERT INTO pass_iae (id, worker_id, number, start_date, end_date_override, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const period = db.prepare('INSERT INTO pass_iae_periods (pass_id, kind, reason, start_date, end_date) VALUES (?, ?, ?, ?, ?)');
    const diagnosis = db.prepare(
      'INSERT INTO eligibility_diagnoses (worker_id, date, author_kind, author_name, criteria, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const w of plan.workers) {
      const columns = workerColumns(workerFormValues(w), w.pass ? [w.pass.number] : []);
      worker({ ...columns, id: w.id, archivedAt: w.archivedAt, createdAt: w.createdAt, updatedAt: w.updatedAt });
      if (w.pass) {
        const p = w.pass;
        pass.run(p.id, w.id, p.number, p.startDate, p.endDateOverride, p.createdAt);
        for (const x of p.periods) period.run(p.id, x.kind, x.reason, x.startDate, x.endDate);
      }
      const d = w.diagnosis;
      if (d) diagnosis.run(w.id, d.date, d.authorKind, d.authorName, JSON.stringify(d.criteria), d.createdAt);
    }
  });

  inTransaction(() => {
    const client = rowWriter(db, clients);
    const site = db.prepare(
      'INSERT INTO client_work_addresses (id, client_id, label, address_line1, address_line2, postal_code, city) VALUES (?, ?, ?, ?, NULL, ?, ?)',
    );
    const membership = db.prepare('INSERT INTO memberships (client_id, year, amount_cents, paid_on, means, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const c of plan.clients) {
      client({ ...clientColumns(clientFormValues(c)), id: c.id, archivedAt: c.archivedAt, createdAt: c.createdAt, updatedAt: c.updatedAt });
      for (const a of c.workAddresses) site.run(a.id, c.id, a.label, a.addressLine1, a.postalCode, a.city);
      for (const m of c.memberships) membership.run(c.id, m.year, m.amountCents, m.paidOn, m.means, m.createdAt);
    }
  });

  inTransaction(() => {
    const placement = db.prepare(
      `INSERT INTO placements (id, worker_id, client_id, work_address_id, task_kind, task_detail, start_date, end_date, planned_minutes,
         billed_rate_cents, wage_rate_cents, ppe_needed, ppe_supplied_by, status, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of plan.placements) {
      placement.run(
        p.id, p.workerId, p.clientId, p.workAddressId, p.taskKind, p.taskDetail, p.startDate, p.endDate, p.plannedMinutes,
        p.billedRateCents, p.wageRateCents, p.ppeNeeded, p.ppeSuppliedBy, p.status, p.notes, p.createdAt, p.updatedAt,
      );
    }
  });

  const h = plan.hours;
  const calendar = new Calendar(h.length > 0 ? h.day[0]! : dayOf(plan.today), h.length > 0 ? h.day[h.length - 1]! : dayOf(plan.today));
  inTransaction(() => {
    const hour = db.prepare('INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, ?)');
    for (let i = 0; i < h.length; i++) hour.run(h.placement[i]!, calendar.isoOf(h.day[i]!), h.minutes[i]!);
  });

  inTransaction(() => {
    const closure = db.prepare('INSERT INTO month_closures (month, closed_at, closed_by) VALUES (?, ?, ?)');
    for (const c of plan.closures) closure.run(c.month, c.closedAt, c.closedBy);
    const audit = db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)');
    for (const a of planAudit(plan, calendar)) audit.run(a.at, a.actor, a.action, a.entity, a.entityId, a.details);
  });
}
