import { z } from 'zod';
import { call } from './define';
import { requiredDate, requiredText } from './fields';
import { forbiddenWorkCodes, type ForbiddenWorkCode } from '../rules/forbidden-work';
import type { Mode480 } from '../rules/hours-480';
import { addDays, addMonths, isIsoDate } from '../base/dates';
import { readVersion } from './versions';

/**
 * How the 24 months of the 480 hours are counted (domain §3, « à vérifier »: a setting, see
 * db/rules/hours-480.ts). The first one is the default.
 */
export const MODES_480 = [
  {
    code: 'fenetre',
    label: 'Périodes de 24 mois ouvertes par une mission en entreprise (par défaut)',
  },
  {
    code: 'glissante',
    label: '24 mois glissants (plus strict)',
  },
] as const satisfies readonly { code: Mode480; label: string }[];
const mode480Codes = MODES_480.map((m) => m.code) as [Mode480, ...Mode480[]];

export interface RuleSettings {
  territory: { postalCode: string; city: string }[];
  /** The works of article D4154-1 that a placement may not expose the worker to (all, unless the office unticked some). */
  forbiddenWork: ForbiddenWorkCode[];
  waivers: { id: number; reference: string; startDate: string; endDate: string }[];
  /** How the 480 hours are counted: a window opened by the first counting date, or rolling 24 months. */
  mode480: Mode480;
  /** The version read (0 until saved once): sent back with the save (db/records/versions.ts). */
  version: number;
}

/** The page's parts: their labels, and the names in messages. */
export const RULE_SETTINGS_LABELS: Record<'territory' | 'forbiddenWork' | 'waivers' | 'mode480', string> = {
  territory: 'Communes du territoire',
  forbiddenWork: 'Travaux interdits',
  waivers: 'Dérogations aux 480 heures',
  mode480: 'Décompte des 480 heures',
};

export const ruleSettingsInput = z.object({
  territory: z
    .array(
      z.object({
        postalCode: z.string().trim().regex(/^\d{5}$/, { error: 'Le code postal comporte 5 chiffres.' }),
        city: requiredText(80),
      }),
    )
    .max(2000)
    .default([]),
  forbiddenWork: z.array(z.enum(forbiddenWorkCodes, { error: 'Travail inconnu dans la liste de l’article D4154-1.' })).default([...forbiddenWorkCodes]),
  waivers: z
    .array(
      z
        .object({ reference: requiredText(120), startDate: requiredDate, endDate: requiredDate })
        .superRefine((w, ctx) => {
          if (w.endDate < w.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'La fin ne peut pas précéder le début.' });
          // A prefectoral waiver lasts 3 years at most (domain §3): renewed, it is a new one.
          else if (isIsoDate(w.startDate) && isIsoDate(w.endDate) && w.endDate > addDays(addMonths(w.startDate, 36), -1)) {
            ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Une dérogation dure au plus 3 ans : enregistrez son renouvellement comme une nouvelle dérogation.' });
          }
        }),
    )
    .default([]),
  mode480: z.enum(mode480Codes, { error: 'Choisissez comment les 480 heures sont décomptées.' }).default('fenetre'),
});

export const ruleSettingsContract = {
  'settings.getRules': call<RuleSettings>()(z.object({}), { write: false, permission: 'settings.read' }),
  'settings.saveRules': call<RuleSettings>()(ruleSettingsInput.extend({ version: readVersion }), { write: true, permission: 'settings.write' }),
};

export { FORBIDDEN_WORK, type ForbiddenWorkCode } from '../rules/forbidden-work';
