import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { loginOverHttp, NO_SESSION, startLoggedIn, TEST_ACCOUNT } from '../testing/session';
import { startHttpHost, type HttpHost } from '../http-host';
import * as schema from '../schema';
import { readFacts, type Facts } from './facts';
import { benchBackendOptions, copyIntoDataDir } from './generate/cache';
import { postApi } from './host-process';
import { countStatements, timeAsync, timeSync, type StatementCount, type Stats } from './measure';
import type { BenchEnv, BenchRow, Target } from './rows';

// The back-end rows: each call in the process through the dispatcher (validation included),
// then over HTTP through the real host (db/http-host.ts, started here on the same back end,
// authenticated with its secret header as the renderer's client is), then the hand-written
// SQL, all on one working copy of the bench file.

export interface RowResult {
  name: string;
  target: Target | null;
  inProcess: Stats | null;
  http: Stats | null;
  hand: Stats | null;
  /** In-process p50 over the hand-written SQL's p50. */
  ratio: number | null;
  statements: StatementCount | null;
  /** Size of the answer as JSON (what travels over HTTP). */
  responseKb: number | null;
  error: string | null;
}

export interface BackendRun {
  facts: Facts;
  results: RowResult[];
}

type Dispatch = BenchEnv['dispatch'];

function checked(dispatch: Dispatch, name: string, input: unknown): unknown {
  const r = dispatch(name, input);
  if (!r.ok) throw new Error(`${name} a refusé : ${r.error?.message ?? '?'}`);
  return r.value;
}

async function measureRow(row: BenchRow, env: BenchEnv, host: HttpHost): Promise<RowResult> {
  const target = typeof row.target === 'function' ? row.target(env.facts) : (row.target ?? null);
  const result: RowResult = { name: row.name, target, inProcess: null, http: null, hand: null, ratio: null, statements: null, responseKb: null, error: null };
  const setup = () => row.beforeEach?.(env);
  row.before?.(env);
  try {
    const once = row.call
      ? () => {
          const c = row.call!(env.facts);
          return checked(env.dispatch, c.name, c.input);
        }
      : () => row.direct!(env);
    // One counted run first; code that returns a promise (a backup) is then timed until it settles.
    setup();
    let value: unknown;
    let promised = false;
    result.statements = await countStatements(env.db, async () => {
      const r = once();
      promised = r instanceof Promise;
      value = await r;
    });
    result.inProcess = promised ? await timeAsync(async () => once(), setup) : timeSync(once, setup);
    result.responseKb = Buffer.byteLength(JSON.stringify(value ?? null)) / 1024;
    if (row.call) {
      result.http = await timeAsync(() => {
        const c = row.call!(env.facts);
        return postApi(host, c.name, c.input);
      }, setup);
    }
    if (row.hand) {
      const hand = row.hand(env.db, env.facts);
      result.hand = timeSync(hand, setup);
      result.ratio = result.inProcess.p50 / result.hand.p50;
    }
  } catch (e) {
    result.error = (e as Error).message;
  } finally {
    row.after?.(env);
  }
  return result;
}

/** Runs the rows on a working copy of `file`; `say` reports progress, one line per row. */
export async function runBackendRows(file: string, today: string, rows: BenchRow[], say: (line: string) => void): Promise<BackendRun> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-'));
  copyIntoDataDir(file, dataDir);
  const backend = startLoggedIn({ ...benchBackendOptions(path.resolve(import.meta.dirname, '..', '..')), dataDir });
  await backend.ready;
  const db = backend.sqlite;
  if (!db) throw new Error(`Le back end n'a pas démarré sur le fichier du banc : ${backend.status().problem?.detail ?? '?'}`);
  // Only the API is called: no static files to serve.
  const http = await startHttpHost({ backend, staticDir: path.join(dataDir, 'sans-fichiers') });
  const host = Object.assign(http, { session: await loginOverHttp(http, TEST_ACCOUNT.login, TEST_ACCOUNT.password) });
  try {
    const facts = readFacts(db, today, fs.statSync(file).size);
    const env: BenchEnv = {
      dispatch: (name, input) => backend.dispatch(name, input),
      db,
      ctx: { db: drizzle(db, { schema }), sqlite: db, actor: { id: null, name: 'bench' }, account: null, session: NO_SESSION, now: () => new Date() },
      facts,
    };
    const results: RowResult[] = [];
    for (const row of rows) {
      say(`  ${row.name}…`);
      results.push(await measureRow(row, env, host));
    }
    return { facts, results };
  } finally {
    await host.close();
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
