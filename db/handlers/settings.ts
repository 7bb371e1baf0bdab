import type { Ctx, Handler } from '../context';
import { ORGANISATION_LABELS } from '../contract/settings';
import { organisation } from '../schema';
import { readOrganisation } from '../records/organisation';
import { audit, diff } from '../audit';
import { refuseStale } from '../records/versions';

const getOrganisation: Handler<'settings.getOrganisation'> = (ctx) => readOrganisation(ctx);

/**
 * The first-run wizard names the organisation: a row with that name and the defaults (the page
 * still asks for the rest, SIRET and numbers, on the dashboard), or the name of an existing one.
 */
export function nameOrganisation(ctx: Ctx, name: string): void {
  const before = readOrganisation(ctx);
  if (before.configured && before.name === name) return;
  const values = { ...before, name, updatedAt: ctx.now().toISOString(), version: before.version + 1 };
  const { configured: _c, ...row } = values;
  ctx.db.insert(organisation).values({ id: 1, ...row }).onConflictDoUpdate({ target: organisation.id, set: { name, updatedAt: row.updatedAt, version: row.version } }).run();
  audit(ctx, before.configured ? 'modification' : 'création', 'organisation', 1, { champs: ['name'], version: values.version }, {
    before: before.configured ? { name: before.name } : null,
    after: { name },
  });
}

const saveOrganisation: Handler<'settings.saveOrganisation'> = (ctx, { version, ...input }) => {
  const before = readOrganisation(ctx);
  refuseStale(
    ctx,
    { entity: 'organisation', entityId: 1, changed: "Les paramètres de l'organisation ont été modifiés", labels: ORGANISATION_LABELS },
    before.version,
    version,
  );
  const values = { ...input, updatedAt: ctx.now().toISOString(), version: before.version + 1 };
  ctx.db
    .insert(organisation)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: organisation.id, set: values })
    .run();
  const change = diff(before, input);
  audit(ctx, before.configured ? 'modification' : 'création', 'organisation', 1, { champs: change.champs, version: values.version }, change);
  return readOrganisation(ctx);
};

export const settingsHandlers = {
  'settings.getOrganisation': getOrganisation,
  'settings.saveOrganisation': saveOrganisation,
};
