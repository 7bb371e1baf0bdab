import type { Ctx } from '../context';
import type { TimelineEvent, TimelineKind } from '../contract/support';
import { INTERVIEW_KINDS, labelOf, TASK_KINDS } from '../contract/reference';
import { PLACEMENT_STATUSES } from '../contract/placements';
import { deMonth, formatDate, formatHours } from '../base/format';
import { todayIso } from '../base/dates';
import { EXIT_REASONS, exitCategory, exitCategoryLabel, type ExitReason } from '../rules/exits';
import { passReasonLabel, type PassReason } from '../rules/pass-iae';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from './clients';
import { passesOf } from './passes';

// A worker's timeline: what happened along their paths, from every record that tells it
// (interviews, placements, hours by month, actions and trainings, PASS IAE, entries and exits),
// newest first. One query per kind of record, whatever their number.

const KIND_ORDER: readonly TimelineKind[] = ['parcours', 'entretien', 'formation', 'mission', 'heures', 'pass'];

/** Newest first; on the same day, an exit before what it ended, and the latest record first. */
export function sortTimeline(events: TimelineEvent[]): TimelineEvent[] {
  return events.sort((a, b) => b.date.localeCompare(a.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.key.localeCompare(a.key, 'en', { numeric: true }));
}

const period = (start: string, end: string | null) => (end ? `du ${formatDate(start)} au ${formatDate(end)}` : `depuis le ${formatDate(start)}`);

function pathEvents(ctx: Ctx, workerId: number): TimelineEvent[] {
  const paths = ctx.sqlite
    .prepare('SELECT id, start_date, exit_date, exit_reason, exit_notes FROM support_paths WHERE worker_id = ? ORDER BY start_date, id')
    .all(workerId) as { id: number; start_date: string; exit_date: string | null; exit_reason: ExitReason | null; exit_notes: string | null }[];
  const to = (id: number) => `/suivi/${workerId}?parcours=${id}`;
  return paths.flatMap((p, i): TimelineEvent[] => [
    { key: `entree-${p.id}`, kind: 'parcours', date: p.start_date, title: `Entrée en parcours (parcours n° ${i + 1})`, detail: null, to: to(p.id) },
    ...(p.exit_date
      ? [
          {
            key: `sortie-${p.id}`,
            kind: 'parcours' as const,
            date: p.exit_date,
            title: p.exit_reason
              ? `Sortie : ${labelOf(EXIT_REASONS, p.exit_reason)} (${exitCategoryLabel(exitCategory(p.exit_reason)).toLowerCase()})`
              : 'Sortie (motif à renseigner)',
            detail: p.exit_notes,
            to: to(p.id),
          },
        ]
      : []),
  ]);
}

function interviewEvents(ctx: Ctx, workerId: number): TimelineEvent[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT i.id, i.path_id, i.date, i.kind, i.notes, i.client_id, ${clientNameColumns('c')}
       FROM support_interviews i JOIN support_paths p ON p.id = i.path_id LEFT JOIN clients c ON c.id = i.client_id
       WHERE p.worker_id = ?`,
    )
    .all(workerId) as ({ id: number; path_id: number; date: string; kind: string; notes: string | null; client_id: number | null } & ClientNameColumns)[];
  return rows.map((r) => ({
    key: `entretien-${r.id}`,
    kind: 'entretien',
    date: r.date,
    title: `Entretien : ${labelOf(INTERVIEW_KINDS, r.kind).toLowerCase()}${r.client_id !== null ? ` (${clientNameOf(r)})` : ''}`,
    detail: r.notes,
    to: `/suivi/${workerId}?parcours=${r.path_id}`,
  }));
}

function trainingEvents(ctx: Ctx, workerId: number): TimelineEvent[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT t.id, t.path_id, t.title, t.organisme, t.start_date, t.end_date, t.minutes, t.qualifying
       FROM support_trainings t JOIN support_paths p ON p.id = t.path_id WHERE p.worker_id = ?`,
    )
    .all(workerId) as { id: number; path_id: number; title: string; organisme: string | null; start_date: string; end_date: string | null; minutes: number | null; qualifying: number }[];
  return rows.map((r) => ({
    key: `formation-${r.id}`,
    kind: 'formation',
    date: r.start_date,
    title: `${r.qualifying ? 'Formation qualifiante' : 'Action ou formation'} : ${r.title}${r.organisme ? ` (${r.organisme})` : ''}`,
    detail: [period(r.start_date, r.end_date), r.minutes ? formatHours(r.minutes) : null].filter(Boolean).join(', '),
    to: `/suivi/${workerId}?parcours=${r.path_id}`,
  }));
}

/** The placements that took place or will: a cancelled one never happened. */
function placementEvents(ctx: Ctx, workerId: number): TimelineEvent[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.id, p.task_kind, p.start_date, p.end_date, p.status, ${clientNameColumns('c')}
       FROM placements p JOIN clients c ON c.id = p.client_id WHERE p.worker_id = ? AND p.status <> 'annulee'`,
    )
    .all(workerId) as ({ id: number; task_kind: string; start_date: string; end_date: string; status: string } & ClientNameColumns)[];
  return rows.map((r) => ({
    key: `mission-${r.id}`,
    kind: 'mission',
    date: r.start_date,
    title: `Mission n° ${r.id} chez ${clientNameOf(r)} : ${labelOf(TASK_KINDS, r.task_kind).toLowerCase()}`,
    detail: `${period(r.start_date, r.end_date)} · ${labelOf(PLACEMENT_STATUSES, r.status).toLowerCase()}`,
    to: `/missions/${r.id}`,
  }));
}

function hoursEvents(ctx: Ctx, workerId: number): TimelineEvent[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT substr(h.day, 1, 7) AS month, SUM(h.minutes) AS minutes, MAX(h.day) AS last_day, COUNT(DISTINCT h.day) AS days
       FROM hours h JOIN placements p ON p.id = h.placement_id WHERE p.worker_id = ? GROUP BY month`,
    )
    .all(workerId) as { month: string; minutes: number; last_day: string; days: number }[];
  // Dated by the last day worked in the month: the month's hours are known from then.
  return rows.map((r) => ({
    key: `heures-${r.month}`,
    kind: 'heures',
    date: r.last_day,
    title: `Heures ${deMonth(r.month)} : ${formatHours(r.minutes)}`,
    detail: `${r.days} jour${r.days > 1 ? 's' : ''} travaillé${r.days > 1 ? 's' : ''}`,
    to: `/heures?mois=${r.month}`,
  }));
}

function passEvents(ctx: Ctx, workerId: number): TimelineEvent[] {
  const today = todayIso(ctx.now());
  const to = `/salaries/${workerId}`;
  return (passesOf(ctx, [workerId]).get(workerId) ?? []).flatMap((p): TimelineEvent[] => [
    { key: `pass-${p.id}`, kind: 'pass', date: p.start, title: `PASS IAE n° ${p.number}`, detail: `valable jusqu'au ${formatDate(p.end)}`, to },
    ...p.periods.map((x) => ({
      key: `pass-periode-${x.id}`,
      kind: 'pass' as const,
      date: x.start,
      title: `${x.kind === 'suspension' ? 'Suspension' : 'Prolongation'} du PASS IAE : ${passReasonLabel(x.reason as PassReason).toLowerCase()}`,
      detail: period(x.start, x.end),
      to,
    })),
    ...(p.end < today ? [{ key: `pass-fin-${p.id}`, kind: 'pass' as const, date: p.end, title: `Fin du PASS IAE n° ${p.number}`, detail: null, to }] : []),
  ]);
}

export function timelineOf(ctx: Ctx, workerId: number): TimelineEvent[] {
  return sortTimeline([
    ...pathEvents(ctx, workerId),
    ...interviewEvents(ctx, workerId),
    ...trainingEvents(ctx, workerId),
    ...placementEvents(ctx, workerId),
    ...hoursEvents(ctx, workerId),
    ...passEvents(ctx, workerId),
  ]);
}
