import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { startBackend, type Backend } from '../backend';
import type { Result } from '../contract/result';

export const MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');

/** A back end on a real SQLite file in a fresh temporary folder; `cleanup` removes both. */
export function tempBackend(): { backend: Backend; dataDir: string; cleanup(): void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-test-'));
  const backend = startBackend({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test', actor: { id: null, name: 'test' } });
  return {
    backend,
    dataDir,
    cleanup() {
      backend.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: a fresh back end before each test (handed to `use`, which keeps what it
 * needs), removed after it.
 */
export function onFreshBackend(use: (backend: Backend, dataDir: string) => void): void {
  let env: ReturnType<typeof tempBackend> | null = null;
  beforeEach(() => {
    env = tempBackend();
    use(env.backend, env.dataDir);
  });
  afterEach(() => env?.cleanup());
}

/** The value of an answer that must be a success (the test fails with the refusal otherwise). */
export function unwrap<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`Appel refusé : ${JSON.stringify(r.error)}`);
  return r.value as T;
}
