import { eq } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { type Organisation, DEFAULT_ETP_MINUTES, ORGANISATION_LABELS } from '../contract/settings';
import { organisation } from '../schema';
import { audit } from '../audit';
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
  const changed = Object.keys(input).filter(
    (k) => before[k as keyof Organisation] !== input[k as keyof typeof input],
  );
  audit(ctx, before.configured ? 'modification' : 'création', 'organisation', 1, { champs: changed, version: values.version });
  return read(ctx);
};

export const settingsHandlers = {
  'settings.getOrganisation': getOrganisation,
  'settings.saveOrganisation': saveOrganisation,
};
