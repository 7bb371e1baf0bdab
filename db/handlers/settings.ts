import type { Handler } from '../context';
import { type Organisation, ORGANISATION_LABELS } from '../contract/settings';
import { organisation } from '../schema';
import { readOrganisation } from '../records/organisation';
import { audit } from '../audit';
import { refuseStale } from '../records/versions';

const getOrganisation: Handler<'settings.getOrganisation'> = (ctx) => readOrganisation(ctx);

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
  const changed = Object.keys(input).filter(
    (k) => before[k as keyof Organisation] !== input[k as keyof typeof input],
  );
  audit(ctx, before.configured ? 'modification' : 'création', 'organisation', 1, { champs: changed, version: values.version });
  return readOrganisation(ctx);
};

export const settingsHandlers = {
  'settings.getOrganisation': getOrganisation,
  'settings.saveOrganisation': saveOrganisation,
};
