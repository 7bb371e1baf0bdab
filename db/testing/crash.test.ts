import { expect, it } from 'vitest';
import { runCrashTest } from './crash-test';

// The kill test, with a few runs (npm run test:crash does 50): after each SIGKILL at a random
// moment, the database opens, passes integrity_check and holds every acknowledged write.
it('survives being killed while writing: every acknowledged write is there, the database intact', async () => {
  const results = await runCrashTest(Number(process.env.PASSERELLE_CRASH_RUNS ?? 3));
  expect(results.flatMap((r) => r.problems)).toEqual([]);
  expect(results.reduce((n, r) => n + r.acknowledged, 0)).toBeGreaterThan(0);
}, 120_000);
