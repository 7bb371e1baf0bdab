import type { Ctx, Handler } from '../context';
import type { Alert } from '../contract/alerts';
import { de, formatDate, formatHours } from '../base/format';
import { addDays, daysBetween, todayIso } from '../base/dates';
import { daysLeftText, endsSoon, permitToRenew } from '../rules/renewals';
import { WARN_480_MINUTES } from '../rules/hours-480';
import { passesOf } from '../records/passes';
import { counter480 } from '../records/worker-hours';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from '../records/workers';
import { clientNameColumns, clientNameOf, clientNameParts, clientSortName, type ClientNameColumns } from '../records/clients';
import { collator } from '../records/list-sort';

// The home page's list of what needs action today, each line linking to the record.

const NO_HOURS_DAYS = 60;
const PLACEMENT_END_DAYS = 14;

function list(ctx: Ctx): Alert[] {
  const today = todayIso(ctx.now());
  const alerts: Alert[] = [];
  const workers = ctx.sqlite
    .prepare(
      `SELECT w.id, ${workerNameColumns('w')}, w.status, w.nationality, w.permit_expiry, w.entry_date FROM workers w
       WHERE archived_at IS NULL AND status <> 'sorti'`,
    )
    .all() as (WorkerNameColumns & {
    id: number;
    status: string;
    nationality: string;
    permit_expiry: string | null;
    entry_date: string | null;
  })[];
  const passes = passesOf(ctx, workers.map((w) => w.id));
  const lastHours = new Map(
    (
      ctx.sqlite.prepare('SELECT p.worker_id AS id, MAX(h.day) AS last FROM hours h JOIN placements p ON p.id = h.placement_id GROUP BY p.worker_id').all() as {
        id: number;
        last: string;
      }[]
    ).map((r) => [r.id, r.last]),
  );
  const counting = new Set(
    ctx.sqlite
      .prepare('SELECT DISTINCT p.worker_id FROM placements p JOIN clients c ON c.id = p.client_id WHERE c.counts_480 = 1')
      .pluck()
      .all() as number[],
  );
  for (const w of workers) {
    const name = workerNameOf(w);
    const to = `/salaries/${w.id}`;
    const current = (passes.get(w.id) ?? []).at(-1);
    if (current && current.end >= today && endsSoon(current.end, today)) {
      const left = daysLeftText(daysBetween(today, current.end));
      alerts.push({ kind: 'pass_ending', severity: 'warning', text: `PASS IAE ${de(name)} : se termine le ${formatDate(current.end)} (${left}).`, to });
    } else if (current && current.end < today && w.status === 'en_parcours') {
      alerts.push({ kind: 'pass_expired', severity: 'danger', text: `PASS IAE ${de(name)} : expiré depuis le ${formatDate(current.end)}.`, to });
    }
    if (w.permit_expiry && permitToRenew(w.nationality, w.permit_expiry, today)) {
      const expired = w.permit_expiry < today;
      alerts.push({
        kind: 'permit_expiring',
        severity: expired ? 'danger' : 'warning',
        text: expired
          ? `Titre de séjour ${de(name)} : expiré le ${formatDate(w.permit_expiry)}.`
          : `Titre de séjour ${de(name)} : expire le ${formatDate(w.permit_expiry)} (${daysLeftText(daysBetween(today, w.permit_expiry))}).`,
        to,
      });
    }
    if (counting.has(w.id)) {
      const c = counter480(ctx, w.id, today);
      if (c && c.usedMinutes >= WARN_480_MINUTES && c.windowEnd >= today) {
        alerts.push({
          kind: 'hours_480',
          severity: c.leftMinutes === 0 ? 'danger' : 'warning',
          text:
            c.mode === 'glissante'
              ? `${name} : ${formatHours(c.usedMinutes)} sur 480 h en entreprise sur les 24 derniers mois (depuis le ${formatDate(c.windowStart)} ; il reste ${formatHours(c.leftMinutes)}).`
              : `${name} : ${formatHours(c.usedMinutes)} sur 480 h en entreprise (il reste ${formatHours(c.leftMinutes)} jusqu'au ${formatDate(c.windowEnd)}).`,
          to,
        });
      }
    }
    if (w.status === 'en_parcours') {
      const last = lastHours.get(w.id);
      const since = last ?? w.entry_date;
      if (since && since < addDays(today, -NO_HOURS_DAYS)) {
        alerts.push({
          kind: 'no_hours',
          severity: 'warning',
          text: last ? `${name} : aucune heure depuis le ${formatDate(last)}.` : `${name} : en parcours depuis le ${formatDate(since)}, aucune heure saisie.`,
          to,
        });
      }
    }
  }
  const year = Number(today.slice(0, 4));
  const noMembership = ctx.sqlite
    .prepare(
      `SELECT DISTINCT c.id, ${clientNameColumns('c')} FROM clients c JOIN placements p ON p.client_id = c.id
       WHERE c.archived_at IS NULL AND p.status <> 'annulee' AND p.start_date <= ? AND p.end_date >= ?
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.client_id = c.id AND m.year = ?)`,
    )
    .all(`${year}-12-31`, `${year}-01-01`, year) as ({ id: number } & ClientNameColumns)[];
  const bySortName = (a: ClientNameColumns, b: ClientNameColumns) => collator.compare(clientSortName(clientNameParts(a)), clientSortName(clientNameParts(b)));
  for (const c of noMembership.sort(bySortName)) {
    alerts.push({ kind: 'membership_missing', severity: 'warning', text: `${clientNameOf(c)} : mission en ${year} sans adhésion ${year}.`, to: `/utilisateurs/${c.id}` });
  }
  const ending = ctx.sqlite
    .prepare(
      `SELECT p.id, p.end_date, ${workerNameColumns('w')}, ${clientNameColumns('c')} FROM placements p
       JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
       WHERE p.status IN ('prevue', 'en_cours') AND p.end_date BETWEEN ? AND ?
         AND w.archived_at IS NULL AND w.status <> 'sorti'
       ORDER BY p.end_date, p.id`,
    )
    .all(today, addDays(today, PLACEMENT_END_DAYS)) as (WorkerNameColumns & ClientNameColumns & { id: number; end_date: string })[];
  for (const p of ending) {
    const name = workerNameOf(p);
    alerts.push({ kind: 'placement_ending', severity: 'warning', text: `Mission ${de(name)} chez ${clientNameOf(p)} : se termine le ${formatDate(p.end_date)}.`, to: `/missions/${p.id}` });
  }
  const rank = (a: Alert) => (a.severity === 'danger' ? 0 : 1);
  return alerts.sort((a, b) => rank(a) - rank(b));
}

const alertsList: Handler<'alerts.list'> = (ctx) => list(ctx);

export const alertsHandlers = { 'alerts.list': alertsList };
