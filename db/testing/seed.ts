// Seeding for the integration tests of placements, hours and alerts: every record goes through
// `backend.dispatch`, as the screens send it, so the tests see what the office would see.
import type { Backend } from '../backend';
import type { ApiError } from '../contract/result';
import type { HoursIssue, SavedMonth } from '../contract/hours';
import type { ClientInput } from '../contract/clients';
import type { PlacementInput } from '../contract/placements';
import type { ClientKind, TaskKind } from '../contract/reference';
import type { CriterionCode } from '../rules/eligibility';
import type { WorkerInput } from '../contract/workers';
import { addDays, todayIso } from '../base/dates';
import { isWeekend } from '../rules/holidays';
import { monthDays } from '../base/months';
import { splitPersonName } from '../rules/person-name';

export type Dispatched = ReturnType<Backend['dispatch']>;

export function ok<T>(r: Dispatched): T {
  if (!r.ok) throw new Error(`Appel refusé : ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export function failure(r: Dispatched): ApiError {
  if (r.ok) throw new Error(`Appel accepté alors qu'il devait être refusé : ${JSON.stringify(r.value)}`);
  return r.error;
}

export const today = () => todayIso(new Date());
export const thisYear = () => Number(today().slice(0, 4));

/** The weekdays (Monday–Friday) of a month `YYYY-MM`, or of the days between two dates. */
export function weekdays(month: string): string[] {
  return monthDays(month).filter((d) => !isWeekend(d));
}
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export interface WorkerSeed {
  birthName?: string;
  firstName?: string;
  status?: 'candidat' | 'en_parcours' | 'sorti';
  entryDate?: string;
  exitDate?: string;
  nationality?: 'france' | 'ue' | 'hors_ue';
  permitExpiry?: string;
  /** The PASS IAE's first day; null: no PASS. Default: 05/01/2026 (valid to 04/01/2028). */
  passStart?: string | null;
  passEndOverride?: string;
  passPeriods?: { kind: 'suspension' | 'prolongation'; reason: string; start: string; end: string }[];
  /** The eligibility diagnosis; null: none. Default: by an authorised prescriber on 05/01/2026. */
  diagnosis?: { date?: string; authorKind: 'prescripteur' | 'structure'; criteria?: CriterionCode[] } | null;
  more?: Partial<WorkerInput>;
}

export interface ClientSeed {
  name?: string;
  /** Years of paid membership. Default: last year, this year, next year, and 2026. */
  memberships?: number[];
  postalCode?: string;
  city?: string;
  lastLayoffDate?: string;
  /** The layoff's post, a task. Default: manutention. */
  lastLayoffPost?: TaskKind;
  counts480?: boolean;
}

export interface PlacementSeed {
  taskKind?: PlacementInput['taskKind'];
  status?: PlacementInput['status'];
  confirmed?: string[];
  more?: Partial<PlacementInput>;
}

/** A particulier's `name` is written whole (« Mme Océane Roux ») and split as the import does. */
function clientNames(kind: ClientKind, name: string | undefined, i: number): Partial<ClientInput> {
  if (kind !== 'particulier') return { name: name ?? `Utilisateur ${kind} ${i}` };
  if (name === undefined) return { civility: 'Mme', lastName: `Particulier ${i}`, firstName: 'Camille' };
  const person = splitPersonName(name);
  if (!person) throw new Error(`Nom de particulier à écrire « Mme Prénom Nom » : ${name}`);
  return person;
}

/** Seeding helpers bound to one back end. */
export function seeder(backend: Backend) {
  let n = 0;
  const next = () => ++n;

  function worker(seed: WorkerSeed = {}): number {
    const i = next();
    const status = seed.status ?? 'en_parcours';
    const input: WorkerInput = {
      civility: i % 2 ? 'Mme' : 'M.',
      birthName: seed.birthName ?? `Salarié${String.fromCharCode(65 + (i % 26))}${i}`,
      firstName: seed.firstName ?? 'Camille',
      birthDate: addDays('1980-01-01', i),
      status,
      entryDate: seed.entryDate ?? (status === 'candidat' ? '' : '2026-01-05'),
      exitDate: seed.exitDate ?? '',
      nationality: seed.nationality ?? 'france',
      ...(seed.nationality === 'hors_ue' ? { permitNumber: `T${i}`, permitExpiry: seed.permitExpiry ?? '2030-12-31' } : {}),
      ...seed.more,
    };
    const id = ok<{ id: number }>(backend.dispatch('workers.create', { worker: input })).id;
    const passStart = seed.passStart === undefined ? '2026-01-05' : seed.passStart;
    if (passStart !== null) {
      ok(
        backend.dispatch('workers.savePass', {
          workerId: id,
          number: `PASS${String(i).padStart(8, '0')}`,
          startDate: passStart,
          ...(seed.passEndOverride ? { endDateOverride: seed.passEndOverride } : {}),
          periods: seed.passPeriods ?? [],
        }),
      );
    }
    const diagnosis = seed.diagnosis === undefined ? { authorKind: 'prescripteur' as const } : seed.diagnosis;
    if (diagnosis !== null) {
      ok(backend.dispatch('workers.addDiagnosis', { workerId: id, date: diagnosis.date ?? '2026-01-05', authorKind: diagnosis.authorKind, criteria: diagnosis.criteria ?? [] }));
    }
    return id;
  }

  function client(kind: ClientKind, seed: ClientSeed = {}): number {
    const i = next();
    const input: ClientInput = {
      kind,
      ...clientNames(kind, seed.name, i),
      postalCode: seed.postalCode ?? '69001',
      city: seed.city ?? 'Lyon',
      addressLine1: `${i} rue de la République`,
      hourlyRateCents: '22,50',
      ...(seed.lastLayoffDate ? { lastLayoffDate: seed.lastLayoffDate, lastLayoffPost: seed.lastLayoffPost ?? 'manutention' } : {}),
      ...(seed.counts480 !== undefined ? { counts480: seed.counts480 } : {}),
    };
    const id = ok<{ id: number }>(backend.dispatch('clients.create', { client: input })).id;
    const years = seed.memberships ?? [...new Set([thisYear() - 1, thisYear(), thisYear() + 1, 2026])];
    for (const year of years) {
      ok(backend.dispatch('clients.addMembership', { clientId: id, year, amountCents: '20', paidOn: `${year}-01-15`, means: 'cheque' }));
    }
    return id;
  }

  function placementInput(workerId: number, clientId: number, startDate: string, endDate: string, seed: PlacementSeed = {}): PlacementInput {
    return {
      workerId,
      clientId,
      taskKind: seed.taskKind ?? 'menage',
      // An entreprise placement must describe a precise, temporary task.
      taskDetail: 'Entretien des bureaux du rez-de-chaussée',
      startDate,
      endDate,
      billedRateCents: '22,50',
      wageRateCents: '12,50',
      status: seed.status ?? 'en_cours',
      ...seed.more,
    };
  }

  function placement(workerId: number, clientId: number, startDate: string, endDate: string, seed: PlacementSeed = {}): number {
    const placement = placementInput(workerId, clientId, startDate, endDate, seed);
    return ok<{ id: number }>(backend.dispatch('placements.create', { placement, confirmed: seed.confirmed ?? [] })).id;
  }

  function saveRules(rules: {
    territory?: { postalCode: string; city: string }[];
    forbiddenWork?: string[];
    waivers?: { reference: string; startDate: string; endDate: string }[];
    mode480?: 'fenetre' | 'glissante';
  }) {
    // Saved on the version just read, as the settings page does.
    const { version } = ok<{ version: number }>(backend.dispatch('settings.getRules', {}));
    return ok(backend.dispatch('settings.saveRules', { ...rules, version }));
  }

  /** Saves `minutes` on each of `days` for one placement, month by month. */
  function hours(placementId: number, days: string[], minutes: number) {
    const byMonth = new Map<string, string[]>();
    for (const d of days) byMonth.set(d.slice(0, 7), [...(byMonth.get(d.slice(0, 7)) ?? []), d]);
    const issues: HoursIssue[] = [];
    for (const [month, list] of byMonth) {
      const r = ok<SavedMonth>(backend.dispatch('hours.saveMonth', { month, entries: list.map((day) => ({ placementId, day, minutes })) }));
      if (r.held.length > 0) throw new Error(`Heures non enregistrées : ${JSON.stringify(r.issues)}`);
      issues.push(...r.issues);
    }
    return issues;
  }

  const sql = backend.sqlite!;
  const count = (table: string) => (sql.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const hoursRows = () =>
    sql.prepare('SELECT placement_id AS placementId, day, minutes FROM hours ORDER BY placement_id, day').all() as { placementId: number; day: string; minutes: number }[];
  const auditRows = () =>
    sql.prepare('SELECT action, entity, entity_id AS entityId, details FROM audit_log ORDER BY id').all() as {
      action: string;
      entity: string;
      entityId: string | null;
      details: string | null;
    }[];

  /** The version a record is at now (the one a save must carry). */
  const versionOf = (table: 'workers' | 'clients' | 'placements' | 'pass_iae' | 'client_work_addresses', id: number) =>
    (sql.prepare(`SELECT version FROM ${table} WHERE id = ?`).get(id) as { version: number }).version;
  /** The version of the rule settings now (0 until saved once). */
  const rulesVersion = () => (sql.prepare('SELECT version FROM rule_options').get() as { version: number } | undefined)?.version ?? 0;

  return { worker, client, placement, placementInput, saveRules, hours, count, hoursRows, auditRows, versionOf, rulesVersion };
}
