import type { Ctx, Handler } from '../context';
import type { RuleIssue } from '../contract/result';
import type { GridRow, MonthGrid } from '../contract/hours';
import { deMonth, formatDate, formatHours, formatMonth } from '../base/format';
import { audit } from '../audit';
import { AppError } from '../errors';
import { addDays } from '../base/dates';
import { holidayName, isoWeekday, isWeekend, weekStart } from '../rules/holidays';
import { monthBounds, monthDays } from '../base/months';
import { checkEntry, checkWorkingTime } from '../rules/working-time';
import { check480ByMode, LIMIT_480_MINUTES, type Window480 } from '../rules/hours-480';
import { passValidOn } from '../rules/pass-iae';
import { passesOf } from '../records/passes';
import { waivers480Of, readMode480 } from '../records/rule-settings';
import { windowsFrom } from '../records/worker-hours';
import { collator } from '../records/list-sort';
import { PARTIES_COLUMNS, PARTIES_FROM, placementPartiesOf, type PartiesRow, type PlacementParties } from '../records/placements';

// The monthly grid: rows are the placements active in the month, columns the days. Saving a
// month is one transaction: every rule of domain §3 is checked on the month as it would be
// after the change, and nothing is written while one blocks.

type PlacementFacts = PlacementParties;

function monthPlacements(ctx: Ctx, month: string): PlacementFacts[] {
  const { first, last } = monthBounds(month);
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${PARTIES_COLUMNS} FROM ${PARTIES_FROM}
       WHERE p.start_date <= ? AND p.end_date >= ?
         AND (p.status <> 'annulee' OR EXISTS (SELECT 1 FROM hours h WHERE h.placement_id = p.id AND h.day BETWEEN ? AND ?))`,
    )
    .all(last, first, first, last) as PartiesRow[];
  return rows.map(placementPartiesOf);
}

function closure(ctx: Ctx, month: string): { closedAt: string } | null {
  const row = ctx.sqlite.prepare('SELECT closed_at FROM month_closures WHERE month = ?').get(month) as { closed_at: string } | undefined;
  return row ? { closedAt: row.closed_at } : null;
}

type Cell = { placementId: number; day: string; minutes: number };

/** Hours of some workers between two days, all their placements. */
function workerEntries(ctx: Ctx, workerIds: number[], from: string, to: string): (Cell & { workerId: number; counts480: boolean })[] {
  if (workerIds.length === 0) return [];
  // The covering index (day, placement_id, minutes) is read first, as the month is a day range.
  return ctx.sqlite
    .prepare(
      `SELECT h.placement_id AS placementId, h.day, h.minutes, p.worker_id AS workerId, c.counts_480 AS counts
       FROM hours h JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
       WHERE h.day BETWEEN ? AND ? AND p.worker_id IN (${workerIds.map(() => '?').join(',')})`,
    )
    .all(from, to, ...workerIds)
    .map((r) => {
      const x = r as { placementId: number; day: string; minutes: number; workerId: number; counts: number };
      return { placementId: x.placementId, day: x.day, minutes: x.minutes, workerId: x.workerId, counts480: x.counts === 1 };
    });
}

/**
 * The rules on the given workers' month as it would be with `changes` applied. Returns every
 * problem on a cell of the month (blocking or warning), worst first.
 */
export function checkMonth(ctx: Ctx, month: string, facts: Map<number, PlacementFacts>, changes: Map<string, Cell | null>): RuleIssue[] {
  const { first, last } = monthBounds(month);
  const monthSet = new Set(monthDays(month));
  const workerIds = [...new Set([...facts.values()].map((f) => f.workerId))];
  // Weeks that straddle the month bring in days of the neighbouring months.
  const from = weekStart(first);
  const to = addDays(weekStart(last), 6);
  const key = (c: { placementId: number; day: string }) => `${c.placementId}|${c.day}`;
  const saved = new Map<string, Cell & { workerId: number; counts480: boolean }>();
  for (const e of workerEntries(ctx, workerIds, from, to)) saved.set(key(e), e);
  const state = new Map(saved);
  for (const [k, c] of changes) {
    if (c === null) state.delete(k);
    else {
      const f = facts.get(c.placementId)!;
      state.set(k, { ...c, workerId: f.workerId, counts480: f.counts480 });
    }
  }
  const issues: RuleIssue[] = [];
  const passes = passesOf(ctx, workerIds);
  const permitOf = ctx.sqlite.prepare('SELECT nationality, permit_expiry AS permitExpiry, exit_date AS exitDate FROM workers WHERE id = ?');
  type Permit = { nationality: string; permitExpiry: string | null; exitDate: string | null };
  const permits = new Map<number, Permit>();
  for (const id of workerIds) permits.set(id, permitOf.get(id) as Permit);

  // Per cell: the value, the placement's dates and status, the PASS IAE and the residence permit that day.
  for (const c of state.values()) {
    if (!monthSet.has(c.day)) continue;
    const f = facts.get(c.placementId);
    if (!f) continue;
    const cellIssue = (code: string, message: string) => issues.push({ code, severity: 'blocking', message, placementId: c.placementId, day: c.day });
    const bad = checkEntry(c.minutes);
    if (bad) cellIssue('duration', bad);
    if (c.day < f.startDate || c.day > f.endDate) {
      cellIssue('outside_placement', `Hors des dates de la mission (du ${formatDate(f.startDate)} au ${formatDate(f.endDate)}).`);
    }
    // A cancelled placement keeps the hours it had (they can be cleared), but takes no new ones.
    if (f.status === 'annulee' && changes.get(key(c))) {
      cellIssue('placement_cancelled', 'Cette mission est annulée : aucune heure ne peut y être saisie.');
    }
    const workerPasses = passes.get(f.workerId) ?? [];
    if (!workerPasses.some((p) => passValidOn(p.start, p.end, p.periods, c.day))) {
      cellIssue('pass_invalid', `Pas de PASS IAE valide le ${formatDate(c.day)} pour ${f.workerName} : aucune heure ne peut être saisie ce jour-là.`);
    }
    const permit = permits.get(f.workerId);
    if (permit?.exitDate && permit.exitDate < c.day) {
      cellIssue('after_exit', `Après la date de sortie du salarié (${formatDate(permit.exitDate)}).`);
    }
    if (permit?.nationality === 'hors_ue' && permit.permitExpiry && permit.permitExpiry < c.day) {
      cellIssue('permit_expired', `Titre de séjour expiré le ${formatDate(permit.permitExpiry)} : aucune heure ne peut être saisie après cette date.`);
    }
  }

  // Working time and the 480 hours, per worker, all clients together, counted as set in the rules.
  const waivers = waivers480Of(ctx);
  const mode = readMode480(ctx);
  const check480 = (entries: Cell[], windows: Window480[], reportDays?: ReadonlySet<string>) =>
    check480ByMode(mode, entries, windows, waivers, reportDays);
  const byWorker = (cells: Iterable<Cell & { workerId: number; counts480: boolean }>) => {
    const out = new Map<number, (Cell & { counts480: boolean })[]>();
    for (const e of cells) {
      const list = out.get(e.workerId) ?? [];
      list.push(e);
      out.set(e.workerId, list);
    }
    return out;
  };
  const stateByWorker = byWorker(state.values());
  const savedByWorker = byWorker(saved.values());
  const countingOutside = ctx.sqlite.prepare(
    `SELECT h.placement_id AS placementId, h.day, h.minutes FROM hours h
     JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
     WHERE p.worker_id = ? AND c.counts_480 = 1 AND (h.day < ? OR h.day > ?)`,
  );
  const countingStarts = ctx.sqlite
    .prepare(`SELECT p.start_date FROM placements p JOIN clients c ON c.id = p.client_id WHERE p.worker_id = ? AND c.counts_480 = 1 AND p.status <> 'annulee'`)
    .pluck();
  const countingOf = (cells: (Cell & { counts480: boolean })[]) =>
    cells.filter((e) => e.counts480).map(({ placementId, day, minutes }) => ({ placementId, day, minutes }));
  // The counting cells this change writes, per worker.
  const countingChanges = new Map<number, Cell[]>();
  for (const c of changes.values()) {
    const f = c === null ? undefined : facts.get(c.placementId);
    if (!c || !f?.counts480) continue;
    const list = countingChanges.get(f.workerId) ?? [];
    list.push(c);
    countingChanges.set(f.workerId, list);
  }
  for (const workerId of workerIds) {
    const mine = stateByWorker.get(workerId) ?? [];
    for (const v of checkWorkingTime(mine, monthSet)) issues.push(v);
    // The 480 h count every counting hour ever worked, not only this month's.
    const outside = countingOutside.all(workerId, from, to) as Cell[];
    const counting = [...outside, ...countingOf(mine)];
    if (counting.length === 0) continue;
    const starts = countingStarts.all(workerId) as string[];
    const windows = windowsFrom(starts, counting);
    for (const v of check480(counting, windows, monthSet)) issues.push(v);

    // Hours added to this month also count on the later days of the 24 months: a day after the
    // month that this change pushes over 480 h blocks the change itself, on its cells.
    const changedHere = countingChanges.get(workerId) ?? [];
    if (changedHere.length === 0) continue;
    const overLater = check480(counting, windows).filter((v) => v.severity === 'blocking' && v.day > last);
    if (overLater.length === 0) continue;
    const before = [...outside, ...countingOf(savedByWorker.get(workerId) ?? [])];
    const blockedBefore = new Set(
      check480(before, windowsFrom(starts, before))
        .filter((v) => v.severity === 'blocking')
        .map((v) => v.day),
    );
    const firstNew = overLater.find((v) => !blockedBefore.has(v.day));
    if (!firstNew) continue;
    for (const c of changedHere) {
      issues.push({
        code: 'heures_480_depassees',
        severity: 'blocking',
        placementId: c.placementId,
        day: c.day,
        message: `Avec ces heures, le total chez des entreprises dépasserait ${formatHours(LIMIT_480_MINUTES)} sur 24 mois le ${formatDate(firstNew.day)} (heures déjà saisies après ce mois) : il faut une dérogation préfectorale en cours de validité, ou retirer des heures.`,
      });
    }
  }
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1));
}

const month: Handler<'hours.month'> = (ctx, { month: m, groupBy }) => {
  const { first, last } = monthBounds(m);
  const facts = monthPlacements(ctx, m);
  const entries = new Map<number, Record<string, number>>();
  const rows = ctx.sqlite
    .prepare('SELECT placement_id AS placementId, day, minutes FROM hours WHERE day BETWEEN ? AND ?')
    .all(first, last) as Cell[];
  const ids = new Set(facts.map((f) => f.id));
  for (const r of rows) {
    if (!ids.has(r.placementId)) continue;
    const e = entries.get(r.placementId) ?? {};
    e[r.day] = r.minutes;
    entries.set(r.placementId, e);
  }
  const gridRows: GridRow[] = facts.map((f) => ({
    placementId: f.id,
    workerId: f.workerId,
    workerName: f.workerName,
    clientId: f.clientId,
    clientName: f.clientName,
    clientSortName: f.clientSortName,
    taskKind: f.taskKind,
    startDate: f.startDate,
    endDate: f.endDate,
    status: f.status,
    entries: entries.get(f.id) ?? {},
  }));
  gridRows.sort((a, b) =>
    groupBy === 'client'
      ? collator.compare(a.clientSortName, b.clientSortName) || collator.compare(a.workerName, b.workerName) || a.placementId - b.placementId
      : collator.compare(a.workerName, b.workerName) || collator.compare(a.clientSortName, b.clientSortName) || a.placementId - b.placementId,
  );
  const closed = closure(ctx, m);
  const factMap = new Map(facts.map((f) => [f.id, f]));
  // Everything that stands on the saved month, blocking included: hours typed before a PASS was
  // corrected, or before a client started counting towards the 480 h, show in red at once.
  const warnings = facts.length > 0 ? checkMonth(ctx, m, factMap, new Map()) : [];
  const grid: MonthGrid = {
    month: m,
    days: monthDays(m).map((date) => ({ date, weekday: isoWeekday(date), weekend: isWeekend(date), holiday: holidayName(date) })),
    rows: gridRows,
    closed: closed !== null,
    closedAt: closed?.closedAt ?? null,
    warnings,
  };
  return grid;
};

const saveMonth: Handler<'hours.saveMonth'> = (ctx, { month: m, entries }) => {
  if (closure(ctx, m)) {
    throw new AppError('rule', `Le mois ${deMonth(m)} est clôturé : rouvrez-le pour modifier ses heures. Rien n'a été enregistré.`, undefined, undefined, [
      { code: 'month_closed', severity: 'blocking', message: `Le mois ${deMonth(m)} est clôturé.` },
    ]);
  }
  const monthSet = new Set(monthDays(m));
  const all = new Map(monthPlacements(ctx, m).map((f) => [f.id, f]));
  const changes = new Map<string, Cell | null>();
  for (const [i, e] of entries.entries()) {
    if (!monthSet.has(e.day)) {
      const message = `Le ${formatDate(e.day)} n'est pas dans le mois ${deMonth(m)}.`;
      throw new AppError('validation', message, { [`entries.${i}.day`]: message });
    }
    if (!all.has(e.placementId)) {
      const message = `La mission n° ${e.placementId} n'est pas active en ${formatMonth(m)}.`;
      throw new AppError('validation', message, { [`entries.${i}.placementId`]: message });
    }
    const k = `${e.placementId}|${e.day}`;
    changes.set(k, e.minutes === null ? null : { placementId: e.placementId, day: e.day, minutes: e.minutes });
  }
  // The rules look at every placement of the workers whose hours change.
  const workers = new Set(entries.map((e) => all.get(e.placementId)!.workerId));
  const facts = new Map([...all].filter(([, f]) => workers.has(f.workerId)));
  // Placements of these workers in other months matter for the weeks across the month's edges.
  if (workers.size > 0) {
    const extra = ctx.sqlite
      .prepare(`SELECT ${PARTIES_COLUMNS} FROM ${PARTIES_FROM} WHERE p.worker_id IN (${[...workers].map(() => '?').join(',')})`)
      .all(...workers) as PartiesRow[];
    for (const f of extra) if (!facts.has(f.id)) facts.set(f.id, placementPartiesOf(f));
  }
  const issues = checkMonth(ctx, m, facts, changes);
  const blocking = issues.filter((i) => i.severity === 'blocking');
  if (blocking.length > 0) {
    throw new AppError(
      'rule',
      `Rien n'a été enregistré : ${blocking.length} case(s) enfreignent une règle. Corrigez les cases en rouge.`,
      undefined,
      undefined,
      issues,
    );
  }
  const upsert = ctx.sqlite.prepare(
    'INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, ?) ON CONFLICT (placement_id, day) DO UPDATE SET minutes = excluded.minutes',
  );
  const remove = ctx.sqlite.prepare('DELETE FROM hours WHERE placement_id = ? AND day = ?');
  const before = ctx.sqlite.prepare('SELECT minutes FROM hours WHERE placement_id = ? AND day = ?').pluck();
  const log: { mission: number; jour: string; avant: number | null; apres: number | null }[] = [];
  for (const [k, c] of changes) {
    const [pid, day] = k.split('|');
    const old = (before.get(Number(pid), day) as number | undefined) ?? null;
    const now = c?.minutes ?? null;
    if (old !== now) log.push({ mission: Number(pid), jour: day!, avant: old, apres: now });
  }
  let saved = 0;
  for (const [k, c] of changes) {
    if (c === null) {
      const [pid, day] = k.split('|');
      saved += remove.run(Number(pid), day).changes;
    } else {
      upsert.run(c.placementId, c.day, c.minutes);
      saved++;
    }
  }
  // Who changed which cell, from what to what (minutes).
  audit(ctx, 'saisie', 'heures', m, { cases: log });
  return { saved, warnings: issues };
};

const closeMonth: Handler<'hours.closeMonth'> = (ctx, { month: m }) => {
  if (closure(ctx, m)) throw new AppError('rule', `Le mois ${deMonth(m)} est déjà clôturé.`);
  ctx.sqlite.prepare('INSERT INTO month_closures (month, closed_at, closed_by) VALUES (?, ?, ?)').run(m, ctx.now().toISOString(), ctx.actor.name);
  audit(ctx, 'clôture', 'mois', m);
  return { month: m };
};

const reopenMonth: Handler<'hours.reopenMonth'> = (ctx, { month: m, reason }) => {
  if (!closure(ctx, m)) throw new AppError('rule', `Le mois ${deMonth(m)} n'est pas clôturé.`);
  ctx.sqlite.prepare('DELETE FROM month_closures WHERE month = ?').run(m);
  audit(ctx, 'réouverture', 'mois', m, { motif: reason });
  return { month: m };
};

export const hoursHandlers = {
  'hours.month': month,
  'hours.saveMonth': saveMonth,
  'hours.closeMonth': closeMonth,
  'hours.reopenMonth': reopenMonth,
};
