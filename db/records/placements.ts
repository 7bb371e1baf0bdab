import type { PlacementRow, PlacementSummary, PlacementValues } from '../contract/placements';
import type { ClientKind } from '../contract/reference';
import type { placements } from '../schema';
import { clientNameColumns, clientNameOf, clientNameParts, clientSortName, type ClientNameColumns } from './clients';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from './workers';

// A placement as it is stored, and as the lists and the hours grid read it: its dates and
// status with the names of its worker and client, in one raw query (the hot paths).

type PlacementRecord = typeof placements.$inferSelect;

/** The form's fields, stored as they are in columns of the same keys. */
const PLACEMENT_KEYS = [
  'workerId',
  'clientId',
  'workAddressId',
  'taskKind',
  'taskDetail',
  'startDate',
  'endDate',
  'plannedMinutes',
  'billedRateCents',
  'wageRateCents',
  'ppeNeeded',
  'ppeSuppliedBy',
  'status',
  'notes',
] as const satisfies readonly (keyof PlacementValues & keyof PlacementRecord)[];

/** A placement's values as the columns of its row: the one mapper, with placementValues. */
export function placementColumns(p: PlacementValues) {
  const columns = Object.fromEntries(PLACEMENT_KEYS.map((k) => [k, p[k]])) as Pick<PlacementValues, (typeof PLACEMENT_KEYS)[number]>;
  // Who supplies protective equipment only matters when some is needed.
  return { ...columns, ppeSuppliedBy: p.ppeNeeded ? p.ppeSuppliedBy : null };
}

/** A stored placement as its values (what placementColumns wrote). */
export function placementValues(row: PlacementRecord): PlacementValues {
  // A saved placement exposes the worker to no forbidden work: it could not have been saved.
  return { ...(Object.fromEntries(PLACEMENT_KEYS.map((k) => [k, row[k]])) as Omit<PlacementValues, 'exposesForbiddenWork'>), exposesForbiddenWork: false };
}

/** What a list row or a grid row shows of a placement, and whether its hours count towards the 480 h. */
export type PlacementParties = PlacementSummary & { id: number; counts480: boolean };

/** The columns of placementPartiesOf, from `placements p JOIN workers w … JOIN clients c …` (PARTIES_FROM). */
export const PARTIES_COLUMNS = `p.id, p.worker_id, ${workerNameColumns('w')}, p.client_id, ${clientNameColumns('c')}, c.counts_480,
  p.task_kind, p.start_date, p.end_date, p.status`;
export const PARTIES_FROM = 'placements p JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id';

export interface PartiesRow extends WorkerNameColumns, ClientNameColumns {
  id: number;
  worker_id: number;
  client_id: number;
  counts_480: number;
  task_kind: PlacementRow['taskKind'];
  start_date: string;
  end_date: string;
  status: PlacementRow['status'];
}

export function placementPartiesOf(r: PartiesRow): PlacementParties {
  return {
    id: r.id,
    workerId: r.worker_id,
    workerName: workerNameOf(r),
    clientId: r.client_id,
    clientName: clientNameOf(r),
    clientSortName: clientSortName(clientNameParts(r)),
    clientKind: r.client_kind as ClientKind,
    counts480: r.counts_480 === 1,
    taskKind: r.task_kind,
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status,
  };
}
