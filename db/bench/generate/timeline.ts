import type { ClientKind, TaskKind } from '../../contract/reference';
import { window480End } from '../../rules/hours-480';
import { dayOf, isoOf, weekdayOf, yearOf, type Calendar } from './calendar';
import { TASK_DETAILS } from './names';
import { timestampOn } from './people';
import type { Random } from './random';
import type { ClientPlan, HoursPlan, PlacementPlan, WorkerPlan } from './types';

// Placements and hours, worker by worker, day by day. The app's rules hold by construction:
// no more than 10 h a day and 48 h a week (Monday to Sunday) across all clients; hours only
// within the placement's dates, the parcours, the PASS IAE (not while it is suspended) and the
// residence permit; and at most 480 h per 24-month window with the clients that count towards
// the 480 h, the windows opened as db/rules/hours-480.ts opens them (`fenetre`, the default).
// A placement that would go past 480 h ends on its last worked day, as the office would end it.

const DAY_MAX = 600;
const WEEK_MAX = 2880;
const LIMIT_480 = 480 * 60;

interface KindProfile {
  weight: number;
  /** How many weekdays the worker goes there. */
  daysPerWeek: readonly (readonly [number, number])[];
  /** Minutes per visit, in steps of 30. */
  minutes: readonly [number, number];
  attendance: number;
  /** Duration in days: min, max, and a skew (>1: mostly short). */
  duration: readonly [number, number, number];
  tasks: readonly (readonly [TaskKind, number])[];
  billedBase: number;
}

const PROFILES: Record<ClientKind, KindProfile> = {
  particulier: {
    weight: 55,
    daysPerWeek: [[2, 10], [3, 35], [4, 40], [5, 15]],
    minutes: [90, 240],
    attendance: 0.95,
    duration: [90, 760, 1.2],
    tasks: [['menage', 55], ['repassage', 12], ['jardinage', 15], ['bricolage', 5], ['garde_enfants', 5], ['aide_courses', 8]],
    billedBase: 2100,
  },
  entreprise: {
    weight: 16,
    daysPerWeek: [[3, 20], [4, 35], [5, 45]],
    minutes: [210, 420],
    attendance: 0.95,
    duration: [5, 90, 1.5],
    tasks: [['manutention', 30], ['nettoyage_locaux', 25], ['demenagement', 10], ['plonge', 15], ['second_oeuvre', 8], ['espaces_verts', 12]],
    billedBase: 2350,
  },
  collectivite: {
    weight: 13,
    daysPerWeek: [[2, 20], [3, 35], [4, 25], [5, 20]],
    minutes: [120, 420],
    attendance: 0.92,
    duration: [20, 300, 1.2],
    tasks: [['espaces_verts', 35], ['nettoyage_locaux', 35], ['manutention', 15], ['plonge', 15]],
    billedBase: 2050,
  },
  association: {
    weight: 11,
    daysPerWeek: [[2, 30], [3, 40], [4, 30]],
    minutes: [120, 300],
    attendance: 0.9,
    duration: [30, 365, 1.2],
    tasks: [['nettoyage_locaux', 40], ['manutention', 25], ['plonge', 15], ['autre', 20]],
    billedBase: 2000,
  },
  bailleur_social: {
    weight: 5,
    daysPerWeek: [[3, 40], [4, 40], [5, 20]],
    minutes: [120, 360],
    attendance: 0.93,
    duration: [20, 200, 1.3],
    tasks: [['nettoyage_locaux', 50], ['espaces_verts', 35], ['manutention', 15]],
    billedBase: 2200,
  },
};
const KINDS = Object.keys(PROFILES) as ClientKind[];
const KIND_WEIGHTS = KINDS.map((k) => [k, PROFILES[k].weight] as const);

// The SMIC per hour, in cents, on 1 January of each year (wages start from it).
const SMIC: Record<number, number> = { 2014: 953, 2015: 961, 2016: 967, 2017: 976, 2018: 988, 2019: 1003, 2020: 1015, 2021: 1025, 2022: 1057, 2023: 1127, 2024: 1165, 2025: 1188, 2026: 1200 };
function smic(year: number): number {
  if (SMIC[year]) return SMIC[year];
  const known = Object.keys(SMIC).map(Number);
  const edge = year < Math.min(...known) ? Math.min(...known) : Math.max(...known);
  return Math.round(SMIC[edge]! * Math.pow(1.02, year - edge));
}

/** A growable set of typed arrays for the hour entries. */
class HoursBuffer {
  length = 0;
  placement = new Int32Array(1 << 16);
  day = new Int32Array(1 << 16);
  minutes = new Int16Array(1 << 16);

  push(placement: number, day: number, minutes: number) {
    if (this.length === this.placement.length) {
      const grow = <T extends Int32Array | Int16Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.placement = grow(this.placement, (n) => new Int32Array(n));
      this.day = grow(this.day, (n) => new Int32Array(n));
      this.minutes = grow(this.minutes, (n) => new Int16Array(n));
    }
    this.placement[this.length] = placement;
    this.day[this.length] = day;
    this.minutes[this.length] = minutes;
    this.length++;
  }

  /** The entries in day order (a counting sort: the days are a short range of integers). */
  sortedByDay(): HoursPlan {
    const n = this.length;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const d = this.day[i]!;
      if (d < min) min = d;
      if (d > max) max = d;
    }
    const out: HoursPlan = { length: n, placement: new Int32Array(n), day: new Int32Array(n), minutes: new Int16Array(n) };
    if (n === 0) return out;
    const starts = new Int32Array(max - min + 2);
    for (let i = 0; i < n; i++) starts[this.day[i]! - min + 1]!++;
    for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
    for (let i = 0; i < n; i++) {
      const at = starts[this.day[i]! - min]!++;
      out.placement[at] = this.placement[i]!;
      out.day[at] = this.day[i]!;
      out.minutes[at] = this.minutes[i]!;
    }
    return out;
  }
}

interface Scheduled {
  plan: PlacementPlan;
  start: number;
  end: number;
  weekdays: boolean[];
  minutes: number;
  attendance: number;
  counts: boolean;
  lastWorked: number;
  exhausted: boolean;
}

export interface TimelineSpan {
  calendar: Calendar;
  firstDay: number;
  today: number;
}

export function planTimeline(rng: Random, workers: WorkerPlan[], clients: ClientPlan[], span: TimelineSpan): { placements: PlacementPlan[]; hours: HoursPlan } {
  const pools = new Map<ClientKind, ClientPlan[]>(KINDS.map((k) => [k, clients.filter((c) => c.kind === k)]));
  const hours = new HoursBuffer();
  const placements: PlacementPlan[] = [];
  const hoursEnd = span.today - 1;

  for (const w of workers) {
    if (w.activeTo < w.activeFrom) continue;
    const suspended = (d: number) => w.suspensions.some(([s, e]) => d >= s && d <= e);
    const horizon = Math.min(w.activeTo, span.today + 45);
    const mine: Scheduled[] = [];
    const tracks = rng.weighted([[1, 5], [2, 22], [3, 38], [4, 35]] as const);
    for (let t = 0; t < tracks; t++) {
      let day = w.activeFrom + (t === 0 ? rng.int(0, 15) : rng.int(0, 60));
      while (day <= horizon) {
        for (const [s, e] of w.suspensions) if (day >= s && day <= e) day = e + 1;
        if (day > horizon) break;
        const kind = rng.weighted(KIND_WEIGHTS);
        const pool = pools.get(kind)!;
        if (pool.length === 0) break;
        const client = kind === 'particulier' ? rng.pick(pool) : rng.pickSkewed(pool);
        const profile = PROFILES[kind];
        const [dMin, dMax, skew] = profile.duration;
        const end = Math.min(day + dMin + Math.floor(Math.pow(rng.next(), skew) * (dMax - dMin)), w.activeTo);
        mine.push(schedule(rng, w, client, profile, day, end, placements.length + mine.length + 1));
        day = end + 1 + Math.floor(Math.pow(rng.next(), 2) * 30);
      }
    }
    // Now and then a placement is planned, then cancelled before it starts: no hours.
    if (rng.chance(0.03) && horizon >= w.activeFrom) {
      const kind = rng.weighted(KIND_WEIGHTS);
      const pool = pools.get(kind)!;
      if (pool.length > 0) {
        const start = rng.int(w.activeFrom, horizon);
        const cancelled = schedule(rng, w, rng.pick(pool), PROFILES[kind], start, Math.min(start + 30, w.activeTo), placements.length + mine.length + 1);
        cancelled.plan.status = 'annulee';
        cancelled.exhausted = true;
        mine.push(cancelled);
      }
    }
    fillHours(rng, w, mine, span, hoursEnd, suspended, hours);
    for (const s of mine) {
      s.plan.startDate = isoOf(s.start);
      s.plan.endDate = isoOf(s.end);
      if (s.plan.status !== 'annulee') s.plan.status = s.start > span.today ? 'prevue' : s.end < span.today ? 'terminee' : 'en_cours';
      s.plan.updatedAt = s.plan.status === 'terminee' ? timestampOn(rng, Math.max(s.end, dayOf(s.plan.createdAt.slice(0, 10)))) : s.plan.createdAt;
      placements.push(s.plan);
    }
  }
  return { placements, hours: hours.sortedByDay() };
}

function schedule(rng: Random, w: WorkerPlan, client: ClientPlan, profile: KindProfile, start: number, end: number, id: number): Scheduled {
  const count = rng.weighted(profile.daysPerWeek);
  const weekdays = Array.from({ length: 8 }, () => false);
  const candidates = rng.chance(0.06) ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5];
  for (let placed = 0; placed < Math.min(count, candidates.length); ) {
    const d = rng.pick(candidates);
    if (!weekdays[d]) {
      weekdays[d] = true;
      placed++;
    }
  }
  const minutes = 30 * rng.int(profile.minutes[0] / 30, profile.minutes[1] / 30);
  const year = yearOf(start);
  const wage = smic(year) + 5 * rng.int(0, 4);
  const billed = Math.max(wage + 500, 10 * Math.round((profile.billedBase * (1 + 0.025 * (year - 2016))) / 10) + 10 * rng.int(0, 8));
  const task = rng.weighted(profile.tasks);
  const heavy = task === 'manutention' || task === 'demenagement' || task === 'second_oeuvre' || task === 'espaces_verts';
  const details = TASK_DETAILS[client.kind] ?? TASK_DETAILS.other!;
  const createdDay = start - rng.int(1, 20);
  const weeks = Math.max(1, Math.round((end - start + 1) / 7));
  const plan: PlacementPlan = {
    id,
    workerId: w.id,
    clientId: client.id,
    workAddressId: client.workAddresses.length > 0 && rng.chance(0.6) ? rng.pick(client.workAddresses).id : null,
    taskKind: task,
    // Where the hours count towards the 480 h, the law asks for a precise, temporary task.
    taskDetail: client.counts480 || rng.chance(0.4) ? rng.pick(client.counts480 ? details : TASK_DETAILS.other!) : null,
    startDate: '',
    endDate: '',
    plannedMinutes: rng.chance(0.4) ? 60 * Math.round((weeks * count * minutes) / 60) : null,
    billedRateCents: billed,
    wageRateCents: wage,
    ppeNeeded: heavy && client.kind !== 'particulier' ? 'Chaussures de sécurité et gants' : null,
    ppeSuppliedBy: heavy && client.kind !== 'particulier' ? rng.pick(['association', 'utilisateur'] as const) : null,
    status: 'en_cours',
    notes: rng.chance(0.05) ? 'Horaires à confirmer avec le client chaque semaine.' : null,
    createdAt: timestampOn(rng, createdDay),
    updatedAt: '',
  };
  return { plan, start, end, weekdays, minutes, attendance: PROFILES[client.kind].attendance, counts: client.counts480, lastWorked: -1, exhausted: false };
}

function fillHours(rng: Random, w: WorkerPlan, mine: Scheduled[], span: TimelineSpan, hoursEnd: number, suspended: (d: number) => boolean, out: HoursBuffer) {
  if (mine.length === 0) return;
  // The days that open a 24-month window: starts of the counting placements (cancelled ones
  // excepted) and days with counting hours, as counting480Windows takes them.
  const countingStarts = mine
    .filter((s) => s.counts && s.plan.status !== 'annulee')
    .map((s) => s.start)
    .sort((a, b) => a - b);
  let nextStart = 0;
  let windowEnd = -Infinity;
  let used = 0;
  const open = (day: number) => {
    windowEnd = dayOf(window480End(isoOf(day)));
    used = 0;
  };
  const from = Math.min(w.activeFrom, ...mine.map((s) => s.start));
  const to = Math.min(w.activeTo, hoursEnd);
  let week = 0;
  for (let d = from; d <= to; d++) {
    while (nextStart < countingStarts.length && countingStarts[nextStart]! <= d) {
      const s = countingStarts[nextStart++]!;
      if (s > windowEnd) open(s);
    }
    const weekday = weekdayOf(d);
    if (weekday === 1) week = 0;
    if (d < span.firstDay || d < w.activeFrom || suspended(d) || span.calendar.isHoliday(d)) continue;
    let dayTotal = 0;
    for (const s of mine) {
      if (s.exhausted || d < s.start || d > s.end || !s.weekdays[weekday] || rng.next() > s.attendance) continue;
      let m = s.minutes + (rng.chance(0.3) ? 30 * rng.int(-1, 1) : 0);
      m = Math.min(m, DAY_MAX - dayTotal, WEEK_MAX - week);
      if (s.counts) {
        if (d > windowEnd) open(d);
        if (LIMIT_480 - used < 60) {
          // The office ends the placement rather than go past 480 h.
          s.exhausted = true;
          s.end = Math.max(s.start, s.lastWorked);
          continue;
        }
        m = Math.min(m, LIMIT_480 - used);
      }
      m -= m % 15;
      if (m < 60) continue;
      out.push(s.plan.id, d, m);
      dayTotal += m;
      week += m;
      if (s.counts) used += m;
      s.lastWorked = d;
    }
  }
}
