import type { Ctx, Handler } from '../context';
import type { DraftPlan, DraftView, InvoiceLineView, MonthBilling } from '../contract/invoices';
import { formatMonth, deMonth } from '../base/format';
import { monthBounds } from '../base/months';
import { AppError } from '../errors';
import { audit } from '../audit';
import { membershipDueClients, membershipLine, monthPlacementHours, planDrafts } from '../records/invoice-drafts';
import { readInvoiceSettings } from '../records/invoice-settings';
import { invoiceLines, invoiceRows, NOT_FOUND } from '../records/invoices';
import { checkIssueDate, deleteDrafts, insertDraft, issueDraft, rewriteDraft } from '../records/invoice-issue';
import { monthDifferences } from '../records/invoice-differences';

// Facturation of a month (domain §4): the drafts the hours make (one per client, a line per
// placement, the membership line for a particulier who owes it), reviewed on screen, left out or
// regenerated, then issued: numbered without gaps and never changed again.

/** The month's drafts as the hours now recorded make them, for clients without an issued invoice this month. */
function plansOf(ctx: Ctx, month: string, clientIds?: readonly number[]): DraftPlan[] {
  const hours = monthPlacementHours(ctx, month, clientIds);
  const invoiced = new Set(
    ctx.sqlite.prepare(`SELECT DISTINCT client_id FROM invoices WHERE month = ? AND kind = 'facture' AND status = 'emise'`).pluck().all(month) as number[],
  );
  const open = hours.filter((h) => !invoiced.has(h.clientId));
  const due = membershipDueClients(ctx, Number(month.slice(0, 4)), [...new Set(open.map((h) => h.clientId))]);
  return planDrafts(open, due, Number(readInvoiceSettings(ctx).vatRate));
}

function linesOf(plan: DraftPlan, membership: boolean, feeCents: number, year: number): InvoiceLineView[] {
  return membership && plan.membershipDue ? [...plan.lines, membershipLine(year, feeCents)] : plan.lines;
}

interface DraftState {
  id: number;
  clientId: number;
  excluded: boolean;
  membership: boolean;
}

function monthDrafts(ctx: Ctx, month: string, clientIds?: readonly number[]): DraftState[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT i.id, i.client_id, i.excluded, EXISTS (SELECT 1 FROM invoice_lines l WHERE l.invoice_id = i.id AND l.kind = 'adhesion') AS membership
       FROM invoices i WHERE i.month = ? AND i.kind = 'facture' AND i.status = 'brouillon'`,
    )
    .all(month) as { id: number; client_id: number; excluded: number; membership: number }[];
  return rows
    .filter((r) => !clientIds || clientIds.includes(r.client_id))
    .map((r) => ({ id: r.id, clientId: r.client_id, excluded: r.excluded === 1, membership: r.membership === 1 }));
}

/**
 * (Re)builds the drafts of the month, or of some clients: a draft left out stays left out, the
 * membership line keeps the choice made on the draft it replaces (added by default).
 */
function rebuild(ctx: Ctx, month: string, clientIds?: readonly number[]): number {
  const before = new Map(monthDrafts(ctx, month, clientIds).map((d) => [d.clientId, d]));
  deleteDrafts(ctx, [...before.values()].map((d) => d.id));
  const settings = readInvoiceSettings(ctx);
  const year = Number(month.slice(0, 4));
  const plans = plansOf(ctx, month, clientIds);
  for (const plan of plans) {
    const old = before.get(plan.clientId);
    insertDraft(ctx, {
      kind: 'facture',
      month,
      clientId: plan.clientId,
      lines: linesOf(plan, old ? old.membership : true, settings.membershipFeeCents, year),
      excluded: old?.excluded ?? false,
    });
  }
  return plans.length;
}

/** Issues a draft and writes it in the journal. */
export function issueLogged(ctx: Ctx, id: number, issuedOn: string): string {
  const { number, kind } = issueDraft(ctx, id, issuedOn);
  audit(ctx, 'émission', kind, id, { numéro: number });
  return number;
}

const sameHours = (a: readonly InvoiceLineView[], b: readonly InvoiceLineView[]) => {
  const key = (ls: readonly InvoiceLineView[]) =>
    ls
      .filter((l) => l.kind === 'heures')
      .map((l) => `${l.placementId}:${l.minutes}:${l.rateCents}:${l.label}:${l.workerName}`)
      .join('|');
  return key(a) === key(b);
};

function draftViews(ctx: Ctx, month: string): DraftView[] {
  const plans = new Map(plansOf(ctx, month).map((p) => [p.clientId, p]));
  return invoiceRows(ctx, `i.month = ? AND i.kind = 'facture' AND i.status = 'brouillon'`, [month], 'i.id').map((row) => {
    const lines = invoiceLines(ctx, row.id);
    const plan = plans.get(row.clientId);
    const membership = lines.some((l) => l.kind === 'adhesion');
    // Stale: the hours changed, or the membership line is no longer owed (paid or invoiced since).
    const stale = !plan || !sameHours(lines, plan.lines) || (membership && !plan.membershipDue);
    return { ...row, lines, membershipDue: plan?.membershipDue ?? false, stale };
  });
}

const monthBilling: Handler<'invoices.month'> = (ctx, { month }): MonthBilling => {
  const closure = ctx.sqlite.prepare('SELECT closed_at FROM month_closures WHERE month = ?').pluck().get(month) as string | undefined;
  const reopenings = ctx.sqlite
    .prepare('SELECT reopened_at AS reopenedAt, reopened_by AS reopenedBy, reason FROM month_reopenings WHERE month = ? ORDER BY id')
    .all(month) as MonthBilling['reopenings'];
  const drafts = draftViews(ctx, month);
  const drafted = new Set(drafts.map((d) => d.clientId));
  const pending = plansOf(ctx, month).filter((p) => !drafted.has(p.clientId));
  return {
    month,
    closed: closure !== undefined,
    closedAt: closure ?? null,
    reopenings,
    pending: {
      clients: pending.length,
      minutes: pending.reduce((s, p) => s + p.lines.reduce((m, l) => m + (l.minutes ?? 0), 0), 0),
      totalCents: pending.reduce((s, p) => s + p.totalCents, 0),
    },
    drafts,
    issued: invoiceRows(ctx, `i.month = ? AND i.status = 'emise'`, [month]),
    differences: monthDifferences(ctx, month),
  };
};

const drafts: Handler<'invoices.drafts'> = (ctx, { month }) => plansOf(ctx, month);

const prepare: Handler<'invoices.prepare'> = (ctx, { month }) => {
  const n = rebuild(ctx, month);
  if (n === 0) throw new AppError('rule', `Aucune heure à facturer en ${formatMonth(month)} (ou toutes sont déjà facturées).`);
  audit(ctx, 'préparation', 'mois', month, { brouillons: n });
  return { drafts: n };
};

function draft(ctx: Ctx, id: number): { month: string; clientId: number } {
  const d = ctx.sqlite.prepare(`SELECT month, client_id AS clientId, status FROM invoices WHERE id = ? AND kind = 'facture'`).get(id) as
    | { month: string; clientId: number; status: string }
    | undefined;
  if (!d) throw new AppError('not_found', NOT_FOUND);
  if (d.status !== 'brouillon') throw new AppError('rule', 'Cette facture est émise : elle ne peut plus être modifiée. Corrigez-la par un avoir.');
  return d;
}

const regenerateDraft: Handler<'invoices.regenerateDraft'> = (ctx, { id }) => {
  const d = draft(ctx, id);
  rebuild(ctx, d.month, [d.clientId]);
  const again = monthDrafts(ctx, d.month, [d.clientId])[0];
  if (!again) throw new AppError('rule', `Cet utilisateur n’a plus d’heures à facturer en ${formatMonth(d.month)} : le brouillon est retiré.`);
  return { id: again.id };
};

const setDraftExcluded: Handler<'invoices.setDraftExcluded'> = (ctx, { id, excluded }) => {
  draft(ctx, id);
  ctx.sqlite.prepare('UPDATE invoices SET excluded = ? WHERE id = ?').run(excluded ? 1 : 0, id);
  return { id };
};

const setDraftMembership: Handler<'invoices.setDraftMembership'> = (ctx, { id, include }) => {
  const d = draft(ctx, id);
  const lines = invoiceLines(ctx, id).filter((l) => l.kind !== 'adhesion');
  if (include) {
    const due = membershipDueClients(ctx, Number(d.month.slice(0, 4)), [d.clientId]);
    if (!due.has(d.clientId)) throw new AppError('rule', 'L’adhésion de l’année est déjà réglée ou facturée pour cet utilisateur.');
    lines.push(membershipLine(Number(d.month.slice(0, 4)), readInvoiceSettings(ctx).membershipFeeCents));
  }
  rewriteDraft(ctx, id, lines);
  return { id };
};

const issue: Handler<'invoices.issue'> = (ctx, { month, issuedOn, ids }) => {
  if (issuedOn < monthBounds(month).first) throw new AppError('validation', `Les factures ${deMonth(month)} ne peuvent pas être datées d’avant ce mois.`, { issuedOn: 'Date antérieure au mois facturé.' });
  checkIssueDate(ctx, issuedOn);
  const views = draftViews(ctx, month).filter((d) => (ids ? ids.includes(d.id) : !d.excluded));
  if (views.length === 0) throw new AppError('rule', 'Aucun brouillon à émettre.');
  const stale = views.filter((d) => d.stale);
  if (stale.length > 0) {
    throw new AppError('rule', `Les heures ont changé depuis la préparation : régénérez d’abord ${stale.length === 1 ? 'le brouillon de' : 'les brouillons de'} ${stale.map((d) => d.clientName).join(', ')}.`);
  }
  // In the order the screen lists them: by client.
  const numbers = views.map((d) => issueLogged(ctx, d.id, issuedOn));
  return { numbers };
};

export const invoiceHandlers = {
  'invoices.month': monthBilling,
  'invoices.drafts': drafts,
  'invoices.prepare': prepare,
  'invoices.regenerateDraft': regenerateDraft,
  'invoices.setDraftExcluded': setDraftExcluded,
  'invoices.setDraftMembership': setDraftMembership,
  'invoices.issue': issue,
};
