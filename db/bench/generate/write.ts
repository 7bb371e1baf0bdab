import type Database from 'better-sqlite3';
import { searchKey } from '../../base/search';
import { Calendar, dayOf } from './calendar';
import { planAudit } from './audit-trail';
import type { ClientPlan, Plan, WorkerPlan } from './types';

// Writes a plan into a database the app has just created and migrated. Each table is written
// by ONE statement below, in the app's column names: when the schema changes, this is the
// file to adapt (and the migrations hash in the cache key makes every cached file obsolete).
// Prepared statements with placeholders, in one transaction per table.

const bool = (b: boolean) => (b ? 1 : 0);

/** The worker's search key, built from the same fields as the app's workerSearchText (db/handlers/worker-records.ts). */
export function workerSearchKey(w: Pick<WorkerPlan, 'birthName' | 'usageName' | 'firstName' | 'nir'>): string {
  return searchKey(w.usageName || w.birthName, w.firstName, w.usageName ? w.birthName : null, w.nir);
}

/** The client's search key, from the same fields as the app's clientColumns (db/handlers/client-records.ts). */
export function clientSearchKey(c: Pick<ClientPlan, 'name' | 'contactName' | 'city' | 'siret'>): string {
  return searchKey(c.name, c.contactName, c.city, c.siret);
}

export function writePlan(db: Database.Database, plan: Plan): void {
  const inTransaction = (fn: () => void) => db.transaction(fn).immediate();

  inTransaction(() => {
    const o = plan.organisation;
    db.prepare(
      `INSERT INTO organisation (id, name, siret, address_line1, postal_code, city, phone, email, convention_number, sap_declaration_number,
         default_billed_rate_cents, default_wage_rate_cents, etp_annual_minutes, invoice_prefix, updated_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2200, 1200, ?, 'F', ?)`,
    ).run(o.name, o.siret, o.addressLine1, o.postalCode, o.city, o.phone, o.email, o.conventionNumber, o.sapDeclarationNumber, 1607 * 60, o.updatedAt);
    const commune = db.prepare('INSERT INTO territory_communes (postal_code, city) VALUES (?, ?)');
    for (const c of plan.territory) commune.run(c.postalCode, c.city);
  });

  inTransaction(() => {
    const worker = db.prepare(
      `INSERT INTO workers (id, civility, birth_name, usage_name, first_name, birth_date, nir, nationality, permit_number, permit_expiry,
         address_line1, address_line2, postal_code, city, qpv, phone, email, orienteur, education_level, driving_licence, vehicle, skills,
         availability, referent, status, entry_date, exit_date, notes, archived_at, created_at, updated_at, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const pass = db.prepare('INSERT INTO pass_iae (id, worker_id, number, start_date, end_date_override, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const period = db.prepare('INSERT INTO pass_iae_periods (pass_id, kind, reason, start_date, end_date) VALUES (?, ?, ?, ?, ?)');
    const diagnosis = db.prepare(
      'INSERT INTO eligibility_diagnoses (worker_id, date, author_kind, author_name, criteria, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const w of plan.workers) {
      worker.run(
        w.id, w.civility, w.birthName, w.usageName, w.firstName, w.birthDate, w.nir, w.nationality, w.permitNumber, w.permitExpiry,
        w.addressLine1, w.addressLine2, w.postalCode, w.city, bool(w.qpv), w.phone, w.email, w.orienteur, w.educationLevel,
        bool(w.drivingLicence), bool(w.vehicle), JSON.stringify(w.skills), w.availability, w.referent, w.status, w.entryDate, w.exitDate,
        w.notes, w.archivedAt, w.createdAt, w.updatedAt, workerSearchKey(w),
      );
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
    // The particulier's name parts (c.person) are not columns yet: the whole name is in `name`.
    const client = db.prepare(
      `INSERT INTO clients (id, kind, name, siret, contact_name, address_line1, address_line2, postal_code, city, phone, email,
         hourly_rate_cents, payment_terms_days, counts_480, last_layoff_date, last_layoff_post, notes, archived_at, created_at, updated_at, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const site = db.prepare(
      'INSERT INTO client_work_addresses (id, client_id, label, address_line1, address_line2, postal_code, city) VALUES (?, ?, ?, ?, NULL, ?, ?)',
    );
    const membership = db.prepare('INSERT INTO memberships (client_id, year, amount_cents, paid_on, means, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const c of plan.clients) {
      client.run(
        c.id, c.kind, c.name, c.siret, c.contactName, c.addressLine1, c.addressLine2, c.postalCode, c.city, c.phone, c.email,
        c.hourlyRateCents, c.paymentTermsDays, bool(c.counts480), c.lastLayoffDate, c.lastLayoffPost, c.notes, c.archivedAt,
        c.createdAt, c.updatedAt, clientSearchKey(c),
      );
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
