import type { Handler } from '../context';
import { forbiddenWorkExceptions, ruleOptions, territoryCommunes, waivers480 } from '../schema';
import { forbiddenWorkCodes } from '../rules/forbidden-work';
import { readMode480, readRuleSettings } from '../records/rule-settings';
import { audit } from '../audit';
import { AppError } from '../errors';
import { blocking480 } from '../records/worker-hours';

const getRules: Handler<'settings.getRules'> = (ctx) => readRuleSettings(ctx);

const saveRules: Handler<'settings.saveRules'> = (ctx, input) => {
  ctx.db.delete(territoryCommunes).run();
  for (const t of input.territory) ctx.db.insert(territoryCommunes).values(t).run();
  // Stored: the works unticked; a work added to the list later is refused until someone unticks it.
  const unticked = forbiddenWorkCodes.filter((c) => !input.forbiddenWork.includes(c));
  ctx.db.delete(forbiddenWorkExceptions).run();
  for (const code of unticked) ctx.db.insert(forbiddenWorkExceptions).values({ code }).run();
  ctx.db.delete(waivers480).run();
  for (const w of input.waivers) ctx.db.insert(waivers480).values(w).run();
  const modeBefore = readMode480(ctx);
  ctx.db
    .insert(ruleOptions)
    .values({ id: 1, mode480: input.mode480 })
    .onConflictDoUpdate({ target: ruleOptions.id, set: { mode480: input.mode480 } })
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
    if (input.mode480 !== modeBefore) {
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
  audit(ctx, 'modification', 'regles', null, {
    communes: input.territory.length,
    travauxInterditsNonRefuses: unticked,
    derogations: input.waivers.map((w) => w.reference),
    decompte480: input.mode480,
  });
  return readRuleSettings(ctx);
};

export const ruleSettingsHandlers = {
  'settings.getRules': getRules,
  'settings.saveRules': saveRules,
};
