// The backup row of `npm run bench`: a backup of a ~110 MB database, integrity check included
// (what every backup does: online backup, switch to a rollback journal, integrity_check,
// SHA-256, manifest), beside a plain `VACUUM INTO` of the same file.
//
// The ~110 MB file comes from a simple seeded filler (3 000 workers, 8 000 clients, 20 000
// placements, about 1.4 million hour entries over ten years), cached in the temporary folder so that later runs skip it. It
// stands in for the federation-scale generator a later issue brings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Backend } from '../backend';
import { startLoggedIn } from '../testing/session';
import { writeSnapshot } from '../backup/snapshot';

const CACHE = path.join(os.tmpdir(), 'passerelle-bench-110mo');
const TARGET_BYTES = 100 * 1024 * 1024;
const PLACEMENTS = 20_000;
const RUNS = 5;

/** A tiny seeded generator: the same file on every machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function fill(backend: Backend): void {
  const db = backend.sqlite!;
  const rand = random(42);
  const now = new Date().toISOString();
  const notes = (n: number) => `Suivi ${n} : `.padEnd(200, 'entretien, démarches, formation ; ');
  db.transaction(() => {
    const w = db.prepare(
      `INSERT INTO workers (civility, birth_name, first_name, birth_date, nationality, status, city, skills, notes, created_at, updated_at, search_text)
       VALUES ('Mme', ?, 'Camille', '1985-05-05', 'france', 'en_parcours', 'Lyon', '[]', ?, ?, ?, ?)`,
    );
    for (let i = 0; i < 3000; i++) w.run(`Banc${i}`, notes(i), now, now, `banc${i} camille`);
    const c = db.prepare(`INSERT INTO clients (kind, name, city, payment_terms_days, counts_480, created_at, updated_at, search_text) VALUES ('particulier', ?, 'Lyon', 30, 0, ?, ?, ?)`);
    for (let i = 0; i < 8000; i++) c.run(`Client banc ${i}`, now, now, `client banc ${i}`);
    const p = db.prepare(
      `INSERT INTO placements (worker_id, client_id, task_kind, task_detail, start_date, end_date, billed_rate_cents, wage_rate_cents, status, notes, created_at, updated_at)
       VALUES (?, ?, 'menage', 'Entretien', '2016-01-01', '2026-12-31', 2250, 1250, 'en_cours', ?, ?, ?)`,
    );
    for (let i = 0; i < PLACEMENTS; i++) p.run(1 + Math.floor(rand() * 3000), 1 + Math.floor(rand() * 8000), notes(i), now, now);
  })();
  // Hours as an office types them, month after month over ten years: each placement runs for
  // about seven months, on weekdays. About 1.4 million entries.
  const h = db.prepare('INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, ?)');
  for (let month = 0; month < 120; month++) {
    const y = 2016 + Math.floor(month / 12);
    const m = (month % 12) + 1;
    const days = Array.from({ length: 28 }, (_, d) => `${y}-${String(m).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`).filter(
      (d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()),
    );
    const first = Math.floor((month * PLACEMENTS) / 120);
    db.transaction(() => {
      for (let p = first; p < Math.min(PLACEMENTS, first + 1170); p++) {
        for (const day of days) if (rand() < 0.5) h.run(p + 1, day, 60 + Math.floor(rand() * 8) * 30);
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
}

function median(samples: number[]): { p50: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, p95: s[s.length - 1]! };
}

/** [label, backup with checks, VACUUM INTO] in the bench's row shape. */
export async function benchBackup(): Promise<[string, { p50: number; p95: number }, { p50: number; p95: number }]> {
  const migrationsDir = path.join(import.meta.dirname, '..', 'migrations');
  const backend = startLoggedIn({ dataDir: CACHE, migrationsDir, version: 'bench', startupBackupDelayMs: 3_600_000 });
  await backend.ready;
  if (fs.statSync(backend.status().dbPath).size < TARGET_BYTES) {
    console.log('Base de ~110 Mo pour la sauvegarde (une fois, gardée dans le dossier temporaire)…');
    fill(backend);
  }
  const db = backend.sqlite!;
  const size = fs.statSync(backend.status().dbPath).size;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-copies-'));
  const backup: number[] = [];
  const vacuum: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const a = path.join(out, `copie-${i}.sqlite`);
      let t = process.hrtime.bigint();
      await writeSnapshot(db, a, { appVersion: 'bench', kind: 'manuelle', createdAt: new Date() });
      backup.push(Number(process.hrtime.bigint() - t) / 1e6);
      fs.rmSync(a);
      const b = path.join(out, `vacuum-${i}.sqlite`);
      t = process.hrtime.bigint();
      db.prepare('VACUUM INTO ?').run(b);
      vacuum.push(Number(process.hrtime.bigint() - t) / 1e6);
      fs.rmSync(b);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    backend.close();
  }
  return [`sauvegarde de ${Math.round(size / 1024 / 1024)} Mo, contrôle d'intégrité compris (VACUUM INTO à côté)`, median(backup), median(vacuum)];
}
