import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend, type Backend } from './backend';

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

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
