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
import { readVersion } from './versions';

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
});

export type OrganisationInput = z.input<typeof organisationInput>;

/** The page's fields: its labels, and the names in messages. */
export const ORGANISATION_LABELS: Record<keyof OrganisationInput, string> = {
  name: "Nom de l'association",
  siret: 'SIRET',
  addressLine1: 'Adresse',
  addressLine2: "Complément d'adresse",
  postalCode: 'Code postal',
  city: 'Commune',
  phone: 'Téléphone',
  email: 'E-mail',
  conventionNumber: 'N° de convention / annexe financière',
  sapDeclarationNumber: 'N° de déclaration services à la personne',
  defaultBilledRateCents: 'Taux horaire facturé par défaut',
  defaultWageRateCents: 'Salaire horaire par défaut',
  etpAnnualMinutes: "Heures annuelles d'un ETP",
};

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
  /** False until the office has saved the page once. */
  configured: boolean;
  /** The version read (0 until saved once): sent back with the save (db/records/versions.ts). */
  version: number;
  updatedAt: string | null;
}

export const settingsContract = {
  'settings.getOrganisation': call<Organisation>()(z.object({}).strict(), { write: false, permission: 'settings.read' }),
  'settings.saveOrganisation': call<Organisation>()(organisationInput.extend({ version: readVersion }), { write: true, permission: 'settings.write' }),
};
