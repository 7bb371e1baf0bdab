import { dayOf, monthStartOffset, type Calendar } from './calendar';
import { hourChangesDetails, type HourChange } from '../../records/hours-audit';
import { timestampOn } from './people';
import { seededRandom } from './random';
import type { Plan } from './types';

// The audit log a real office would have by now, in the app's own shapes (db/audit.ts and the
// handlers' calls): a line per record created, per month closed, and per save of the hours grid
// with every cell it changed (db/records/hours-audit.ts).

export interface AuditRow {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  details: string | null;
}

/** The session name of a referent (« Sophie Martin » → « smartin »), as the OS user would be. */
function login(name: string | null): string {
  if (!name) return 'accueil';
  const [first = '', ...rest] = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(' ');
  return `${first.slice(0, 1)}${rest.join('')}`;
}

export function planAudit(plan: Plan, calendar: Calendar): AuditRow[] {
  const rng = seededRandom(plan.seed, 'audit');
  const rows: AuditRow[] = [];
  const add = (at: string, actor: string, action: string, entity: string, entityId: number | string | null, details?: unknown) =>
    rows.push({ at, actor, action, entity, entityId: entityId === null ? null : String(entityId), details: details === undefined ? null : JSON.stringify(details) });

  const referentOf = new Map<number, string | null>();
  for (const w of plan.workers) {
    referentOf.set(w.id, w.referent);
    add(w.createdAt, login(w.referent), 'création', 'salarie', w.id);
    if (w.pass) add(w.pass.createdAt, login(w.referent), 'création', 'pass_iae', w.pass.id, { salarie: w.id, periodes: w.pass.periods.length });
  }
  for (const c of plan.clients) {
    add(c.createdAt, 'accueil', 'création', 'utilisateur', c.id);
    for (const m of c.memberships) add(m.createdAt, 'accueil', 'création', 'adhesion', null, { client: c.id, annee: m.year, montant: m.amountCents });
  }
  const workerOf = new Int32Array(plan.placements.length + 1);
  for (const p of plan.placements) {
    workerOf[p.id] = p.workerId;
    add(p.createdAt, login(referentOf.get(p.workerId) ?? null), 'création', 'mission', p.id, { avertissementsConfirmes: [] });
  }
  for (const c of plan.closures) add(c.closedAt, login(c.closedBy), 'clôture', 'mois', c.month);

  // Hour saves: each referent types their workers' timesheets once the month is over (the
  // current month: in the last days), one save per referent and month.
  const h = plan.hours;
  const yesterday = calendar.isoOf(dayOf(plan.today) - 1);
  let i = 0;
  while (i < h.length) {
    const month = calendar.isoOf(h.day[i]!).slice(0, 7);
    const sessions = new Map<string, HourChange[]>();
    for (; i < h.length && calendar.isoOf(h.day[i]!).startsWith(month); i++) {
      const who = login(referentOf.get(workerOf[h.placement[i]!]!) ?? null);
      const cases = sessions.get(who) ?? [];
      cases.push({ placementId: h.placement[i]!, day: calendar.isoOf(h.day[i]!), before: null, after: h.minutes[i]! });
      sessions.set(who, cases);
    }
    const nextMonth = monthStartOffset(h.day[i - 1]!, 1);
    for (const [who, cases] of sessions) {
      const at = month === plan.today.slice(0, 7) ? `${yesterday}T16:30:00.000Z` : timestampOn(rng, nextMonth + rng.int(0, 1));
      add(at, who, 'saisie', 'heures', month, hourChangesDetails(cases));
    }
  }
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
