import type { Ctx, Handler } from '../context';
import type { CellRef, GridRow, MonthGrid } from '../contract/hours';
import { deMonth, formatDate, formatMonth } from '../base/format';
import { audit } from '../audit';
import { AppError } from '../errors';
import { todayIso } from '../base/dates';
import { holidayName, isoWeekday, isWeekend } from '../rules/holidays';
import { monthBounds, monthDays } from '../base/months';
import { checkMonthRules, earlyClosing, type CellChange, type CellMinutes } from '../rules/hours-month';
import { monthRulesOf } from '../records/hours-month';
import { collator } from '../records/list-sort';
import { hourChangesDetails, type HourChange } from '../records/hours-audit';
import { IN_IDS, statement } from '../records/statements';
import { monthDifferences } from '../records/invoice-differences';
import { PARTIES_COLUMNS, PARTIES_FROM, placementPartiesOf, type PartiesRow, type PlacementParties } from '../records/placements';

// The monthly grid: rows are the placements active in the month, columns the days. The rules
// (db/rules/hours-month.ts) apply per worker, all their clients together: saving a month writes
// the cells of every worker whose month keeps to them, in one transaction, and holds the cells
// of the others, each with its problems. The grid receives the facts the rules need with the
// month, and runs the same rules as the cells are typed.

/**
 * The placements active in the month (a cancelled one only with hours in it), those of `ids`
 * when given: `by` says whether the ids are placements or workers.
 */
function monthPlacements(ctx: Ctx, month: string, only?: { by: 'placement' | 'worker'; ids: readonly number[] }): PlacementParties[] {
  const { first, last } = monthBounds(month);
  const among = only ? `AND ${only.by === 'placement' ? 'p.id' : 'p.worker_id'} ${IN_IDS}` : '';
  const rows = statement(
    ctx.sqlite,
    `SELECT ${PARTIES_COLUMNS} FROM ${PARTIES_FROM}
     WHERE p.start_date <= ? AND p.end_date >= ? ${among}
       AND (p.status <> 'annulee' OR EXISTS (SELECT 1 FROM hours h WHERE h.placement_id = p.id AND h.day BETWEEN ? AND ?))`,
  ).all(...(only ? [last, first, JSON.stringify(only.ids), first, last] : [last, first, first, last])) as PartiesRow[];
  return rows.map(placementPartiesOf);
}

function closure(ctx: Ctx, month: string): { closedAt: string } | null {
  const row = statement(ctx.sqlite, 'SELECT closed_at FROM month_closures WHERE month = ?').get(month) as { closed_at: string } | undefined;
  return row ? { closedAt: row.closed_at } : null;
}

/**
 * The month's rows, with their saved cells: the whole month's hours read in day order through
 * the covering index, or, for some of the month's placements (a save), theirs through the key.
 */
function gridRows(ctx: Ctx, month: string, placements: PlacementParties[], whole: boolean): GridRow[] {
  const { first, last } = monthBounds(month);
  const entries = new Map<number, Record<string, number>>(placements.map((p) => [p.id, {}]));
  const cells = (
    whole
      ? statement(ctx.sqlite, 'SELECT placement_id AS placementId, day, minutes FROM hours WHERE day BETWEEN ? AND ?').all(first, last)
      : statement(ctx.sqlite, `SELECT placement_id AS placementId, day, minutes FROM hours WHERE placement_id ${IN_IDS} AND day BETWEEN ? AND ?`).all(
          JSON.stringify(placements.map((p) => p.id)),
          first,
          last,
        )
  ) as CellMinutes[];
  for (const c of cells) {
    const e = entries.get(c.placementId);
    if (e) e[c.day] = c.minutes;
  }
  return placements.map((f) => ({
    placementId: f.id,
    workerId: f.workerId,
    workerName: f.workerName,
    clientId: f.clientId,
    clientName: f.clientName,
    clientSortName: f.clientSortName,
    clientKind: f.clientKind,
    counts480: f.counts480,
    taskKind: f.taskKind,
    startDate: f.startDate,
    endDate: f.endDate,
    status: f.status,
    entries: entries.get(f.id)!,
  }));
}

/** The rules of the month for the workers of `rows`, and what they say with `changes`. */
function checked(ctx: Ctx, month: string, rows: GridRow[], changes: CellChange[]) {
  const workerIds = [...new Set(rows.map((r) => r.workerId))];
  const gridCells = rows.flatMap((r) => Object.entries(r.entries).map(([day, minutes]) => ({ placementId: r.placementId, day, minutes, workerId: r.workerId, counts480: r.counts480 })));
  const rules = monthRulesOf(ctx, month, workerIds, gridCells);
  return { rules, issues: checkMonthRules(rules, rows, gridCells, changes) };
}

const month: Handler<'hours.month'> = (ctx, { month: m, groupBy }) => {
  const rows = gridRows(ctx, m, monthPlacements(ctx, m), true);
  rows.sort((a, b) =>
    groupBy === 'client'
      ? collator.compare(a.clientSortName, b.clientSortName) || collator.compare(a.workerName, b.workerName) || a.placementId - b.placementId
      : collator.compare(a.workerName, b.workerName) || collator.compare(a.clientSortName, b.clientSortName) || a.placementId - b.placementId,
  );
  const closed = closure(ctx, m);
  // Everything that stands on the saved month, blocking included: hours typed before a PASS was
  // corrected, or before a client started counting towards the 480 h, show in red at once.
  const { rules, issues } = checked(ctx, m, rows, []);
  const grid: MonthGrid = {
    month: m,
    days: monthDays(m).map((date) => ({ date, weekday: isoWeekday(date), weekend: isWeekend(date), holiday: holidayName(date) })),
    rows,
    closed: closed !== null,
    closedAt: closed?.closedAt ?? null,
    issues,
    rules,
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
  // Only the placements whose cells were sent are read, then every placement of the month of
  // their workers (the rules look at all of a worker's month): never the whole month.
  const sent = new Map(monthPlacements(ctx, m, { by: 'placement', ids: [...new Set(entries.map((e) => e.placementId))] }).map((f) => [f.id, f]));
  const changes = new Map<string, CellChange>();
  for (const [i, e] of entries.entries()) {
    if (!monthSet.has(e.day)) {
      const message = `Le ${formatDate(e.day)} n'est pas dans le mois ${deMonth(m)}.`;
      throw new AppError('validation', message, { [`entries.${i}.day`]: message });
    }
    if (!sent.has(e.placementId)) {
      const message = `La mission n° ${e.placementId} n'est pas active en ${formatMonth(m)}.`;
      throw new AppError('validation', message, { [`entries.${i}.placementId`]: message });
    }
    changes.set(`${e.placementId}|${e.day}`, { placementId: e.placementId, day: e.day, minutes: e.minutes });
  }
  const workerOf = (placementId: number) => sent.get(placementId)!.workerId;
  const workers = [...new Set(entries.map((e) => workerOf(e.placementId)))];
  const rows = gridRows(ctx, m, workers.length > 0 ? monthPlacements(ctx, m, { by: 'worker', ids: workers }) : [], false);
  const { issues } = checked(ctx, m, rows, [...changes.values()]);
  // A worker's month that breaks a rule keeps all the cells sent for it: none is saved.
  const breaking = new Set(issues.filter((i) => i.severity === 'blocking').map((i) => i.workerId));
  const held: CellRef[] = [];
  const written: CellChange[] = [];
  for (const c of changes.values()) {
    if (breaking.has(workerOf(c.placementId))) held.push({ placementId: c.placementId, day: c.day });
    else written.push(c);
  }

  // The « before » of each cell is the saved month the rules just read; an unchanged cell is not written again.
  const savedEntries = new Map(rows.map((r) => [r.placementId, r.entries]));
  const upsert = statement(
    ctx.sqlite,
    'INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, ?) ON CONFLICT (placement_id, day) DO UPDATE SET minutes = excluded.minutes',
  );
  const remove = statement(ctx.sqlite, 'DELETE FROM hours WHERE placement_id = ? AND day = ?');
  const log: HourChange[] = [];
  let saved = 0;
  for (const c of written) {
    const old = savedEntries.get(c.placementId)?.[c.day] ?? null;
    if (old !== c.minutes) log.push({ placementId: c.placementId, day: c.day, before: old, after: c.minutes });
    if (c.minutes === null) {
      if (old !== null) saved += remove.run(c.placementId, c.day).changes;
    } else {
      if (old !== c.minutes) upsert.run(c.placementId, c.day, c.minutes);
      saved++;
    }
  }
  // Who changed which cell, from what to what (minutes).
  if (written.length > 0) audit(ctx, 'saisie', 'heures', m, hourChangesDetails(log));
  return { saved, held, issues };
};

const closeMonth: Handler<'hours.closeMonth'> = (ctx, { month: m, confirmed }) => {
  if (closure(ctx, m)) throw new AppError('rule', `Le mois ${deMonth(m)} est déjà clôturé.`);
  const early = earlyClosing(m, todayIso(ctx.now()));
  if (early && !confirmed.includes('mois_non_termine')) {
    throw new AppError('confirm', early, undefined, undefined, [{ code: 'mois_non_termine', severity: 'warning', message: early }]);
  }
  // A month reopened after its invoices were issued closes again once every difference between
  // them and the hours is settled (an avoir and a new invoice, in Facturation).
  const differences = monthDifferences(ctx, m);
  if (differences.length > 0) {
    const names = differences.map((d) => d.clientName).join(', ');
    throw new AppError(
      'rule',
      `Le mois ${deMonth(m)} ne peut pas être clôturé : les heures ne correspondent plus aux factures émises pour ${names}. Régularisez-les dans Facturation (avoir et nouvelle facture).`,
    );
  }
  statement(ctx.sqlite, 'INSERT INTO month_closures (month, closed_at, closed_by) VALUES (?, ?, ?)').run(m, ctx.now().toISOString(), ctx.actor.name);
  audit(ctx, 'clôture', 'mois', m);
  return { month: m };
};

const reopenMonth: Handler<'hours.reopenMonth'> = (ctx, { month: m, reason }) => {
  if (!closure(ctx, m)) throw new AppError('rule', `Le mois ${deMonth(m)} n'est pas clôturé.`);
  statement(ctx.sqlite, 'DELETE FROM month_closures WHERE month = ?').run(m);
  ctx.sqlite.prepare('INSERT INTO month_reopenings (month, reopened_at, reopened_by, reason) VALUES (?, ?, ?, ?)').run(m, ctx.now().toISOString(), ctx.actor.name, reason);
  audit(ctx, 'réouverture', 'mois', m, { motif: reason });
  return { month: m };
};

export const hoursHandlers = {
  'hours.month': month,
  'hours.saveMonth': saveMonth,
  'hours.closeMonth': closeMonth,
  'hours.reopenMonth': reopenMonth,
};
