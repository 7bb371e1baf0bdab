import type { Handler } from '../context';
import { forbiddenWorkExceptions, ruleOptions, territoryCommunes, waivers480 } from '../schema';
import { forbiddenWorkCodes } from '../rules/forbidden-work';
import { readRuleSettings } from '../records/rule-settings';
import { refuseStale } from '../records/versions';
import { RULE_SETTINGS_LABELS } from '../contract/rule-settings';
import { audit } from '../audit';
import { AppError } from '../errors';
import { blocking480 } from '../records/worker-hours';

const getRules: Handler<'settings.getRules'> = (ctx) => readRuleSettings(ctx);

const saveRules: Handler<'settings.saveRules'> = (ctx, { version, ...input }) => {
  const before = readRuleSettings(ctx);
  refuseStale(
    ctx,
    { entity: 'regles', entityId: null, changed: 'Les règles des missions ont été modifiées', labels: RULE_SETTINGS_LABELS },
    before.version,
    version,
  );
  ctx.db.delete(territoryCommunes).run();
  for (const t of input.territory) ctx.db.insert(territoryCommunes).values(t).run();
  // Stored: the works unticked; a work added to the list later is refused until someone unticks it.
  const unticked = forbiddenWorkCodes.filter((c) => !input.forbiddenWork.includes(c));
  ctx.db.delete(forbiddenWorkExceptions).run();
  for (const code of unticked) ctx.db.insert(forbiddenWorkExceptions).values({ code }).run();
  ctx.db.delete(waivers480).run();
  for (const w of input.waivers) ctx.db.insert(waivers480).values(w).run();
  const next = before.version + 1;
  ctx.db
    .insert(ruleOptions)
    .values({ id: 1, mode480: input.mode480, version: next })
    .onConflictDoUpdate({ target: ruleOptions.id, set: { mode480: input.mode480, version: next } })
    .run();
  // Hours beyond 480 h may rest on a waiver, or fit only the way they are counted: shortening or
  // removing a waiver, or counting another way, must not leave them unlawful unnoticed (the
  // whole save is rolled back with the error).
  const counting = ctx.sqlite
    .prepare(
      `SELECT DISTINCT p.worker_id FROM placements p JOIN clients c ON c.id = p.client_id JOIN hours h ON h.placement_id = p.id
       WHERE c.counts_480 = 1`,
    )
    .pluck()
    .all() as number[];
  const over = counting.filter((w) => blocking480(ctx, w).length > 0);
  if (over.length > 0) {
    if (input.mode480 !== before.mode480) {
      throw new AppError(
        'rule',
        `Avec ce décompte des 480 heures, des heures déjà saisies dépasseraient 480 h sans dérogation (${over.length} salarié(s)). Rien n'a été modifié.`,
        { mode480: 'Des heures déjà saisies dépasseraient 480 h avec ce décompte.' },
      );
    }
    throw new AppError(
      'rule',
      `Ces dérogations ne couvrent plus des heures déjà saisies au-delà de 480 h (${over.length} salarié(s)). Rien n'a été modifié.`,
    );
  }
  const after = readRuleSettings(ctx);
  const same = (k: keyof typeof RULE_SETTINGS_LABELS) =>
    k === 'waivers'
      ? JSON.stringify(before.waivers.map(({ id: _id, ...w }) => w)) === JSON.stringify(after.waivers.map(({ id: _id, ...w }) => w))
      : JSON.stringify(before[k]) === JSON.stringify(after[k]);
  const champs = (Object.keys(RULE_SETTINGS_LABELS) as (keyof typeof RULE_SETTINGS_LABELS)[]).filter((k) => !same(k));
  const pick = (r: typeof before) => Object.fromEntries(champs.map((k) => [k, r[k]]));
  audit(ctx, 'modification', 'regles', null, {
    champs,
    version: next,
    communes: input.territory.length,
    travauxInterditsNonRefuses: unticked,
    derogations: input.waivers.map((w) => w.reference),
    decompte480: input.mode480,
  }, { before: pick(before), after: pick(after) });
  return after;
};

export const ruleSettingsHandlers = {
  'settings.getRules': getRules,
  'settings.saveRules': saveRules,
};
