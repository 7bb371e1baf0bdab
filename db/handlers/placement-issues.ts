import { de, formatAddress } from '../base/format';
import type { Ctx } from '../context';
import type { RuleIssue } from '../contract/result';
import type { PlacementValues } from '../contract/placements';
import { labelOf, TASK_KINDS, type ClientKind } from '../contract/reference';
import { AppError } from '../errors';
import { checkPlacement, type PlacementCheckInput } from '../rules/placement-checks';
import type { CriterionCode, DiagnosisAuthorKind } from '../rules/eligibility';
import { passesOf } from '../records/passes';
import { readRuleSettings } from '../records/rule-settings';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from '../records/workers';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from '../records/clients';
import { withConfirmations } from './placement-confirmations';

// What the rules say of a placement (domain §3): the facts they need, gathered from the worker,
// the client, the place, the settings and the placement as saved, then judged by
// db/rules/placement-checks.ts and the rules only a saved placement has (its hours).

export interface WorkerFacts {
  id: number;
  name: string;
  nationality: 'france' | 'ue' | 'hors_ue';
  permitExpiry: string | null;
  archived: boolean;
}

export function workerFacts(ctx: Ctx, id: number): WorkerFacts {
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

export interface ClientFacts {
  id: number;
  name: string;
  kind: ClientKind;
  counts480: boolean;
  lastLayoffDate: string | null;
  /** The layoff's post as the rule compares it (see PlacementCheckInput). */
  lastLayoffPost: { task: string | null; label: string } | null;
  postalCode: string | null;
  city: string | null;
  address: string;
  archived: boolean;
  membershipYears: number[];
}

export function clientFacts(ctx: Ctx, id: number): ClientFacts {
  const c = ctx.sqlite
    .prepare(
      `SELECT c.id, ${clientNameColumns('c')}, c.counts_480, c.last_layoff_date, c.last_layoff_post, c.last_layoff_post_review, c.address_line1, c.postal_code, c.city, c.archived_at
       FROM clients c WHERE c.id = ?`,
    )
    .get(id) as
    | (ClientNameColumns & {
        id: number;
        counts_480: number;
        last_layoff_date: string | null;
        last_layoff_post: string | null;
        last_layoff_post_review: string | null;
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
    lastLayoffPost: c.last_layoff_post
      ? { task: c.last_layoff_post, label: labelOf(TASK_KINDS, c.last_layoff_post) }
      : c.last_layoff_post_review
        ? { task: null, label: c.last_layoff_post_review }
        : null,
    postalCode: c.postal_code,
    city: c.city,
    address: formatAddress({ addressLine1: c.address_line1, postalCode: c.postal_code, city: c.city }),
    archived: c.archived_at !== null,
    membershipYears: ctx.sqlite.prepare('SELECT year FROM memberships WHERE client_id = ?').pluck().all(id) as number[],
  };
}

export function placeOf(ctx: Ctx, p: { clientId: number; workAddressId: number | null }, client: ClientFacts) {
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

/** The worker's latest eligibility diagnosis (by its date, then the last recorded), or null. */
function latestDiagnosis(ctx: Ctx, workerId: number): PlacementCheckInput['eligibility'] {
  const d = ctx.sqlite
    .prepare('SELECT date, author_kind, criteria FROM eligibility_diagnoses WHERE worker_id = ? ORDER BY date DESC, id DESC LIMIT 1')
    .get(workerId) as { date: string; author_kind: DiagnosisAuthorKind; criteria: string } | undefined;
  return d ? { date: d.date, authorKind: d.author_kind, criteria: JSON.parse(d.criteria) as CriterionCode[] } : null;
}

/**
 * Every rule of domain §3 on a placement, as it would be saved. For a saved placement (`id`), a
 * warning the office has already confirmed on it carries that confirmation.
 */
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
    // Quoted in the messages: the label the office knows.
    task: { code: p.taskKind, label: labelOf(TASK_KINDS, p.taskKind) },
    // With every work of the list unticked (derogations), there is nothing left to refuse.
    forbiddenWork: p.exposesForbiddenWork && rules.forbiddenWork.length > 0,
    eligibility: latestDiagnosis(ctx, worker.id),
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
  return id === null ? issues : withConfirmations(ctx, id, issues);
}

