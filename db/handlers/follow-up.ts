import type { Handler } from '../context';
import type { FollowedRow } from '../contract/support';
import type { WorkerStatus } from '../contract/reference';
import { todayIso } from '../base/dates';
import { daysNotSeen, interviewDue, notSeenFor } from '../rules/follow-up';
import { referentsOf, workerNameColumns, workerNameOf, type WorkerNameColumns } from '../records/workers';
import { collator } from '../records/list-sort';
import { timelineOf } from '../records/timeline';

// The référent's view (domain §6): the people they follow (not archived, in an open path or not
// out yet), the interviews due or overdue, those not seen for more than a chosen number of days.
// The référent is the text written on the worker's record.

interface FollowedQueryRow extends WorkerNameColumns {
  id: number;
  status: WorkerStatus;
  referent: string | null;
  entry_date: string | null;
  created_at: string;
  path_id: number | null;
  path_start: string | null;
  next_interview_date: string | null;
  last_seen: string | null;
}

const followed: Handler<'support.followed'> = (ctx, { referent, dueWithinDays, notSeenDays }) => {
  const today = todayIso(ctx.now());
  const rows = ctx.sqlite
    .prepare(
      `SELECT w.id, ${workerNameColumns('w')}, w.status, w.referent, w.entry_date, w.created_at,
              p.id AS path_id, p.start_date AS path_start, p.next_interview_date,
              (SELECT MAX(i.date) FROM support_interviews i WHERE i.path_id = p.id AND i.date <= ?) AS last_seen
       FROM workers w LEFT JOIN support_paths p ON p.worker_id = w.id AND p.exit_date IS NULL
       WHERE w.archived_at IS NULL AND (p.id IS NOT NULL OR w.status <> 'sorti') AND (? IS NULL OR w.referent = ?)`,
    )
    .all(today, referent, referent) as FollowedQueryRow[];
  const out: FollowedRow[] = rows.map((r) => {
    // Not seen since their path began, or since they were registered.
    const since = r.path_start ?? r.entry_date ?? r.created_at.slice(0, 10);
    return {
      workerId: r.id,
      name: workerNameOf(r),
      status: r.status,
      referent: r.referent,
      pathId: r.path_id,
      pathStart: r.path_start,
      lastSeen: r.last_seen,
      nextInterviewDate: r.next_interview_date,
      due: interviewDue(r.next_interview_date, r.last_seen, today, dueWithinDays),
      daysNotSeen: daysNotSeen(r.last_seen, since, today),
      notSeen: notSeenFor(r.last_seen, since, today, notSeenDays),
    };
  });
  out.sort((a, b) => collator.compare(a.name, b.name));
  return { rows: out, referents: referentsOf(ctx) };
};

export const followUpHandlers = {
  'support.followed': followed,
  'support.timeline': ((ctx, { workerId }) => ({ events: timelineOf(ctx, workerId) })) satisfies Handler<'support.timeline'>,
};
