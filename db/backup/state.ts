import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The backup settings and health, in `sauvegardes.json` in the data folder rather than in the
// database: restoring an old backup must not bring back an old folder choice, and a failure
// must be remembered even when the database cannot be written. When the data folder itself
// cannot be written, the state lives in memory until it can.

const stateSchema = z.object({
  folder: z.string().nullable().default(null),
  lastSuccessAt: z.string().nullable().default(null),
  failure: z.object({ at: z.string(), message: z.string() }).nullable().default(null),
});

export type BackupState = z.infer<typeof stateSchema>;

export const STATE_FILE = 'sauvegardes.json';

export interface StateStore {
  read(): BackupState;
  update(change: Partial<BackupState>): BackupState;
}

export function stateStore(dataDir: string): StateStore {
  const file = path.join(dataDir, STATE_FILE);
  let memory: BackupState | null = null;
  const load = (): BackupState => {
    if (memory) return memory;
    try {
      const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // missing or unreadable: the defaults
    }
    return stateSchema.parse({});
  };
  return {
    read: load,
    update(change) {
      const next = { ...load(), ...change };
      try {
        const tmp = `${file}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify(next, null, 2));
        fs.renameSync(tmp, file);
        memory = null;
      } catch {
        memory = next;
      }
      return next;
    },
  };
}
