import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startBackend } from '../../backend';
import { dataPaths } from '../../paths';
import { generatePlan, type SizeName } from './plan';
import type { Plan } from './types';
import { writePlan } from './write';

// The bench files are built once and kept: a federation file takes a while to build and its
// content only depends on the size, the seed, the day it stands at, the app's schema (the
// migrations) and this generator's code. All five are in the file's name.

export interface BenchFileRequest {
  size: SizeName;
  seed: number;
  /** The day the data stands at, `YYYY-MM-DD`. */
  today: string;
  /** The project folder (db/migrations, and the default cache folder). */
  projectDir: string;
  /** Where the built files are kept; default `<project>/.bench-cache` (git-ignored), or PASSERELLE_BENCH_CACHE. */
  cacheDir?: string;
}

export interface BenchFile {
  path: string;
  built: boolean;
  /** Time to plan and write the file, when it was built now. */
  buildMs: number | null;
}

function hashFiles(files: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const f of files.sort()) hash.update(path.basename(f)).update(fs.readFileSync(f));
  return hash.digest('hex').slice(0, 10);
}

/** The schema version as the cache sees it: the number of migrations and a hash of them and of the generator. */
export function schemaVersion(projectDir: string): string {
  const migrations = path.join(projectDir, 'db', 'migrations');
  const sql = fs.readdirSync(migrations).filter((f) => f.endsWith('.sql'));
  const generator = fs.readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const hash = hashFiles([
    path.join(migrations, 'meta', '_journal.json'),
    ...sql.map((f) => path.join(migrations, f)),
    ...generator.map((f) => path.join(import.meta.dirname, f)),
  ]);
  return `m${sql.length}-${hash}`;
}

export function cacheFolder(request: Pick<BenchFileRequest, 'projectDir' | 'cacheDir'>): string {
  return request.cacheDir ?? process.env.PASSERELLE_BENCH_CACHE ?? path.join(request.projectDir, '.bench-cache');
}

/**
 * Builds a plan into a new database file at `dbPath`'s folder: the app creates and migrates it
 * (startBackend, exactly as on a new install), then the rows go in with the checks the app
 * does not need for a one-off bulk load relaxed (no sync, no journal), and the file is left in
 * the app's WAL mode.
 */
export async function buildFile(plan: Plan, dataDir: string, projectDir: string): Promise<string> {
  const backend = startBackend({ ...benchBackendOptions(projectDir), dataDir });
  await backend.ready;
  const db = backend.sqlite;
  if (!db) throw new Error(`La base du banc n'a pas pu être créée : ${backend.status().problem?.detail ?? '?'}`);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -400000');
    db.pragma('foreign_keys = OFF');
    writePlan(db, plan);
    // The migrations' timestamps would be the build's: pinned, so that the same seed gives the same file.
    db.prepare('UPDATE _migrations SET applied_at = ?').run(`${plan.firstDay}T06:00:00.000Z`);
    const broken = db.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw new Error(`Données du banc incohérentes : ${broken.length} référence(s) cassée(s).`);
    db.pragma('journal_mode = WAL');
  } finally {
    backend.close();
  }
  return dataPaths(dataDir).dbPath;
}

/** The cached file for this request, built first if it is not there. */
/**
 * How the bench starts a back end: the app's migrations, and no automatic backup (it would run
 * in the middle of the measures; backups have their own row).
 */
export function benchBackendOptions(projectDir: string) {
  return {
    migrationsDir: path.join(projectDir, 'db', 'migrations'),
    version: 'bench',
    actor: { id: null, name: 'bench' },
    startupBackupDelayMs: 0x7fffffff,
  };
}

export async function benchFile(request: BenchFileRequest, say: (line: string) => void = () => {}): Promise<BenchFile> {
  const dir = cacheFolder(request);
  const name = `${request.size}-s${request.seed}-${request.today}-${schemaVersion(request.projectDir)}.sqlite`;
  const target = path.join(dir, name);
  if (fs.existsSync(target)) return { path: target, built: false, buildMs: null };

  fs.mkdirSync(dir, { recursive: true });
  say(`Construction du jeu de données « ${request.size} » (graine ${request.seed}, au ${request.today}) dans ${dir}…`);
  const start = performance.now();
  const work = fs.mkdtempSync(path.join(dir, `.building-${request.size}-`));
  try {
    const plan = generatePlan(request.size, request.seed, request.today);
    const built = await buildFile(plan, work, request.projectDir);
    fs.renameSync(built, target);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  // Older files of this size (another day, schema or generator) are of no further use.
  for (const f of fs.readdirSync(dir)) {
    if (f !== name && f.startsWith(`${request.size}-`) && f.endsWith('.sqlite')) fs.rmSync(path.join(dir, f), { force: true });
  }
  return { path: target, built: true, buildMs: performance.now() - start };
}

/** A working copy of a bench file in a fresh data folder, for a back end that may write to it. */
export function copyIntoDataDir(file: string, dataDir: string): string {
  const dbPath = dataPaths(dataDir).dbPath;
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  fs.copyFileSync(file, dbPath);
  return dbPath;
}
