import { z } from 'zod';
import { parseDate, parseHours, parseMoney } from '../base/format';
import { checkSiret, normaliseSiret } from '../rules/siret';
import { checkNir, normaliseNir } from '../rules/nir';

// zod's own messages (a wrong type in a hand-made request…) in French too; our fields carry
// their own messages, written for the office.
z.config(z.locales.fr());

// Field schemas shared by every form and its handler. Each accepts what a person types (a
// string) or the stored value, normalises it, and refuses it with a French message that the
// form shows beside the field. Optional fields turn '' into null.

export const MSG = {
  required: 'Ce champ est obligatoire.',
  tooLong: (max: number) => `${max} caractères au maximum.`,
  date: 'Date invalide : saisissez-la au format JJ/MM/AAAA.',
  money: 'Montant invalide : saisissez par exemple 22,50.',
  moneyNegative: 'Le montant ne peut pas être négatif.',
  hours: 'Durée invalide : saisissez par exemple 3, 3,5, 3h30 ou 3:30.',
  hoursPositive: 'La durée doit être supérieure à zéro.',
  email: 'Adresse e-mail invalide (exemple : nom@exemple.fr).',
  phone: 'Numéro de téléphone invalide (exemple : 01 23 45 67 89).',
  postalCode: 'Le code postal comporte 5 chiffres.',
  siretFormat: 'Le SIRET comporte 14 chiffres.',
  siretKey: "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres.",
  nirFormat: 'Le NIR comporte 15 caractères : 13 chiffres (2A ou 2B pour la Corse) et une clé de 2 chiffres.',
  nirKey: 'Ce NIR est faux : sa clé ne correspond pas aux 13 premiers caractères. Vérifiez la carte Vitale.',
} as const;

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export function requiredText(max = 200) {
  return z
    .string({ error: MSG.required })
    .trim()
    .min(1, { error: MSG.required })
    .max(max, { error: MSG.tooLong(max) });
}

export function optionalText(max = 200) {
  return z.preprocess(
    emptyToNull,
    z.string().trim().max(max, { error: MSG.tooLong(max) }).nullable().default(null),
  );
}

export const optionalEmail = z.preprocess(
  emptyToNull,
  z.string().trim().max(200, { error: MSG.tooLong(200) }).pipe(z.email({ error: MSG.email })).nullable().default(null),
);

export const optionalPhone = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .refine((v) => /^\+?[\d\s.\-()]{6,25}$/.test(v) && v.replace(/\D/g, '').length >= 10, { error: MSG.phone })
    .nullable()
    .default(null),
);

export const optionalPostalCode = z.preprocess(
  emptyToNull,
  z.string().trim().regex(/^\d{5}$/, { error: MSG.postalCode }).nullable().default(null),
);

function siretCheck(v: string, ctx: z.RefinementCtx) {
  const problem = checkSiret(v);
  if (problem === 'format') ctx.addIssue({ code: 'custom', message: MSG.siretFormat });
  else if (problem === 'key') ctx.addIssue({ code: 'custom', message: MSG.siretKey });
}

export const optionalSiret = z.preprocess(
  emptyToNull,
  z.string().transform(normaliseSiret).superRefine(siretCheck).nullable().default(null),
);

export const requiredSiret = z
  .string({ error: MSG.required })
  .transform(normaliseSiret)
  .refine((v) => v !== '', { error: MSG.required })
  .superRefine(siretCheck);

export const optionalNir = z.preprocess(
  emptyToNull,
  z
    .string()
    .transform(normaliseNir)
    .superRefine((v, ctx) => {
      const p = checkNir(v);
      if (p === 'format') ctx.addIssue({ code: 'custom', message: MSG.nirFormat });
      else if (p === 'key') ctx.addIssue({ code: 'custom', message: MSG.nirKey });
    })
    .nullable()
    .default(null),
);

/** A date typed in French or already ISO → `YYYY-MM-DD`. */
export const requiredDate = z
  .string({ error: MSG.required })
  .refine((v) => v.trim() !== '', { error: MSG.required })
  .transform((v, ctx) => {
    const iso = parseDate(v);
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: MSG.date });
      return z.NEVER;
    }
    return iso;
  });

export const optionalDate = z.preprocess(emptyToNull, requiredDate.nullable().default(null));

/** Money typed (`22,50 €`) or stored (integer cents) → integer cents, not negative. */
export const money = z.union([z.number(), z.string()], { error: MSG.money }).transform((v, ctx) => {
  const cents = typeof v === 'number' ? v : parseMoney(v);
  if (cents === null || !Number.isSafeInteger(cents)) {
    ctx.addIssue({ code: 'custom', message: MSG.money });
    return z.NEVER;
  }
  if (cents < 0) {
    ctx.addIssue({ code: 'custom', message: MSG.moneyNegative });
    return z.NEVER;
  }
  return cents;
});

export const optionalMoney = z.preprocess(emptyToNull, money.nullable().default(null));

/** A whole number typed or stored, between `min` and `max`; an empty field takes `fallback`. */
export function integer(min: number, max: number, message: string, fallback?: number, typeMessage = message) {
  const schema = z.union([z.number(), z.string()], { error: typeMessage }).transform((v, ctx) => {
    const empty = typeof v === 'string' && v.trim() === '';
    if (empty && fallback === undefined) {
      ctx.addIssue({ code: 'custom', message: MSG.required });
      return z.NEVER;
    }
    const n = empty ? fallback! : typeof v === 'number' ? v : Number(v.trim());
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return n;
  });
  return fallback === undefined ? schema : schema.default(fallback);
}

/** One code of a list; null when empty unless `required` (then refused) or given a default. */
export function choiceOf(codes: readonly string[], message: string, options: { required?: boolean; fallback?: string } = {}) {
  const one = z.enum(codes as [string, ...string[]], { error: message });
  if (options.fallback !== undefined) return one.default(options.fallback);
  return options.required ? one : z.preprocess(emptyToNull, one.nullable().default(null));
}

/** Hours typed (`3h30`) or stored (integer minutes) → integer minutes, above zero. */
export const positiveMinutes = z.union([z.number(), z.string()], { error: MSG.hours }).transform((v, ctx) => {
  const minutes = typeof v === 'number' ? v : parseHours(v);
  if (minutes === null || !Number.isSafeInteger(minutes)) {
    ctx.addIssue({ code: 'custom', message: MSG.hours });
    return z.NEVER;
  }
  if (minutes <= 0) {
    ctx.addIssue({ code: 'custom', message: MSG.hoursPositive });
    return z.NEVER;
  }
  return minutes;
});

/**
 * Turns a zod error into `{ "field.path": "message" }`, keeping the first message of each
 * field, as forms show one message per field.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
