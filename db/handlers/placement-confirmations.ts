import type { Ctx } from '../context';
import type { RuleIssue } from '../contract/result';

// The warnings of a placement that the office confirmed (adhésion absente, hors territoire,
// licenciement économique on another post…), kept with the placement: who confirmed and when.
// A confirmed warning is shown as confirmed and not asked again, as long as it says the same
// thing; one that now says something else (another place, another post) is asked again.

interface StoredConfirmation {
  code: string;
  message: string;
  confirmed_by: string;
  confirmed_at: string;
}

function storedOf(ctx: Ctx, placementId: number): Map<string, StoredConfirmation> {
  const rows = ctx.sqlite
    .prepare('SELECT code, message, confirmed_by, confirmed_at FROM placement_confirmations WHERE placement_id = ?')
    .all(placementId) as StoredConfirmation[];
  return new Map(rows.map((r) => [r.code, r]));
}

/** The issues, each warning already confirmed on the placement (the same statement) carrying who confirmed it and when. */
export function withConfirmations(ctx: Ctx, placementId: number, issues: RuleIssue[]): RuleIssue[] {
  const stored = storedOf(ctx, placementId);
  return issues.map((i) => {
    const s = i.severity === 'warning' ? stored.get(i.code) : undefined;
    return s && s.message === i.message ? { ...i, confirmation: { by: s.confirmed_by, at: s.confirmed_at } } : i;
  });
}

/**
 * Keeps the confirmations of a placement in step with its warnings, every one of them confirmed
 * by now: those confirmed before stay as they were, the others are recorded (who, when), and
 * those of warnings that no longer apply go. Returns the warnings this save confirmed.
 */
export function saveConfirmations(ctx: Ctx, placementId: number, issues: RuleIssue[]): RuleIssue[] {
  const warnings = issues.filter((i) => i.severity === 'warning');
  const kept = warnings.filter((w) => w.confirmation).map((w) => w.code);
  ctx.sqlite
    .prepare('DELETE FROM placement_confirmations WHERE placement_id = ? AND code NOT IN (SELECT value FROM json_each(?))')
    .run(placementId, JSON.stringify(kept));
  const fresh = warnings.filter((w) => !w.confirmation);
  const insert = ctx.sqlite.prepare(
    'INSERT INTO placement_confirmations (placement_id, code, message, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?)',
  );
  const at = ctx.now().toISOString();
  for (const w of fresh) insert.run(placementId, w.code, w.message, ctx.actor.name, at);
  return fresh;
}
