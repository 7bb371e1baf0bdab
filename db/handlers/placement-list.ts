import type { Ctx } from '../context';
import type { Parsed } from '../contract';
import type { ListWindow } from '../contract/lists';
import type { PlacementSortColumn, PlacementStatus } from '../contract/placements';
import { labelOf, TASK_KINDS } from '../contract/reference';
import type { PlacementExportLine } from '../import/exports';
import { monthBounds } from '../base/months';
import { escapeLike, searchWords } from '../base/search';
import { collator } from '../records/list-sort';
import { PARTIES_COLUMNS, PARTIES_FROM, placementPartiesOf, type PartiesRow } from '../records/placements';
import { pluckStatement, statement } from '../records/statements';

// The list of placements, as the screen and the export read it. The screen asks for a window
// of the list in one of its sorts: by dates or status, the window is cut by SQL and the hours
// worked are summed for its rows alone; by names, task or hours, the list is sorted here first
// (French order) and the window cut from it.

type Sort = { column: PlacementSortColumn; direction: 'asc' | 'desc' };
type Line = PlacementExportLine;

const STATUS_ORDER: Record<PlacementStatus, number> = { prevue: 0, en_cours: 1, terminee: 2, annulee: 3 };

/** The sorts SQL does: each column's expression; ties go the other way by id (as the list always showed them). */
const SQL_ORDER: Partial<Record<PlacementSortColumn, string>> = {
  startDate: 'p.start_date',
  endDate: 'p.end_date',
  status: "CASE p.status WHEN 'prevue' THEN 0 WHEN 'en_cours' THEN 1 WHEN 'terminee' THEN 2 ELSE 3 END",
};

function sortLines(lines: Line[], sort: Sort): Line[] {
  const dir = sort.direction === 'asc' ? 1 : -1;
  const by = (r: Line): string | number => {
    switch (sort.column) {
      case 'workerName':
        return r.workerName;
      case 'clientName':
        return r.clientSortName;
      case 'taskKind':
        return labelOf(TASK_KINDS, r.taskKind);
      case 'endDate':
        return r.endDate;
      case 'status':
        return STATUS_ORDER[r.status];
      case 'workedMinutes':
        return r.workedMinutes;
      default:
        return r.startDate;
    }
  };
  return lines.sort((a, b) => {
    const x = by(a);
    const y = by(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c !== 0 ? c * dir : (b.id - a.id) * dir;
  });
}

type ListRow = PartiesRow & { task_detail: string | null; billed_rate_cents: number; wage_rate_cents: number; planned_minutes: number | null; worked: number };

function lineOf(r: ListRow): Line {
  const { counts480: _c, ...parties } = placementPartiesOf(r);
  return { ...parties, taskDetail: r.task_detail, billedRateCents: r.billed_rate_cents, wageRateCents: r.wage_rate_cents, plannedMinutes: r.planned_minutes, workedMinutes: r.worked };
}

/**
 * The placements the filters select, with what the list and the export show. Without a sort,
 * latest start first (the export); with a window, only its rows and the total of the list.
 */
export function listPlacements(
  ctx: Ctx,
  filters: Parsed<'placements.list'>,
  { sort = null, window = null }: { sort?: Sort | null; window?: ListWindow | null } = {},
): { rows: Line[]; total: number } {
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
    where.push('(w.search_text LIKE ? OR c.search_text LIKE ?)');
    params.push(`%${escapeLike(word)}%`, `%${escapeLike(word)}%`);
  }
  const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const inSql = sort === null || SQL_ORDER[sort.column] !== undefined;
  let order = 'p.start_date DESC, p.id DESC';
  if (sort && inSql) {
    const [dir, tie] = sort.direction === 'asc' ? ['ASC', 'DESC'] : ['DESC', 'ASC'];
    order = `${SQL_ORDER[sort.column]!} ${dir}, p.id ${tie}`;
  }
  const cut = window && inSql;
  const rows = statement(
    ctx.sqlite,
    `SELECT ${PARTIES_COLUMNS}, p.task_detail, p.billed_rate_cents, p.wage_rate_cents, p.planned_minutes,
            COALESCE((SELECT SUM(minutes) FROM hours h WHERE h.placement_id = p.id), 0) AS worked
     FROM ${PARTIES_FROM} ${condition}
     ORDER BY ${order} ${cut ? 'LIMIT ? OFFSET ?' : ''}`,
  ).all(...params, ...(cut ? [window.limit, window.offset] : [])) as ListRow[];
  const lines = rows.map(lineOf);
  if (cut) return { rows: lines, total: pluckStatement(ctx.sqlite, `SELECT count(*) FROM ${PARTIES_FROM} ${condition}`).get(...params) as number };
  const sorted = sort && !inSql ? sortLines(lines, sort) : lines;
  return { rows: window ? sorted.slice(window.offset, window.offset + window.limit) : sorted, total: sorted.length };
}
