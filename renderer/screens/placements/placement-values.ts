import type { Input } from '../../../db/contract';
import type { ClientDetail } from '../../../db/contract/clients';
import type { PlacementDetail, PlacementInput } from '../../../db/contract/placements';
import type { Organisation } from '../../../db/contract/settings';
import type { WorkerRow } from '../../../db/contract/workers';
import { formatDate, formatHoursInput, formatMoney, formatMoneyInput, parseDate, parseHours, parseMoney } from '../../../db/base/format';
import { CLIENT_KINDS, labelOf } from '../../../db/contract/reference';
import { PASS_STATUS_LABELS, passNotice, permitNotice, type Notice } from '../../../db/contract/workers';
import { precheck } from '../../api/client';
import type { Values } from '../../components/form';

// The placement form's values as typed, to and from what the API takes and gives, and the
// lines of help under the worker and the client.

export function blankPlacement(): Values {
  return {
    workerId: '',
    clientId: '',
    workAddressId: '',
    taskKind: '',
    taskDetail: '',
    startDate: '',
    endDate: '',
    plannedMinutes: '',
    billedRateCents: '',
    wageRateCents: '',
    ppeNeeded: '',
    ppeSuppliedBy: '',
    status: 'prevue',
    notes: '',
    exposesForbiddenWork: '',
  };
}

export function placementValues(p: PlacementDetail): Values {
  const s = (v: string | null) => v ?? '';
  return {
    workerId: String(p.workerId),
    clientId: String(p.clientId),
    workAddressId: p.workAddressId === null ? '' : String(p.workAddressId),
    taskKind: p.taskKind,
    taskDetail: s(p.taskDetail),
    startDate: formatDate(p.startDate),
    endDate: formatDate(p.endDate),
    plannedMinutes: formatHoursInput(p.plannedMinutes),
    billedRateCents: formatMoneyInput(p.billedRateCents),
    wageRateCents: formatMoneyInput(p.wageRateCents),
    ppeNeeded: s(p.ppeNeeded),
    ppeSuppliedBy: s(p.ppeSuppliedBy),
    status: p.status,
    notes: s(p.notes),
    exposesForbiddenWork: '',
  };
}

export function toPlacement(v: Values): PlacementInput {
  const g = (k: string) => v[k] ?? '';
  const id = (k: string) => {
    const n = Number(g(k));
    return Number.isInteger(n) && n > 0 ? n : 0;
  };
  return {
    workerId: id('workerId'),
    clientId: id('clientId'),
    workAddressId: id('workAddressId') || null,
    taskKind: g('taskKind') as PlacementInput['taskKind'],
    taskDetail: g('taskDetail'),
    startDate: g('startDate'),
    endDate: g('endDate'),
    plannedMinutes: g('plannedMinutes'),
    billedRateCents: g('billedRateCents'),
    wageRateCents: g('wageRateCents'),
    ppeNeeded: g('ppeNeeded'),
    ppeSuppliedBy: g('ppeSuppliedBy'),
    status: (g('status') || 'prevue') as PlacementInput['status'],
    notes: g('notes'),
    exposesForbiddenWork: g('exposesForbiddenWork') === '1',
  };
}

/**
 * What to ask the rules while the form is being filled: only once the worker, the client, the
 * task and both dates are there and readable. The rates and hours do not change any rule's
 * verdict; while they are not typed yet, a placeholder keeps the call's own schema satisfied.
 */
export function checkInput(v: Values, id: number | null): Input<'placements.check'> | null {
  const workerId = Number(v.workerId);
  const clientId = Number(v.clientId);
  const start = parseDate(v.startDate ?? '');
  const end = parseDate(v.endDate ?? '');
  if (!workerId || !clientId || !v.taskKind || !start || !end || end < start) return null;
  const rate = (text: string | undefined) => {
    const cents = parseMoney(text ?? '');
    return cents !== null && cents > 0 ? cents : 100;
  };
  const input: Input<'placements.check'> = {
    id,
    placement: {
      workerId,
      clientId,
      workAddressId: Number(v.workAddressId) || null,
      taskKind: v.taskKind as PlacementInput['taskKind'],
      taskDetail: null,
      startDate: start,
      endDate: end,
      plannedMinutes: parseHours(v.plannedMinutes ?? ''),
      billedRateCents: rate(v.billedRateCents),
      wageRateCents: rate(v.wageRateCents),
      ppeNeeded: null,
      ppeSuppliedBy: null,
      status: (v.status || 'prevue') as PlacementInput['status'],
      notes: null,
      exposesForbiddenWork: v.exposesForbiddenWork === '1',
    },
  };
  return precheck('placements.check', input) ? null : input;
}

export type WorkerChoice = Pick<WorkerRow, 'id' | 'name' | 'passStatus' | 'passEnd' | 'permitExpiry'>;

/** « Hélène DUPONT — PASS valide » in the list of workers. */
export function workerChoiceLabel(w: WorkerChoice): string {
  const pass = w.passStatus === 'aucun' ? 'sans PASS' : `PASS ${PASS_STATUS_LABELS[w.passStatus].toLowerCase()}`;
  return `${w.name} — ${pass}`;
}

/** The billed rate a new placement starts from: the client's, else the organisation's. */
export function defaultBilledRate(client: ClientDetail | null, org: Organisation | null): number | null {
  return client?.hourlyRateCents ?? org?.defaultBilledRateCents ?? null;
}

/** A new placement's values: the worker or the client the address named, and the default rates. */
export function newPlacementValues(workerId: number | null, client: ClientDetail | null, organisation: Organisation | null): Values {
  return {
    ...blankPlacement(),
    workerId: workerId ? String(workerId) : '',
    clientId: client ? String(client.id) : '',
    billedRateCents: client ? formatMoneyInput(defaultBilledRate(client, organisation)) : '',
    wageRateCents: formatMoneyInput(organisation?.defaultWageRateCents ?? null),
  };
}

/** Under the worker: where the PASS IAE stands. */
export function workerHelp(w: WorkerChoice): string {
  if (w.passStatus === 'aucun') return 'Pas de PASS IAE enregistré : aucune mission sans PASS valide.';
  const status = `PASS IAE ${PASS_STATUS_LABELS[w.passStatus].toLowerCase()}`;
  return w.passEnd ? `${status}, fin le ${formatDate(w.passEnd)}.` : `${status}.`;
}

/** Above the worker's placement: a PASS IAE or a titre de séjour that ends within 60 days, or has ended (days left, what to do). */
export function workerNotices(w: WorkerChoice, today: string): Notice[] {
  const pass = w.passStatus === 'aucun' || !w.passEnd ? null : { status: w.passStatus, end: w.passEnd };
  return [passNotice(pass, today), permitNotice(w.permitExpiry ? 'hors_ue' : 'france', w.permitExpiry, today)].filter((n): n is Notice => n !== null);
}

/** Under the client: its kind, whether it counts in the 480 h, its rate. */
export function clientHelp(c: ClientDetail): string {
  return `${labelOf(CLIENT_KINDS, c.kind)}${c.counts480 ? ' · ses heures comptent dans les 480 h' : ''}${c.hourlyRateCents !== null ? ` · taux ${formatMoney(c.hourlyRateCents)} / h` : ''}`;
}
