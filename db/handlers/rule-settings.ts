import type { Ctx } from '../context';
import type { RuleSettings } from '../contract/placements';
import type { TaskKind } from '../contract/reference';
import type { Handler } from '../dispatch';
import { taskSettings, territoryCommunes, waivers480 } from '../schema';
import { audit } from '../audit';
import { AppError } from '../errors';
import { blocking480 } from './worker-hours';

export function readRuleSettings(ctx: Ctx): RuleSettings {
  return {
    territory: ctx.db
      .select({ postalCode: territoryCommunes.postalCode, city: territoryCommunes.city })
      .from(territoryCommunes)
      .orderBy(territoryCommunes.postalCode, territoryCommunes.city)
      .all(),
    forbiddenTasks: ctx.db
      .select()
      .from(taskSettings)
      .all()
      .filter((t) => t.forbidden)
      .map((t) => t.taskKind as TaskKind),
    waivers: ctx.db.select().from(waivers480).orderBy(waivers480.startDate).all(),
  };
}

const getRules: Handler<'settings.getRules'> = (ctx) => readRuleSettings(ctx);

const saveRules: Handler<'settings.saveRules'> = (ctx, input) => {
  ctx.db.delete(territoryCommunes).run();
  for (const t of input.territory) ctx.db.insert(territoryCommunes).values(t).run();
  ctx.db.delete(taskSettings).run();
  for (const k of new Set(input.forbiddenTasks)) ctx.db.insert(taskSettings).values({ taskKind: k, forbidden: true }).run();
  ctx.db.delete(waivers480).run();
  for (const w of input.waivers) ctx.db.insert(waivers480).values(w).run();
  // Hours beyond 480 h may rest on a waiver: shortening or removing it must not leave them
  // unlawful unnoticed (the whole save is rolled back with the error).
  const counting = ctx.sqlite
    .prepare(
      `SELECT DISTINCT p.worker_id FROM placements p JOIN clients c ON c.id = p.client_id JOIN hours h ON h.placement_id = p.id
       WHERE c.counts_480 = 1`,
    )
    .pluck()
    .all() as number[];
  const over = counting.filter((w) => blocking480(ctx, w).length > 0);
  if (over.length > 0) {
    throw new AppError(
      'rule',
      `Ces dérogations ne couvrent plus des heures déjà saisies au-delà de 480 h (${over.length} salarié(s)). Rien n'a été modifié.`,
    );
  }
  audit(ctx, 'modification', 'regles', null, {
    communes: input.territory.length,
    travauxInterdits: input.forbiddenTasks,
    derogations: input.waivers.map((w) => w.reference),
  });
  return readRuleSettings(ctx);
};

export const ruleSettingsHandlers = {
  'settings.getRules': getRules,
  'settings.saveRules': saveRules,
};
