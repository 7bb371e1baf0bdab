import type { Ctx, Handler } from '../context';
import type { Alert } from '../contract/alerts';
import { de, formatDate, formatHours } from '../base/format';
import { addDays, addMonths, daysBetween, todayIso } from '../base/dates';
import { daysLeftText, endsSoon, permitToRenew } from '../rules/renewals';
import { WARN_480_MINUTES } from '../rules/hours-480';
import { passesOf } from '../records/passes';
import { counter480 } from '../records/worker-hours';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from '../records/workers';
import { clientNameColumns, clientNameOf, clientNameParts, clientSortName, type ClientNameColumns } from '../records/clients';
import { collator } from '../records/list-sort';
import { statement } from '../records/statements';

// The home page's list of what needs action today, each line linking to the record.

const NO_HOURS_DAYS = 60;
const PLACEMENT_END_DAYS = 14;

function list(ctx: Ctx): Alert[] {
  const today = todayIso(ctx.now());
  const alerts: Alert[] = [];
  // Each worker's last day worked, and the minutes that count towards the 480 h since 25 months
  // ago: every 24-month period that ends today or later lies within them, so a worker below
  // 400 h there cannot reach the alert and needs no counter (read from the days' summary).
  const workers = statement(
    ctx.sqlite,
    `SELECT w.id, ${workerNameColumns('w')}, w.status, w.nationality, w.permit_expiry, w.entry_date,
            (SELECT MAX(d.day) FROM worker_days d WHERE d.worker_id = w.id) AS last_day,
            (SELECT SUM(d.counting_minutes) FROM worker_days d WHERE d.worker_id = w.id AND d.day >= ?) AS recent_counting
     FROM workers w WHERE archived_at IS NULL AND status <> 'sorti'`,
  ).all(addMonths(today, -25)) as (WorkerNameColumns & {
    id: number;
    status: string;
    nationality: string;
    permit_expiry: string | null;
    entry_date: string | null;
    last_day: string | null;
    recent_counting: number | null;
  })[];
  const passes = passesOf(ctx, workers.map((w) => w.id));
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
    if ((w.recent_counting ?? 0) >= WARN_480_MINUTES) {
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
      const last = w.last_day;
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
  const noMembership = statement(
      ctx.sqlite,
      `SELECT DISTINCT c.id, ${clientNameColumns('c')} FROM clients c JOIN placements p ON p.client_id = c.id
       WHERE c.archived_at IS NULL AND p.status <> 'annulee' AND p.start_date <= ? AND p.end_date >= ?
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.client_id = c.id AND m.year = ?)`,
    ).all(`${year}-12-31`, `${year}-01-01`, year) as ({ id: number } & ClientNameColumns)[];
  const bySortName = (a: ClientNameColumns, b: ClientNameColumns) => collator.compare(clientSortName(clientNameParts(a)), clientSortName(clientNameParts(b)));
  for (const c of noMembership.sort(bySortName)) {
    alerts.push({ kind: 'membership_missing', severity: 'warning', text: `${clientNameOf(c)} : mission en ${year} sans adhésion ${year}.`, to: `/utilisateurs/${c.id}` });
  }
  const ending = statement(
      ctx.sqlite,
      `SELECT p.id, p.end_date, ${workerNameColumns('w')}, ${clientNameColumns('c')} FROM placements p
       JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
       WHERE p.status IN ('prevue', 'en_cours') AND p.end_date BETWEEN ? AND ?
         AND w.archived_at IS NULL AND w.status <> 'sorti'
       ORDER BY p.end_date, p.id`,
    ).all(today, addDays(today, PLACEMENT_END_DAYS)) as (WorkerNameColumns & ClientNameColumns & { id: number; end_date: string })[];
  for (const p of ending) {
    const name = workerNameOf(p);
    alerts.push({ kind: 'placement_ending', severity: 'warning', text: `Mission ${de(name)} chez ${clientNameOf(p)} : se termine le ${formatDate(p.end_date)}.`, to: `/missions/${p.id}` });
  }
  const rank = (a: Alert) => (a.severity === 'danger' ? 0 : 1);
  return alerts.sort((a, b) => rank(a) - rank(b));
}

const alertsList: Handler<'alerts.list'> = (ctx) => list(ctx);

export const alertsHandlers = { 'alerts.list': alertsList };
