import { eq } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { type Organisation, DEFAULT_ETP_MINUTES, ORGANISATION_LABELS } from '../contract/settings';
import { organisation } from '../schema';
import { audit, diff } from '../audit';
import { refuseStale } from '../records/versions';

/** What the page shows before the office has saved it once. */
const DEFAULT_BILLED_RATE_CENTS = 2200;

function read(ctx: Ctx): Organisation {
  const row = ctx.db.select().from(organisation).where(eq(organisation.id, 1)).get();
  if (!row) {
    return {
      name: '',
      siret: null,
      addressLine1: null,
      addressLine2: null,
      postalCode: null,
      city: null,
      phone: null,
      email: null,
      conventionNumber: null,
      sapDeclarationNumber: null,
      defaultBilledRateCents: DEFAULT_BILLED_RATE_CENTS,
      defaultWageRateCents: null,
      etpAnnualMinutes: DEFAULT_ETP_MINUTES,
      invoicePrefix: '',
      configured: false,
      updatedAt: null,
      version: 0,
    };
  }
  const { id: _id, ...rest } = row;
  return { ...rest, configured: true };
}

const getOrganisation: Handler<'settings.getOrganisation'> = (ctx) => read(ctx);

/**
 * The first-run wizard names the organisation: a row with that name and the defaults (the page
 * still asks for the rest, SIRET and numbers, on the dashboard), or the name of an existing one.
 */
export function nameOrganisation(ctx: Ctx, name: string): void {
  const before = read(ctx);
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
  const before = read(ctx);
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
  return read(ctx);
};

export const settingsHandlers = {
  'settings.getOrganisation': getOrganisation,
  'settings.saveOrganisation': saveOrganisation,
};
