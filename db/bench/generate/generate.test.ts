import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { startLoggedIn } from '../../testing/session';
import { contract } from '../../contract';
import type { WorkerValues } from '../../contract/workers';
import { workerSearchText } from '../../records/workers';
import { clientSearchText } from '../../records/clients';
import { evaluateEligibility, type CriterionCode } from '../../rules/eligibility';
import { check480, counting480Windows } from '../../rules/hours-480';
import { checkNir } from '../../rules/nir';
import { checkPassNumber, checkPassPeriods, passValidOn, type PassPeriod, type PassReason } from '../../rules/pass-iae';
import { checkSiret } from '../../rules/siret';
import { workingTimeViolations } from '../../rules/working-time';
import { isoOf } from './calendar';
import { benchBackendOptions, buildFile } from './cache';
import { generatePlan } from './plan';
import { clientFormValues, workerFormValues } from './write';
import type { Plan, WorkerPlan } from './types';

// The bench data must be data the app accepts: checked here with the app's own rule functions
// and input schemas on the office size (planned in memory), and through the app itself on a
// small file (built as the bench builds it).

const TODAY = '2026-06-15';
const PROJECT = path.resolve(import.meta.dirname, '..', '..', '..');

function planHash(plan: Plan): string {
  const h = crypto.createHash('sha256');
  h.update(JSON.stringify([plan.workers, plan.clients, plan.placements, plan.closures, plan.organisation]));
  h.update(Buffer.from(plan.hours.placement.buffer, 0, plan.hours.length * 4));
  h.update(Buffer.from(plan.hours.day.buffer, 0, plan.hours.length * 4));
  h.update(Buffer.from(plan.hours.minutes.buffer, 0, plan.hours.length * 2));
  return h.digest('hex');
}

type Entry = { placementId: number; day: string; minutes: number };

/** Each worker's hours, as the rules take them, with what they need to know about each placement. */
function hoursByWorker(plan: Plan) {
  const placements = new Map(plan.placements.map((p) => [p.id, p]));
  const counts = new Map(plan.clients.map((c) => [c.id, c.counts480]));
  const out = new Map<number, { all: Entry[]; counting: Entry[] }>();
  for (let i = 0; i < plan.hours.length; i++) {
    const p = placements.get(plan.hours.placement[i]!)!;
    const e = { placementId: p.id, day: isoOf(plan.hours.day[i]!), minutes: plan.hours.minutes[i]! };
    const mine = out.get(p.workerId) ?? { all: [], counting: [] };
    mine.all.push(e);
    if (counts.get(p.clientId)) mine.counting.push(e);
    out.set(p.workerId, mine);
  }
  return out;
}

const periodsOf = (w: WorkerPlan): PassPeriod[] =>
  (w.pass?.periods ?? []).map((p) => ({ kind: p.kind, reason: p.reason as PassReason, start: p.startDate, end: p.endDate }));

describe('the bench data at office size', () => {
  let plan: Plan;
  let byWorker: ReturnType<typeof hoursByWorker>;
  beforeAll(() => {
    plan = generatePlan('office', 1, TODAY);
    byWorker = hoursByWorker(plan);
  });

  it('has the size asked, about 150 000 hour entries over 5 years, and closes the months before the current one', () => {
    expect(plan.workers).toHaveLength(300);
    expect(plan.clients).toHaveLength(800);
    expect(plan.hours.length).toBeGreaterThan(120_000);
    expect(plan.hours.length).toBeLessThan(180_000);
    expect(plan.firstDay).toBe('2021-07-01');
    expect(plan.closures.map((c) => c.month)).toHaveLength(59);
    expect(plan.closures.at(-1)!.month).toBe('2026-05');
  });

  it('gives valid NIR keys, PASS IAE numbers and SIRETs, each NIR and PASS number once', () => {
    const nirs = plan.workers.flatMap((w) => (w.nir ? [w.nir] : []));
    expect(nirs.length).toBeGreaterThan(250);
    expect(nirs.filter((n) => checkNir(n) !== null)).toEqual([]);
    expect(new Set(nirs).size).toBe(nirs.length);
    const passes = plan.workers.flatMap((w) => (w.pass ? [w.pass.number] : []));
    expect(passes.filter((n) => !checkPassNumber(n))).toEqual([]);
    expect(new Set(passes).size).toBe(passes.length);
    const sirets = plan.clients.flatMap((c) => (c.siret ? [c.siret] : []));
    expect(sirets.length).toBeGreaterThan(100);
    expect(sirets.filter((s) => checkSiret(s) !== null)).toEqual([]);
  });

  it('mixes client kinds as an office has them, mostly particuliers', () => {
    const kinds = new Map<string, number>();
    for (const c of plan.clients) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    expect(kinds.get('particulier')!).toBeGreaterThan(plan.clients.length * 0.7);
    expect(kinds.get('entreprise')!).toBeGreaterThan(kinds.get('association')!);
    expect([...kinds.keys()].sort()).toEqual(['association', 'bailleur_social', 'collectivite', 'entreprise', 'particulier']);
  });

  it('has French names with accents, apostrophes and hyphens', () => {
    const names = plan.workers.map((w) => `${w.birthName} ${w.firstName}`).join(' ');
    expect(names).toMatch(/[éèëêïîç]/i);
    expect(names).toMatch(/[A-ZÉ]['’][A-ZÉ]/i);
    expect(names).toMatch(/\p{L}-\p{L}/u);
  });

  it('keeps every worker within 10 h a day and 48 h a week, all clients together (workingTimeViolations)', () => {
    expect(byWorker.size).toBeGreaterThan(250);
    for (const [workerId, { all }] of byWorker) {
      expect(workingTimeViolations(all), `salarié ${workerId}`).toEqual([]);
    }
  });

  it('keeps every worker within 480 h per 24-month window with the clients that count (check480)', () => {
    const placementsOf = new Map<number, string[]>();
    const counts = new Map(plan.clients.map((c) => [c.id, c.counts480]));
    for (const p of plan.placements) {
      if (p.status !== 'annulee' && counts.get(p.clientId)) placementsOf.set(p.workerId, [...(placementsOf.get(p.workerId) ?? []), p.startDate]);
    }
    let near = 0;
    let checked = 0;
    for (const [workerId, { counting }] of byWorker) {
      if (counting.length === 0) continue;
      checked++;
      const windows = counting480Windows([...(placementsOf.get(workerId) ?? []), ...counting.map((e) => e.day)]);
      const issues = check480(counting, windows, []);
      expect(issues.filter((v) => v.severity === 'blocking'), `salarié ${workerId}`).toEqual([]);
      if (issues.length > 0) near++;
    }
    expect(checked).toBeGreaterThan(100);
    // Some reach the 400-hour alert: the home page has something to show.
    expect(near).toBeGreaterThan(0);
  });

  it('puts hours only within their placement, the parcours, a valid PASS IAE and the residence permit, before today', () => {
    const placements = new Map(plan.placements.map((p) => [p.id, p]));
    const workers = new Map(plan.workers.map((w) => [w.id, w]));
    const wrong: string[] = [];
    for (let i = 0; i < plan.hours.length; i++) {
      const p = placements.get(plan.hours.placement[i]!)!;
      const w = workers.get(p.workerId)!;
      const day = isoOf(plan.hours.day[i]!);
      const problem =
        (day < p.startDate || day > p.endDate || p.status === 'annulee' ? 'hors de la mission ' : '') +
        (day >= TODAY || day < plan.firstDay ? 'hors de la période ' : '') +
        (!w.pass || !passValidOn(w.pass.startDate, w.pass.end, periodsOf(w), day) ? 'sans PASS valide ' : '') +
        (w.exitDate && day > w.exitDate ? 'après la sortie ' : '') +
        (w.permitExpiry && day > w.permitExpiry ? 'après le titre de séjour' : '');
      if (problem) wrong.push(`mission ${p.id}, ${day} : ${problem}`);
    }
    expect(wrong).toEqual([]);
  });

  it('passes the app’s input schemas, PASS periods and eligibility rules', () => {
    for (const w of plan.workers) {
      const { pass, diagnosis } = w;
      expect(() => workerFormValues(w), `salarié ${w.id}`).not.toThrow();
      if (pass) expect(checkPassPeriods(pass.startDate, periodsOf(w)), `PASS de ${w.id}`).toEqual([]);
      if (diagnosis) expect(evaluateEligibility({ authorKind: diagnosis.authorKind, criteria: diagnosis.criteria as CriterionCode[] }).eligible).toBe(true);
    }
    for (const c of plan.clients) expect(() => clientFormValues(c), `utilisateur ${c.id}`).not.toThrow();
    for (const p of plan.placements) {
      const { id: _i, createdAt: _c, updatedAt: _u, ...placement } = p;
      const r = contract['placements.create'].input.safeParse({ placement });
      expect(r.success, `mission ${p.id} : ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  it('gives the same data for the same seed, and other data for another seed', () => {
    const small = planHash(generatePlan('small', 1, TODAY));
    expect(planHash(generatePlan('small', 1, TODAY))).toBe(small);
    expect(planHash(generatePlan('small', 2, TODAY))).not.toBe(small);
  });
});

describe('a small bench file, through the app', () => {
  const dirs: string[] = [];
  let backend: Backend;
  let plan: Plan;
  const build = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-test-'));
    dirs.push(dir);
    return buildFile(plan, dir, PROJECT);
  };
  beforeAll(async () => {
    plan = generatePlan('small', 3, TODAY);
    const file = await build();
    backend = startLoggedIn({ ...benchBackendOptions(PROJECT), dataDir: path.dirname(file) });
    await backend.ready;
  });
  afterAll(() => {
    backend.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('is the same file, byte for byte, when built twice from the same seed', async () => {
    const fileHash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
    const first = path.join(dirs[0]!, 'passerelle.sqlite');
    const again = await build();
    expect(fileHash(again)).toBe(fileHash(first));
  });

  it('shows every month’s grid without a blocking rule (hours.month, as the app checks saved hours)', () => {
    const months = backend.sqlite!.prepare('SELECT DISTINCT substr(day, 1, 7) FROM hours ORDER BY 1').pluck().all() as string[];
    expect(months.length).toBeGreaterThan(20);
    for (const month of months) {
      const r = backend.dispatch('hours.month', { month }) as { ok: true; value: { issues: { severity: string; message: string }[]; closed: boolean } };
      expect(r.ok).toBe(true);
      expect(r.value.issues.filter((w) => w.severity === 'blocking').map((w) => w.message), month).toEqual([]);
      expect(r.value.closed, month).toBe(month < TODAY.slice(0, 7));
    }
  });

  it('stores the search keys the app would store, so that search finds the names as typed', () => {
    const rows = backend
      .sqlite!.prepare(
        `SELECT birth_name AS birthName, usage_name AS usageName, first_name AS firstName, nir, search_text,
           (SELECT json_group_array(number) FROM pass_iae p WHERE p.worker_id = w.id) AS passes FROM workers w`,
      )
      .all() as (Pick<WorkerValues, 'birthName' | 'usageName' | 'firstName' | 'nir'> & { search_text: string; passes: string })[];
    for (const r of rows) expect(r.search_text).toBe(workerSearchText(r, JSON.parse(r.passes) as string[]));
    const clients = backend
      .sqlite!.prepare('SELECT name, last_name AS lastName, first_name AS firstName, contact_name AS contactName, city, siret, search_text FROM clients')
      .all() as (Parameters<typeof clientSearchText>[0] & { search_text: string })[];
    for (const c of clients) expect(c.search_text).toBe(clientSearchText(c));
    const someone = plan.workers.find((w) => w.status !== 'sorti')!;
    const found = backend.dispatch('workers.list', { search: someone.birthName.slice(0, 4) }) as { ok: true; value: { rows: { id: number }[] } };
    expect(found.value.rows.map((r) => r.id)).toContain(someone.id);
  });
});
