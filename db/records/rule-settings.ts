import type { Ctx } from '../context';
import type { RuleSettings } from '../contract/rule-settings';
import { refusedWork } from '../rules/forbidden-work';
import type { Mode480, Waiver480 } from '../rules/hours-480';
import { forbiddenWorkExceptions, ruleOptions, territoryCommunes, waivers480 } from '../schema';
import { pluckStatement, statement } from './statements';

// The rule settings (Paramètres > Règles des missions) as the rules read them.

export function readRuleSettings(ctx: Ctx): RuleSettings {
  return {
    territory: ctx.db
      .select({ postalCode: territoryCommunes.postalCode, city: territoryCommunes.city })
      .from(territoryCommunes)
      .orderBy(territoryCommunes.postalCode, territoryCommunes.city)
      .all(),
    forbiddenWork: refusedWork(ctx.db.select().from(forbiddenWorkExceptions).all().map((e) => e.code)),
    waivers: ctx.db.select().from(waivers480).orderBy(waivers480.startDate).all(),
    mode480: readMode480(ctx),
    version: ruleSettingsVersion(ctx),
  };
}

/** The version of the rule settings: 0 until they are saved once. */
export function ruleSettingsVersion(ctx: Ctx): number {
  return ctx.db.select({ version: ruleOptions.version }).from(ruleOptions).get()?.version ?? 0;
}

/** How the 480 hours are counted: the saved choice, else the default (`fenetre`). */
export function readMode480(ctx: Ctx): Mode480 {
  // Read at every 480-hour count: a statement kept compiled (db/records/statements.ts).
  return (pluckStatement(ctx.sqlite, 'SELECT mode_480 FROM rule_options WHERE id = 1').get() as Mode480 | undefined) ?? 'fenetre';
}

/** The prefectoral waivers, as the 480-hour rule takes them. */
export function waivers480Of(ctx: Ctx): Waiver480[] {
  return statement(ctx.sqlite, 'SELECT start_date AS start, end_date AS "end", reference FROM waivers_480 ORDER BY start_date').all() as Waiver480[];
}
