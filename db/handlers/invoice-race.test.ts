import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { expect, it } from 'vitest';
import { tempBackend } from '../testing/backend';
import { ok, seeder, weekdays } from '../testing/seed';
import type { MonthBilling } from '../contract/invoices';

// Two office PCs issue invoices and avoirs at the same moment on the same database file: every
// number of the year is given once, without a gap, each process seeing its own numbers rise.

const CHILD = path.join(import.meta.dirname, '..', 'testing', 'issue-race-child.ts');

const CREDITS = 100;

function issuer(dataDir: string, name: string, month: string, ids: number[]) {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, name, month, ids.join(','), String(CREDITS)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const results: { id: number; number?: string; error?: unknown }[] = [];
  const ready = new Promise<void>((resolve) => {
    readline.createInterface({ input: proc.stdout! }).on('line', (line) => {
      if (line === 'pret') resolve();
      else if (line.startsWith('{')) results.push(JSON.parse(line) as (typeof results)[number]);
    });
  });
  const done = new Promise<typeof results>((resolve, reject) =>
    proc.on('exit', (code) => (code === 0 ? resolve(results) : reject(new Error(`${name} s'est arrêté (code ${code}) : ${stderr.slice(-2000)}`)))),
  );
  return { ready, done };
}

it('gives gapless numbers when two processes issue at the same time', async () => {
  const env = tempBackend();
  try {
    const seed = seeder(env.backend);
    const confirmed = ['adhesion_absente', 'hors_territoire', 'licenciement_economique'];
    for (const month of ['2026-09', '2026-10']) {
      const days = weekdays(month);
      const worker = seed.worker();
      for (let i = 0; i < 4; i++) {
        const client = seed.client('association', { name: `Association ${month} ${i}` });
        const p = seed.placement(worker, client, `${month}-01`, `${month}-28`, { confirmed });
        seed.hours(p, [days[i]!], 60);
      }
      ok(env.backend.dispatch('invoices.prepare', { month }));
    }
    const draftsOf = (month: string) => ok<MonthBilling>(env.backend.dispatch('invoices.month', { month })).drafts.map((d) => d.id);
    const a = issuer(env.dataDir, 'poste-a', '2026-09', draftsOf('2026-09'));
    const b = issuer(env.dataDir, 'poste-b', '2026-10', draftsOf('2026-10'));
    await Promise.all([a.ready, b.ready]);
    fs.writeFileSync(path.join(env.dataDir, 'go'), '');
    const [ra, rb] = await Promise.all([a.done, b.done]);

    for (const r of [...ra, ...rb]) expect(r.error).toBeUndefined();
    const seqs = (rs: typeof ra) => rs.map((r) => Number(r.number!.slice(5)));
    const all = [...seqs(ra), ...seqs(rb)].sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 2 * (4 + CREDITS) }, (_, i) => i + 1));
    for (const s of [seqs(ra), seqs(rb)]) expect(s).toEqual([...s].sort((x, y) => x - y));
    // Both really ran at once: their numbers interleave.
    expect(Math.min(...seqs(rb))).toBeLessThan(Math.max(...seqs(ra)));
    expect(Math.min(...seqs(ra))).toBeLessThan(Math.max(...seqs(rb)));
    const stored = env.backend.sqlite!.prepare(`SELECT number FROM invoices WHERE status = 'emise' ORDER BY seq`).pluck().all();
    expect(stored).toEqual(Array.from({ length: 2 * (4 + CREDITS) }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`));
  } finally {
    env.cleanup();
  }
}, 60_000);
