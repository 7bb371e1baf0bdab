import { afterEach, describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import { countStatements, stats } from './measure';

describe('counting the statements of one call', () => {
  let backend: Backend;
  onFreshBackend((b) => {
    backend = b;
  });
  afterEach(async () => {
    // The wrappers are gone after the count: a statement run now is not counted anywhere.
    const after = await countStatements(backend.sqlite!, () => {});
    expect(after).toEqual({ executed: 0, prepared: 0 });
  });

  it('counts statements compiled before the call (cached) as well as those compiled during it', async () => {
    const db = backend.sqlite!;
    const cached = db.prepare('SELECT count(*) FROM workers');
    const count = await countStatements(db, () => {
      cached.get();
      cached.pluck().get();
      db.prepare('SELECT 1').all();
      for (const _ of db.prepare('SELECT 2 UNION SELECT 3').iterate()) void _;
    });
    expect(count).toEqual({ executed: 4, prepared: 2 });
  });

  it('counts what a call through the dispatcher runs, Drizzle queries included', async () => {
    const count = await countStatements(backend.sqlite!, () => {
      expect(backend.dispatch('settings.getOrganisation', {}).ok).toBe(true);
    });
    expect(count.executed).toBeGreaterThan(0);
    expect(count.prepared).toBeGreaterThan(0);
  });
});

describe('percentiles', () => {
  it('takes the nearest rank: p50 and p95 of 1…100 are 50 and 95', () => {
    const s = stats(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect([s.p50, s.p95, s.min, s.max, s.runs]).toEqual([50, 95, 1, 100, 100]);
  });
});
