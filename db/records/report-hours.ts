import type { Ctx } from '../context';
import type { AnnualReport, Figure, ReportClientRow, ReportHoursRow } from '../contract/annual-report';
import { CLIENT_KINDS, type ClientKind } from '../contract/reference';
import { fullTimeEquivalent } from '../rules/etp';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from './clients';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from './workers';
import { collator } from './list-sort';
import { statement } from './statements';

// The hours side of the rapport d'activité: hours and ETP by client kind, hours by month, clients
// served by kind. One statement reads the period's hours through the covering index
// (day, placement_id, minutes) and sums them per placement and month; everything else is added
// up from those few thousand lines, and a figure's list filters the same lines.

/** The minutes of one placement in one month of the period. */
interface PlacementMonth {
  placementId: number;
  month: string;
  minutes: number;
  workerId: number;
  clientId: number;
  kind: ClientKind;
}

export function placementMonths(ctx: Ctx, from: string, to: string): PlacementMonth[] {
  return statement(
    ctx.sqlite,
      `WITH ph AS (
         SELECT h.placement_id, substr(h.day, 1, 7) AS month, sum(h.minutes) AS minutes
         FROM hours h WHERE h.day BETWEEN ? AND ? GROUP BY h.placement_id, month
       )
       SELECT ph.placement_id AS placementId, ph.month, ph.minutes, p.worker_id AS workerId, p.client_id AS clientId, c.kind
       FROM ph JOIN placements p ON p.id = ph.placement_id JOIN clients c ON c.id = p.client_id`,
    )
    .all(from, to) as PlacementMonth[];
}

/** The months of a period, `YYYY-MM`, in order. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to.slice(0, 7)) return out;
    out.push(month);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
}

const sum = (lines: PlacementMonth[]) => lines.reduce((s, l) => s + l.minutes, 0);
const distinct = (lines: PlacementMonth[], of: (l: PlacementMonth) => number) => new Set(lines.map(of)).size;
const fig = (value: number, key: string): Figure => ({ value, key });

export function hoursFigures(lines: PlacementMonth[], from: string, to: string, etpAnnualMinutes: number, months: number): Pick<AnnualReport, 'hours' | 'clients'> {
  const etp = (minutes: number) => fullTimeEquivalent(minutes, etpAnnualMinutes, months);
  const ofKind = (kind: ClientKind) => lines.filter((l) => l.kind === kind);
  const total = sum(lines);
  return {
    hours: {
      byKind: CLIENT_KINDS.map(({ code }) => {
        const mine = ofKind(code);
        const minutes = sum(mine);
        return { kind: code, minutes: fig(minutes, `heures:type:${code}`), etp: etp(minutes), workers: fig(distinct(mine, (l) => l.workerId), `heures:type:${code}`) };
      }),
      total: fig(total, 'heures:total'),
      etp: etp(total),
      workers: fig(distinct(lines, (l) => l.workerId), 'heures:total'),
      byMonth: monthsOf(from, to).map((month) => ({ month, minutes: fig(sum(lines.filter((l) => l.month === month)), `heures:mois:${month}`) })),
    },
    clients: {
      byKind: CLIENT_KINDS.map(({ code }) => ({ kind: code, count: fig(distinct(ofKind(code), (l) => l.clientId), `utilisateurs:type:${code}`) })),
      total: fig(distinct(lines, (l) => l.clientId), 'utilisateurs:total'),
    },
  };
}

const isKind = (k: string | undefined): k is ClientKind => CLIENT_KINDS.some((c) => c.code === k);

/** The lines behind an hours or clients figure key; null when the key is not one of theirs. */
function linesBehind(lines: PlacementMonth[], key: string): { what: 'hours' | 'clients'; lines: PlacementMonth[] } | null {
  const [head, a, b, c] = key.split(':');
  if (c !== undefined) return null;
  if (head === 'heures' && a === 'total' && b === undefined) return { what: 'hours', lines };
  if (head === 'heures' && a === 'type' && isKind(b)) return { what: 'hours', lines: lines.filter((l) => l.kind === b) };
  if (head === 'heures' && a === 'mois' && b !== undefined) return { what: 'hours', lines: lines.filter((l) => l.month === b) };
  if (head === 'utilisateurs' && a === 'total' && b === undefined) return { what: 'clients', lines };
  if (head === 'utilisateurs' && a === 'type' && isKind(b)) return { what: 'clients', lines: lines.filter((l) => l.kind === b) };
  return null;
}

interface NameRow extends WorkerNameColumns, ClientNameColumns {
  id: number;
  worker_id: number;
  client_id: number;
}

/** The names of the placements behind a list: one statement for all of them. */
function placementNames(ctx: Ctx, ids: number[]): Map<number, NameRow> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    ctx.sqlite,
      `SELECT p.id, p.worker_id, p.client_id, ${workerNameColumns('w')}, ${clientNameColumns('c')}
       FROM placements p JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
       WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as NameRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

export type HoursBehind = { kind: 'hours'; rows: ReportHoursRow[]; minutes: number } | { kind: 'clients'; rows: ReportClientRow[] };

/** The placements (hours) or clients behind a figure; null when the key is not an hours' or clients' figure. */
export function hoursBehind(ctx: Ctx, lines: PlacementMonth[], key: string): HoursBehind | null {
  const found = linesBehind(lines, key);
  if (!found) return null;
  const byPlacement = new Map<number, PlacementMonth & { total: number }>();
  for (const l of found.lines) {
    const p = byPlacement.get(l.placementId);
    if (p) p.total += l.minutes;
    else byPlacement.set(l.placementId, { ...l, total: l.minutes });
  }
  const names = placementNames(ctx, [...byPlacement.keys()]);
  const rows: ReportHoursRow[] = [...byPlacement.values()].map((p) => {
    const n = names.get(p.placementId)!;
    return { placementId: p.placementId, workerId: p.workerId, workerName: workerNameOf(n), clientId: p.clientId, clientName: clientNameOf(n), clientKind: p.kind, minutes: p.total };
  });
  if (found.what === 'hours') {
    rows.sort((a, b) => collator.compare(a.workerName, b.workerName) || collator.compare(a.clientName, b.clientName) || a.placementId - b.placementId);
    return { kind: 'hours', rows, minutes: sum(found.lines) };
  }
  const clients = new Map<number, ReportClientRow>();
  for (const r of rows) {
    const c = clients.get(r.clientId);
    if (c) c.minutes += r.minutes;
    else clients.set(r.clientId, { clientId: r.clientId, name: r.clientName, kind: r.clientKind, minutes: r.minutes });
  }
  return { kind: 'clients', rows: [...clients.values()].sort((a, b) => collator.compare(a.name, b.name) || a.clientId - b.clientId) };
}
