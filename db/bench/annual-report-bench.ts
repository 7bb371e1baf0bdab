// The annual-report row of `npm run bench`: the rapport d'activité of one year (annualReport.get,
// validation included) on the ~110 MB file of the backup row (1.4 million hour entries over ten
// years), beside the same aggregates written by hand in SQL. The file is copied first: the copy
// gets entry and exit dates and varied client kinds, and the shared cache is left untouched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../backend';
import { CACHE } from './backup-bench';

const RUNS = 20;

function timed(fn: () => unknown): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(RUNS / 2)]!, p95: samples[Math.min(RUNS - 1, Math.floor(RUNS * 0.95))]! };
}

export async function benchAnnualReport(): Promise<[string, { p50: number; p95: number }, { p50: number; p95: number }]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-rapport-'));
  fs.copyFileSync(path.join(CACHE, 'passerelle.sqlite'), path.join(dir, 'passerelle.sqlite'));
  const backend = startBackend({
    dataDir: dir,
    migrationsDir: path.join(import.meta.dirname, '..', 'migrations'),
    version: 'bench',
    actor: { id: null, name: 'bench' },
    startupBackupDelayMs: 3_600_000,
  });
  try {
    await backend.ready;
    const db = backend.sqlite!;
    // Paths over the ten years: an entry, and an exit a year and a half later for two in three.
    db.exec(`UPDATE workers SET entry_date = date('2016-01-04', '+' || ((id * 37) % 3600) || ' days'),
      exit_date = CASE WHEN id % 3 = 0 THEN NULL ELSE date('2016-01-04', '+' || ((id * 37) % 3600 + 540) || ' days') END,
      education_level = CASE id % 4 WHEN 0 THEN 'cap_bep' WHEN 1 THEN 'bac' ELSE NULL END, qpv = id % 5 = 0`);
    db.exec(`UPDATE clients SET kind = CASE id % 4 WHEN 1 THEN 'entreprise' WHEN 2 THEN 'association' ELSE 'collectivite' END,
      name = coalesce(name, trim(last_name || ' ' || coalesce(first_name, ''))), civility = NULL, last_name = NULL, first_name = NULL
      WHERE kind = 'particulier' AND id % 4 <> 0`);
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const report = () => {
      const r = backend.dispatch('annualReport.get', period);
      if (!r.ok) throw new Error(`annualReport.get : ${JSON.stringify(r.error)}`);
    };
    const hoursByKindMonth = db.prepare(
      `SELECT c.kind, substr(h.day, 1, 7) AS month, sum(h.minutes) AS minutes, count(DISTINCT p.worker_id) AS workers, count(DISTINCT p.client_id) AS clients
       FROM hours h CROSS JOIN placements p ON p.id = h.placement_id JOIN clients c ON c.id = p.client_id
       WHERE h.day BETWEEN ? AND ? GROUP BY c.kind, month`,
    );
    const people = db.prepare(
      `SELECT civility, qpv, education_level, orienteur, count(*) AS n, sum(entry_date >= ?) AS entries, sum(exit_date BETWEEN ? AND ?) AS exits
       FROM workers WHERE entry_date <= ? AND (exit_date IS NULL OR exit_date >= ?) GROUP BY civility, qpv, education_level, orienteur`,
    );
    const hand = () => {
      hoursByKindMonth.all(period.from, period.to);
      people.all(period.from, period.from, period.to, period.to, period.from);
    };
    report();
    return ["annualReport.get, rapport d'activité d'une année (1,4 M d'heures sur 10 ans)", timed(report), timed(hand)];
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
