import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { type Organisation, DEFAULT_ETP_MINUTES } from '../contract/settings';
import { organisation } from '../schema';

// The organisation's one row (Paramètres > Organisation), as the settings page and the
// documents read it: its identity heads every document, and each invoice keeps it as issued.

/** What the page shows before the office has saved it once. */
const DEFAULT_BILLED_RATE_CENTS = 2200;

export function readOrganisation(ctx: Ctx): Organisation {
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
      configured: false,
      updatedAt: null,
      version: 0,
    };
  }
  const { id: _id, ...rest } = row;
  return { ...rest, configured: true };
}

