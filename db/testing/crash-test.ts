// Crash safety, proven: a child process writes in a loop through the real back end (workers,
// their PASS IAE, placements, a week of hours each) and reports every write once it is committed;
// the parent kills it with SIGKILL at a random moment, then opens the database as Passerelle
// does, runs `integrity_check`, and checks that every acknowledged write is there.
//
//   npx tsx db/testing/crash-test.ts [runs]     (npm run test:crash: 50 runs)
//
// The vitest suite runs it with 3 runs (db/testing/crash.test.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Backend } from '../backend';
import { startLoggedIn } from './session';

const here = path.dirname(fileURLToPath(import.meta.url));
const MIGRATIONS_DIR = path.join(here, '..', 'migrations');
const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];

function open(dataDir: string): Backend {
  return startLoggedIn({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'crash', startupBackupDelayMs: 3_600_000 });
}

function must<T>(r: ReturnType<Backend['dispatch']>, what: string): T {
  if (!r.ok) throw new Error(`${what} : ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** One acknowledged write, as the child reports it. */
type Ack = { kind: 'worker'; id: number; name: string } | { kind: 'placement'; id: number; workerId: number } | { kind: 'hours'; placementId: number; count: number };

/** The child: writes until it is killed; one line on stdout per committed write. */
function child(dataDir: string, run: number): void {
  const backend = open(dataDir);
  if (backend.status().state !== 'ready') throw new Error(backend.status().problem?.title);
  const say = (ack: Ack) => fs.writeSync(1, `${JSON.stringify(ack)}\n`);
  const clientId = must<{ id: number }>(
    backend.dispatch('clients.create', { client: { kind: 'particulier', civility: 'Mme', lastName: 'Crash', firstName: `Client ${run}`, postalCode: '69001', city: 'Lyon', hourlyRateCents: '22,50' } }),
    'clients.create',
  ).id;
  fs.writeSync(1, 'pret\n');
  for (let k = 0; ; k++) {
    const name = `Crash${run}-${k}`;
    const workerId = must<{ id: number }>(
      backend.dispatch('workers.create', {
        worker: { civility: 'Mme', birthName: name, firstName: 'Camille', birthDate: '1985-05-05', status: 'en_parcours', entryDate: '2026-01-05' },
      }),
      'workers.create',
    ).id;
    say({ kind: 'worker', id: workerId, name });
    must(
      backend.dispatch('workers.savePass', { workerId, number: `C${String(run).padStart(3, '0')}${String(k).padStart(8, '0')}`, startDate: '2026-01-05', periods: [] }),
      'workers.savePass',
    );
    const placementId = must<{ id: number }>(
      backend.dispatch('placements.create', {
        placement: { workerId, clientId, taskKind: 'menage', taskDetail: 'Entretien', startDate: '2026-03-01', endDate: '2026-03-31', billedRateCents: '22,50', wageRateCents: '12,50', status: 'en_cours' },
        confirmed: ['adhesion_absente', 'diagnostic_absent'],
      }),
      'placements.create',
    ).id;
    say({ kind: 'placement', id: placementId, workerId });
    must(backend.dispatch('hours.saveMonth', { month: '2026-03', entries: DAYS.map((day) => ({ placementId, day, minutes: 420 })) }), 'hours.saveMonth');
    say({ kind: 'hours', placementId, count: DAYS.length });
  }
}

/** What is wrong after a kill: the database must open, be intact and hold every acknowledged write. */
function verify(dataDir: string, acks: readonly Ack[]): string[] {
  const backend = open(dataDir);
  try {
    const status = backend.status();
    if (status.state !== 'ready') return [`la base ne s'ouvre pas : ${status.problem?.title} (${status.problem?.detail})`];
    const db = backend.sqlite!;
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check : ${String(integrity)}`);
    const worker = db.prepare('SELECT birth_name AS name FROM workers WHERE id = ?');
    const placement = db.prepare('SELECT worker_id AS workerId FROM placements WHERE id = ?');
    const hours = db.prepare('SELECT count(*) AS n FROM hours WHERE placement_id = ?');
    for (const a of acks) {
      if (a.kind === 'worker' && (worker.get(a.id) as { name: string } | undefined)?.name !== a.name) problems.push(`salarié ${a.id} (${a.name}) perdu`);
      if (a.kind === 'placement' && (placement.get(a.id) as { workerId: number } | undefined)?.workerId !== a.workerId) problems.push(`mission ${a.id} perdue`);
      if (a.kind === 'hours' && (hours.get(a.placementId) as { n: number }).n !== a.count) problems.push(`heures de la mission ${a.placementId} perdues`);
    }
    return problems;
  } finally {
    backend.close();
  }
}

export interface CrashRun {
  run: number;
  acknowledged: number;
  killedAfterMs: number;
  problems: string[];
}

/** One kill: starts the child, kills it `delayMs` after it is ready, checks the database. */
function killOnce(dataDir: string, run: number, delayMs: number): Promise<CrashRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', dataDir, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    readline.createInterface({ input: proc.stdout! }).on('line', (line) => {
      if (line === 'pret') timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
      else if (line.startsWith('{')) acks.push(JSON.parse(line) as Ack);
    });
    proc.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`le processus d'écriture s'est arrêté seul (code ${code}) : ${stderr.slice(-2000)}`));
        return;
      }
      // Every line read before the exit was written before the kill: all of them count.
      setImmediate(() => resolve({ run, acknowledged: acks.length, killedAfterMs: delayMs, problems: verify(dataDir, acks) }));
    });
  });
}

export async function runCrashTest(runs: number, log: (line: string) => void = () => undefined): Promise<CrashRun[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-crash-'));
  try {
    open(dataDir).close();
    const results: CrashRun[] = [];
    for (let run = 0; run < runs; run++) {
      // Random moments: from the first writes to well into the loop.
      const result = await killOnce(dataDir, run, Math.floor(Math.random() * 600));
      results.push(result);
      log(`arrêt ${run + 1}/${runs} après ${result.killedAfterMs} ms : ${result.acknowledged} écritures confirmées, ${result.problems.length ? result.problems.join(' ; ') : 'toutes présentes, base intacte'}`);
    }
    return results;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  child(args[1]!, Number(args[2]));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const runs = Number(args[0] ?? 50);
  void runCrashTest(runs, (line) => console.log(line)).then((results) => {
    const failed = results.filter((r) => r.problems.length > 0);
    const total = results.reduce((n, r) => n + r.acknowledged, 0);
    console.log(`${runs} arrêts brutaux, ${total} écritures confirmées : ${failed.length === 0 ? 'aucune perdue, base intacte à chaque fois' : `${failed.length} arrêt(s) en échec`}`);
    process.exit(failed.length === 0 ? 0 : 1);
  });
}
