import type { Ctx } from '../context';
import type { HoursStatement, PayrollLine, PayrollStatement, PayrollWorker, StatementPlacement } from '../contract/reports';
import type { ClientKind, TaskKind } from '../contract/reference';
import { amountForMinutes } from '../base/money';
import { monthBounds } from '../base/months';
import { clientNameColumns, clientNameOf, clientNameParts, clientSortName, type ClientNameColumns } from './clients';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from './workers';
import { collator } from './list-sort';

// The month's hours as the documents read them: the relevé d'heures of each client (shared with
// the invoices, which print it beside the invoice) and the état des heures par salarié. Each is
// a fixed number of statements whatever the number of clients or workers: the hours are read
// first through the covering index on (day, placement_id, minutes), never once per record.

interface StatementPlacementRow extends WorkerNameColumns, ClientNameColumns {
  id: number;
  worker_id: number;
  client_id: number;
  task_kind: TaskKind;
  task_detail: string | null;
  start_date: string;
  end_date: string;
  contact_name: string | null;
  address_line1: string | null;
  address_line2: string | null;
  postal_code: string | null;
  city: string | null;
  siret: string | null;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

/**
 * The relevés of `month`: one per client with hours in the month (or per client of `clientIds`
 * with hours), clients in the order of the lists, placements by worker, days in order.
 */
export function hoursStatements(ctx: Ctx, month: string, clientIds?: readonly number[]): HoursStatement[] {
  const { first, last } = monthBounds(month);
  if (clientIds && clientIds.length === 0) return [];
  const byClient = clientIds ? `AND p.client_id IN (${marks(clientIds.length)})` : '';
  const placements = ctx.sqlite
    .prepare(
      `SELECT p.id, p.worker_id, ${workerNameColumns('w')}, p.client_id, ${clientNameColumns('c')}, p.task_kind, p.task_detail,
         p.start_date, p.end_date, c.contact_name, c.address_line1, c.address_line2, c.postal_code, c.city, c.siret
       FROM placements p JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
       WHERE p.id IN (SELECT h.placement_id FROM hours h WHERE h.day BETWEEN ? AND ?) ${byClient}`,
    )
    .all(first, last, ...(clientIds ?? [])) as StatementPlacementRow[];
  if (placements.length === 0) return [];

  // Every cell of the month when all clients are asked; else the cells of their placements only.
  const cells = (
    clientIds
      ? ctx.sqlite
          .prepare(`SELECT placement_id, day, minutes FROM hours WHERE placement_id IN (${marks(placements.length)}) AND day BETWEEN ? AND ? ORDER BY placement_id, day`)
          .all(...placements.map((p) => p.id), first, last)
      : ctx.sqlite.prepare('SELECT placement_id, day, minutes FROM hours WHERE day BETWEEN ? AND ? ORDER BY day').all(first, last)
  ) as { placement_id: number; day: string; minutes: number }[];
  const days = new Map<number, StatementPlacement['days']>(placements.map((p) => [p.id, []]));
  for (const c of cells) days.get(c.placement_id)?.push({ day: c.day, minutes: c.minutes });

  const statements = new Map<number, HoursStatement & { sortName: string }>();
  for (const p of placements) {
    const worked = days.get(p.id)!.sort((a, b) => (a.day < b.day ? -1 : 1));
    const placement: StatementPlacement = {
      placementId: p.id,
      workerId: p.worker_id,
      workerName: workerNameOf(p),
      taskKind: p.task_kind,
      taskDetail: p.task_detail,
      startDate: p.start_date,
      endDate: p.end_date,
      days: worked,
      minutes: worked.reduce((s, d) => s + d.minutes, 0),
    };
    let s = statements.get(p.client_id);
    if (!s) {
      s = {
        month,
        clientId: p.client_id,
        clientName: clientNameOf(p),
        sortName: clientSortName(clientNameParts(p)),
        clientKind: p.client_kind as ClientKind,
        contactName: p.contact_name,
        addressLine1: p.address_line1,
        addressLine2: p.address_line2,
        postalCode: p.postal_code,
        city: p.city,
        siret: p.siret,
        placements: [],
        minutes: 0,
      };
      statements.set(p.client_id, s);
    }
    s.placements.push(placement);
    s.minutes += placement.minutes;
  }
  return [...statements.values()]
    .sort((a, b) => collator.compare(a.sortName, b.sortName) || a.clientId - b.clientId)
    .map(({ sortName: _sortName, ...s }) => ({
      ...s,
      placements: s.placements.sort((a, b) => collator.compare(a.workerName, b.workerName) || a.startDate.localeCompare(b.startDate) || a.placementId - b.placementId),
    }));
}

interface PayrollRow extends WorkerNameColumns, ClientNameColumns {
  worker_id: number;
  client_id: number;
  wage_rate_cents: number;
  minutes: number;
}

/**
 * The état des heures par salarié of `month`: for each worker with hours, a line per client and
 * wage rate (two placements with the same client at the same rate make one line), its gross
 * amount rounded once per line; the worker's total is the sum of the lines.
 */
export function payrollStatement(ctx: Ctx, month: string): PayrollStatement {
  const { first, last } = monthBounds(month);
  // CROSS JOIN keeps the hours first (the covering index on day), the placements looked up by key.
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.worker_id, ${workerNameColumns('w')}, p.client_id, ${clientNameColumns('c')}, p.wage_rate_cents, sum(h.minutes) AS minutes
       FROM hours h CROSS JOIN placements p ON p.id = h.placement_id JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
       WHERE h.day BETWEEN ? AND ?
       GROUP BY p.worker_id, p.client_id, p.wage_rate_cents`,
    )
    .all(first, last) as PayrollRow[];

  const workers = new Map<number, PayrollWorker>();
  for (const r of rows) {
    let w = workers.get(r.worker_id);
    if (!w) {
      w = { workerId: r.worker_id, workerName: workerNameOf(r), lines: [], minutes: 0, grossCents: 0 };
      workers.set(r.worker_id, w);
    }
    const line: PayrollLine = {
      clientId: r.client_id,
      clientName: clientNameOf(r),
      minutes: r.minutes,
      wageRateCents: r.wage_rate_cents,
      grossCents: amountForMinutes(r.minutes, r.wage_rate_cents),
    };
    w.lines.push(line);
    w.minutes += line.minutes;
    w.grossCents += line.grossCents;
  }
  const list = [...workers.values()].sort((a, b) => collator.compare(a.workerName, b.workerName) || a.workerId - b.workerId);
  for (const w of list) w.lines.sort((a, b) => collator.compare(a.clientName, b.clientName) || a.wageRateCents - b.wageRateCents);
  return {
    month,
    workers: list,
    minutes: list.reduce((s, w) => s + w.minutes, 0),
    grossCents: list.reduce((s, w) => s + w.grossCents, 0),
  };
}
