import { eq } from 'drizzle-orm';
import type { Ctx, Handler } from '../context';
import { type Organisation, DEFAULT_ETP_MINUTES } from '../contract/settings';
import { organisation } from '../schema';
import { audit } from '../audit';

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
    };
  }
  const { id: _id, ...rest } = row;
  return { ...rest, configured: true };
}

const getOrganisation: Handler<'settings.getOrganisation'> = (ctx) => read(ctx);

const saveOrganisation: Handler<'settings.saveOrganisation'> = (ctx, input) => {
  const before = read(ctx);
  const values = { ...input, updatedAt: ctx.now().toISOString() };
  ctx.db
    .insert(organisation)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: organisation.id, set: values })
    .run();
  const changed = Object.keys(input).filter(
    (k) => before[k as keyof Organisation] !== input[k as keyof typeof input],
  );
  audit(ctx, before.configured ? 'modification' : 'création', 'organisation', 1, { champs: changed });
  return read(ctx);
};

export const settingsHandlers = {
  'settings.getOrganisation': getOrganisation,
  'settings.saveOrganisation': saveOrganisation,
};
