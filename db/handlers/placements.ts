import { eq } from 'drizzle-orm';
import { de, formatAddress } from '../base/format';
import type { Ctx, Handler } from '../context';
import type { RuleIssue } from '../contract/result';
import type { PlacementDetail, PlacementRow, PlacementValues } from '../contract/placements';
import type { ClientKind } from '../contract/reference';
import { placements } from '../schema';
import { audit } from '../audit';
import { AppError } from '../errors';
import { checkPlacement } from '../rules/placement-checks';
import { passStatus } from '../rules/pass-iae';
import { monthBounds } from '../base/months';
import { escapeLike, searchWords } from '../base/search';
import { todayIso } from '../base/dates';
import { passesOf } from '../records/passes';
import { readRuleSettings } from '../records/rule-settings';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from '../records/workers';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from '../records/clients';
import { PARTIES_COLUMNS, PARTIES_FROM, placementColumns, placementPartiesOf, placementValues, type PartiesRow } from '../records/placements';

const NOT_FOUND = "Cette mission n'existe pas (ou plus).";

interface WorkerFacts {
  id: number;
  name: string;
  nationality: 'france' | 'ue' | 'hors_ue';
  permitExpiry: string | null;
  archived: boolean;
}

function workerFacts(ctx: Ctx, id: number): WorkerFacts {
  const w = ctx.sqlite
    .prepare(`SELECT w.id, ${workerNameColumns('w')}, w.nationality, w.permit_expiry, w.archived_at FROM workers w WHERE w.id = ?`)
    .get(id) as
    | (WorkerNameColumns & { id: number; nationality: WorkerFacts['nationality']; permit_expiry: string | null; archived_at: string | null })
    | undefined;
  if (!w) throw new AppError('validation', 'Certains champs sont à corriger.', { 'placement.workerId': "Ce salarié n'existe pas (ou plus)." });
  return {
    id: w.id,
    name: workerNameOf(w),
    nationality: w.nationality,
    permitExpiry: w.permit_expiry,
    archived: w.archived_at !== null,
  };
}

interface ClientFacts {
  id: number;
  name: string;
  kind: ClientKind;
  counts480: boolean;
  lastLayoffDate: string | null;
  lastLayoffPost: string | null;
  postalCode: string | null;
  city: string | null;
  address: string;
  archived: boolean;
  membershipYears: number[];
}

function clientFacts(ctx: Ctx, id: number): ClientFacts {
  const c = ctx.sqlite
    .prepare(
      `SELECT c.id, ${clientNameColumns('c')}, c.counts_480, c.last_layoff_date, c.last_layoff_post, c.address_line1, c.postal_code, c.city, c.archived_at
       FROM clients c WHERE c.id = ?`,
    )
    .get(id) as
    | (ClientNameColumns & {
        id: number;
        counts_480: number;
        last_layoff_date: string | null;
        last_layoff_post: string | null;
        address_line1: string | null;
        postal_code: string | null;
        city: string | null;
        archived_at: string | null;
      })
    | undefined;
  if (!c) throw new AppError('validation', 'Certains champs sont à corriger.', { 'placement.clientId': "Cet utilisateur n'existe pas (ou plus)." });
  return {
    id: c.id,
    name: clientNameOf(c),
    kind: c.client_kind as ClientKind,
    counts480: c.counts_480 === 1,
    lastLayoffDate: c.last_layoff_date,
    lastLayoffPost: c.last_layoff_post,
    postalCode: c.postal_code,
    city: c.city,
    address: formatAddress({ addressLine1: c.address_line1, postalCode: c.postal_code, city: c.city }),
    archived: c.archived_at !== null,
    membershipYears: ctx.sqlite.prepare('SELECT year FROM memberships WHERE client_id = ?').pluck().all(id) as number[],
  };
}

function placeOf(ctx: Ctx, p: { clientId: number; workAddressId: number | null }, client: ClientFacts) {
  if (p.workAddressId === null) {
    return { line: client.address || 'adresse de facturation', postalCode: client.postalCode, city: client.city };
  }
  const a = ctx.sqlite
    .prepare('SELECT label, address_line1, address_line2, postal_code, city FROM client_work_addresses WHERE id = ? AND client_id = ?')
    .get(p.workAddressId, p.clientId) as
    | { label: string; address_line1: string; address_line2: string | null; postal_code: string; city: string }
    | undefined;
  if (!a) throw new AppError('validation', 'Certains champs sont à corriger.', { 'placement.workAddressId': "Ce lieu de travail n'appartient pas à cet utilisateur." });
  return {
    line: `${a.label} : ${formatAddress({ addressLine1: a.address_line1, addressLine2: a.address_line2, postalCode: a.postal_code, city: a.city })}`,
    postalCode: a.postal_code,
    city: a.city,
  };
}

/** Every rule of domain §3 on a placement, as it would be saved. */
export function placementIssues(ctx: Ctx, p: PlacementValues, id: number | null): RuleIssue[] {
  const worker = workerFacts(ctx, p.workerId);
  const client = clientFacts(ctx, p.clientId);
  const place = placeOf(ctx, p, client);
  const rules = readRuleSettings(ctx);
  const passes = passesOf(ctx, [worker.id]).get(worker.id) ?? [];
  // The PASS that matters is the one that covers the start (else the latest that began before it).
  const pass =
    passes.find((x) => x.start <= p.startDate && p.startDate <= x.end) ??
    passes.filter((x) => x.start <= p.startDate).at(-1) ??
    passes.at(-1) ??
    null;
  const issues: RuleIssue[] = checkPlacement({
    start: p.startDate,
    end: p.endDate,
    // With every work of the list unticked (derogations), there is nothing left to refuse.
    forbiddenWork: p.exposesForbiddenWork && rules.forbiddenWork.length > 0,
    workerPass: pass,
    workerNationality: worker.nationality,
    permitExpiry: worker.permitExpiry,
    client: {
      kind: client.kind,
      lastLayoffDate: client.lastLayoffDate,
      lastLayoffPost: client.lastLayoffPost,
      membershipYears: client.membershipYears,
    },
    placeCity: place.city,
    placePostalCode: place.postalCode,
    territory: rules.territory,
  });
  if (client.counts480 && !p.taskDetail) {
    issues.push({
      code: 'tache_precise',
      severity: 'blocking',
      message: `Chez ${client.name}, la mise à disposition doit porter sur une tâche précise et temporaire : décrivez-la dans « Précision sur la tâche ».`,
    });
  }
  if (worker.archived) issues.push({ code: 'worker_archived', severity: 'blocking', message: `La fiche ${de(worker.name)} est archivée : désarchivez-la d'abord.` });
  if (client.archived) issues.push({ code: 'client_archived', severity: 'blocking', message: `La fiche ${de(client.name)} est archivée : désarchivez-la d'abord.` });
  if (id !== null) {
    // Hours were checked against the worker's other hours and the client's 480 h flag: they
    // cannot follow the placement to someone else.
    const saved = ctx.sqlite
      .prepare(
        `SELECT worker_id AS workerId, client_id AS clientId, billed_rate_cents AS billed, wage_rate_cents AS wage,
                EXISTS(SELECT 1 FROM hours WHERE placement_id = ?) AS hasHours,
                EXISTS(SELECT 1 FROM hours h JOIN month_closures m ON m.month = substr(h.day, 1, 7) WHERE h.placement_id = ?) AS closedHours
         FROM placements WHERE id = ?`,
      )
      .get(id, id, id) as { workerId: number; clientId: number; billed: number; wage: number; hasHours: number; closedHours: number } | undefined;
    // Hours of a closed (invoiced) month were billed and paid at these rates.
    if (saved && saved.closedHours === 1 && (saved.billed !== p.billedRateCents || saved.wage !== p.wageRateCents)) {
      issues.push({
        code: 'rates_closed_month',
        severity: 'blocking',
        message:
          "Des heures de cette mission sont dans un mois clôturé : les taux ne peuvent plus changer. Terminez la mission et créez-en une nouvelle avec les nouveaux taux.",
      });
    }
    if (saved && saved.hasHours === 1 && (saved.workerId !== p.workerId || saved.clientId !== p.clientId)) {
      issues.push({
        code: 'hours_reassigned',
        severity: 'blocking',
        message: `Des heures sont déjà saisies sur cette mission : ${saved.workerId !== p.workerId ? 'le salarié' : "l'utilisateur"} ne peut plus être changé. Terminez-la et créez-en une nouvelle.`,
      });
    }
    const outside = ctx.sqlite
      .prepare('SELECT COUNT(*) FROM hours WHERE placement_id = ? AND (day < ? OR day > ?)')
      .pluck()
      .get(id, p.startDate, p.endDate) as number;
    if (outside > 0) {
      issues.push({
        code: 'hours_outside',
        severity: 'blocking',
        message: `${outside} journée(s) d'heures déjà saisies tomberaient hors des nouvelles dates : supprimez-les d'abord dans la grille des heures.`,
      });
    }
  }
  return issues;
}

function refuseOrConfirm(issues: RuleIssue[], confirmed: string[]) {
  const blocking = issues.filter((i) => i.severity === 'blocking');
  if (blocking.length > 0) {
    throw new AppError(
      'rule',
      `La mission ne peut pas être enregistrée : ${blocking.map((b) => b.message).join(' ')}`,
      undefined,
      undefined,
      blocking,
    );
  }
  const unconfirmed = issues.filter((i) => i.severity === 'warning' && !confirmed.includes(i.code));
  if (unconfirmed.length > 0) {
    throw new AppError('confirm', 'Confirmez les avertissements avant d’enregistrer la mission.', undefined, undefined, unconfirmed);
  }
}

const check: Handler<'placements.check'> = (ctx, { placement, id }) => placementIssues(ctx, placement, id);

const create: Handler<'placements.create'> = (ctx, { placement, confirmed }) => {
  const issues = placementIssues(ctx, placement, null);
  refuseOrConfirm(issues, confirmed);
  const now = ctx.now().toISOString();
  const id = ctx.db.insert(placements).values({ ...placementColumns(placement), createdAt: now, updatedAt: now }).returning({ id: placements.id }).get().id;
  audit(ctx, 'création', 'mission', id, { avertissementsConfirmes: issues.map((i) => i.message) });
  return { id };
};

const update: Handler<'placements.update'> = (ctx, { id, placement, confirmed }) => {
  const before = ctx.db.select().from(placements).where(eq(placements.id, id)).get();
  if (!before) throw new AppError('not_found', NOT_FOUND);
  const issues = placementIssues(ctx, placement, id);
  refuseOrConfirm(issues, confirmed);
  const cols = placementColumns(placement);
  ctx.db.update(placements).set({ ...cols, updatedAt: ctx.now().toISOString() }).where(eq(placements.id, id)).run();
  const changed = Object.keys(cols).filter((k) => String(before[k as keyof typeof before]) !== String(cols[k as keyof typeof cols]));
  audit(ctx, 'modification', 'mission', id, { champs: changed, avertissementsConfirmes: issues.map((i) => i.message) });
  return { id };
};

const setStatus: Handler<'placements.setStatus'> = (ctx, { id, status }) => {
  const before = ctx.db.select().from(placements).where(eq(placements.id, id)).get();
  if (!before) throw new AppError('not_found', NOT_FOUND);
  ctx.db.update(placements).set({ status, updatedAt: ctx.now().toISOString() }).where(eq(placements.id, id)).run();
  audit(ctx, 'statut', 'mission', id, { avant: before.status, apres: status });
  return { id };
};

const list: Handler<'placements.list'> = (ctx, filters) => {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filters.workerId) {
    where.push('p.worker_id = ?');
    params.push(filters.workerId);
  }
  if (filters.clientId) {
    where.push('p.client_id = ?');
    params.push(filters.clientId);
  }
  if (filters.status) {
    where.push('p.status = ?');
    params.push(filters.status);
  }
  if (filters.month) {
    const { first, last } = monthBounds(filters.month);
    where.push('p.start_date <= ? AND p.end_date >= ?');
    params.push(last, first);
  }
  for (const word of searchWords(filters.search)) {
    where.push("(w.search_text LIKE ? OR c.search_text LIKE ?)");
    params.push(`%${escapeLike(word)}%`, `%${escapeLike(word)}%`);
  }
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${PARTIES_COLUMNS}, p.billed_rate_cents, COALESCE((SELECT SUM(minutes) FROM hours h WHERE h.placement_id = p.id), 0) AS worked
       FROM ${PARTIES_FROM}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY p.start_date DESC, p.id DESC`,
    )
    .all(...params) as (PartiesRow & { billed_rate_cents: number; worked: number })[];
  const out: PlacementRow[] = rows.map((r) => {
    const { counts480: _c, ...parties } = placementPartiesOf(r);
    return { ...parties, billedRateCents: r.billed_rate_cents, workedMinutes: r.worked };
  });
  return { rows: out, total: out.length };
};

export function loadPlacement(ctx: Ctx, id: number): PlacementDetail {
  const p = ctx.db.select().from(placements).where(eq(placements.id, id)).get();
  if (!p) throw new AppError('not_found', NOT_FOUND);
  const worker = workerFacts(ctx, p.workerId);
  const client = clientFacts(ctx, p.clientId);
  const values = placementValues(p);
  const passes = passesOf(ctx, [worker.id]).get(worker.id) ?? [];
  const today = todayIso(ctx.now());
  const current = passes.at(-1) ?? null;
  const finished = p.status === 'terminee' || p.status === 'annulee';
  return {
    ...values,
    id: p.id,
    workerName: worker.name,
    workerPassNumber: current?.number ?? null,
    workerPassEnd: current?.end ?? null,
    workerPassStatus: current ? passStatus(current.start, current.end, current.periods, today) : 'aucun',
    clientName: client.name,
    clientKind: client.kind,
    clientCounts480: client.counts480,
    place: placeOf(ctx, values, client).line,
    workedMinutes: ctx.sqlite.prepare('SELECT COALESCE(SUM(minutes), 0) FROM hours WHERE placement_id = ?').pluck().get(id) as number,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    // A finished placement is history: its rules are not re-judged against today's facts.
    issues: finished ? [] : placementIssues(ctx, values, p.id),
  };
}

const get: Handler<'placements.get'> = (ctx, { id }) => loadPlacement(ctx, id);

export const placementsHandlers = {
  'placements.list': list,
  'placements.get': get,
  'placements.check': check,
  'placements.create': create,
  'placements.update': update,
  'placements.setStatus': setStatus,
};
