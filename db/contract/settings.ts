import { z } from 'zod';
import { call } from './define';
import {
  hourlyRate,
  optionalEmail,
  optionalHourlyRate,
  optionalPhone,
  optionalPostalCode,
  optionalSiret,
  optionalText,
  positiveMinutes,
  requiredText,
} from './fields';

/** 1 607 hours: the legal annual working time of one full-time post (à vérifier, editable). */
export const DEFAULT_ETP_MINUTES = 1607 * 60;

export const organisationInput = z.object({
  name: requiredText(120),
  siret: optionalSiret,
  addressLine1: optionalText(120),
  addressLine2: optionalText(120),
  postalCode: optionalPostalCode,
  city: optionalText(80),
  phone: optionalPhone,
  email: optionalEmail,
  conventionNumber: optionalText(60),
  sapDeclarationNumber: optionalText(60),
  defaultBilledRateCents: hourlyRate,
  defaultWageRateCents: optionalHourlyRate,
  etpAnnualMinutes: positiveMinutes,
  invoicePrefix: z
    .string()
    .trim()
    .max(12, { error: '12 caractères au maximum.' })
    .regex(/^[A-Za-z0-9\-_/]*$/, { error: 'Lettres, chiffres et - _ / seulement (exemple : FA-).' })
    .default(''),
});

export type OrganisationInput = z.input<typeof organisationInput>;

export interface Organisation {
  name: string;
  siret: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  conventionNumber: string | null;
  sapDeclarationNumber: string | null;
  defaultBilledRateCents: number;
  defaultWageRateCents: number | null;
  etpAnnualMinutes: number;
  invoicePrefix: string;
  /** False until the office has saved the page once. */
  configured: boolean;
  updatedAt: string | null;
}

export const settingsContract = {
  'settings.getOrganisation': call<Organisation>()(z.object({}).strict(), { write: false }),
  'settings.saveOrganisation': call<Organisation>()(organisationInput, { write: true }),
};
