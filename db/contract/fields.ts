import { z } from 'zod';
import { parseHours, parseInteger, parseMoney, parsePhone, readDate } from '../base/format';
import { checkSiret, normaliseSiret } from '../rules/siret';
import { checkNir, normaliseNir } from '../rules/nir';
import { checkPassNumber, normalisePassNumber } from '../rules/pass-iae';
import { dateBounds, dateRangeMessage, KIND_BOUNDS, moneyMaxMessage, type DateRange } from './bounds';

// Field schemas shared by every form and its handler. Each accepts what a person types (a
// string) or the stored value, normalises it, and refuses it with a French message that the
// form shows beside the field. Optional fields turn '' into null. Every kind keeps to its
// bounds (bounds.ts): no invisible characters, one line unless several are meant, plausible
// dates, amounts and durations, numbers written in decimal.

export const MSG = {
  required: 'Ce champ est obligatoire.',
  tooLong: (max: number) => `${max} caractères au maximum.`,
  invisible:
    "Ce texte contient un caractère invisible interdit (caractère de contrôle ou d'inversion du sens d'écriture) : retapez-le sans copier-coller.",
  oneLine: 'Ce champ tient sur une ligne : retirez les retours à la ligne.',
  date: 'Date invalide : saisissez-la au format JJ/MM/AAAA.',
  dateCalendar: "Cette date n'existe pas.",
  money: 'Montant invalide : saisissez par exemple 22,50.',
  moneyNegative: 'Le montant ne peut pas être négatif.',
  hours: 'Durée invalide : saisissez par exemple 3, 3,5, 3h30 ou 3:30.',
  hoursPositive: 'La durée doit être supérieure à zéro.',
  hoursTooLong: `Durée trop longue : ${KIND_BOUNDS.minutes.max / 60} heures au plus.`,
  email: 'Adresse e-mail invalide (exemple : nom@exemple.fr).',
  phone: 'Numéro de téléphone invalide (exemple : 01 23 45 67 89).',
  postalCode: 'Le code postal comporte 5 chiffres.',
  siretFormat: 'Le SIRET comporte 14 chiffres.',
  siretKey: "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres.",
  nirFormat: 'Le NIR comporte 15 caractères : 13 chiffres (2A ou 2B pour la Corse) et une clé de 2 chiffres.',
  nirKey: 'Ce NIR est faux : sa clé ne correspond pas aux 13 premiers caractères. Vérifiez la carte Vitale.',
  passNumber: 'Le numéro de PASS IAE comporte 12 chiffres ou lettres.',
  /** The whole request is not what the screen sends (a wrong type, a missing object…). */
  malformed:
    "Cette demande n'a pas la forme attendue : rien n'a été enregistré. Rechargez la page (F5) et recommencez ; si cela se reproduit, contactez l'assistance.",
} as const;

/**
 * zod's own messages (« objet attendu, tableau reçu ») never reach a user: every issue that our
 * schemas do not word themselves gets this mark, and the dispatcher answers such a request with
 * MSG.malformed (isMalformed). Our fields all carry their own French messages.
 */
const GENERIC = 'valeur mal formée';
z.config({ localeError: () => GENERIC });

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

// ------------------------------------------------------------------ text

/** Control characters (C0 but tab and line ends, DEL, C1), bidi controls and marks, BOM. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/;
const LINE_BREAK = /[\r\n\t\u2028\u2029]/;

/** The text checks of every text field: no invisible character, one line unless `multiline`. */
function textChecks(v: string, ctx: z.RefinementCtx, multiline: boolean) {
  if (INVISIBLE.test(v)) ctx.addIssue({ code: 'custom', message: MSG.invisible });
  else if (!multiline && LINE_BREAK.test(v)) ctx.addIssue({ code: 'custom', message: MSG.oneLine });
}

export interface TextOptions {
  /** Several lines allowed (notes). */
  multiline?: boolean;
}

export function requiredText(max: number = KIND_BOUNDS.text.max, options: TextOptions = {}) {
  return z
    .string({ error: MSG.required })
    .trim()
    .min(1, { error: MSG.required })
    .max(max, { error: MSG.tooLong(max) })
    .superRefine((v, ctx) => textChecks(v, ctx, options.multiline === true))
    .transform((v) => v.normalize('NFC'));
}

export function optionalText(max: number = KIND_BOUNDS.text.max, options: TextOptions = {}) {
  return z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .max(max, { error: MSG.tooLong(max) })
      .superRefine((v, ctx) => textChecks(v, ctx, options.multiline === true))
      .transform((v) => v.normalize('NFC'))
      .nullable()
      .default(null),
  );
}

// ------------------------------------------------------------------ e-mail, phone, postcode

const ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`, 'u');
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

/**
 * An e-mail address as RFC 6531 allows: letters of any language before the @
 * (`françois.dupont@exemple.fr`) and in the domain (`contact@société.fr`), no spaces, quotes
 * or comments; a domain of at least two labels whose last is made of letters (or `xn--…`).
 */
export function isEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  const tld = labels.at(-1) ?? '';
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => DOMAIN_LABEL.test(l)) &&
    (/^\p{L}{2,}$/u.test(tld) || /^xn--[a-z0-9-]+$/i.test(tld))
  );
}

export const optionalEmail = z.preprocess(
  emptyToNull,
  z
    .string({ error: MSG.email })
    .trim()
    .max(254, { error: MSG.tooLong(254) })
    .transform((v) => v.normalize('NFC'))
    .refine(isEmail, { error: MSG.email })
    // The domain is the same in any case; the part before the @ is kept as typed.
    .transform((v) => `${v.slice(0, v.lastIndexOf('@'))}@${v.slice(v.lastIndexOf('@') + 1).toLowerCase()}`)
    .nullable()
    .default(null),
);

/** A phone number, stored in its one form (parsePhone: `06 12 34 56 78`, `+33 6 12 34 56 78`). */
export const optionalPhone = z.preprocess(
  emptyToNull,
  z
    .string({ error: MSG.phone })
    .transform((v, ctx) => {
      const phone = parsePhone(v);
      if (phone === null) {
        ctx.addIssue({ code: 'custom', message: MSG.phone });
        return z.NEVER;
      }
      return phone;
    })
    .nullable()
    .default(null),
);

export const optionalPostalCode = z.preprocess(
  emptyToNull,
  z
    .string({ error: MSG.postalCode })
    .transform((v) => v.replace(/[\s\u00a0\u202f]/g, ''))
    .pipe(z.string().regex(/^\d{5}$/, { error: MSG.postalCode }))
    .nullable()
    .default(null),
);

// ------------------------------------------------------------------ SIRET, NIR

function siretCheck(v: string, ctx: z.RefinementCtx) {
  const problem = checkSiret(v);
  if (problem === 'format') ctx.addIssue({ code: 'custom', message: MSG.siretFormat });
  else if (problem === 'key') ctx.addIssue({ code: 'custom', message: MSG.siretKey });
}

export const optionalSiret = z.preprocess(
  emptyToNull,
  z.string({ error: MSG.siretFormat }).transform(normaliseSiret).superRefine(siretCheck).nullable().default(null),
);

export const requiredSiret = z
  .string({ error: MSG.required })
  .transform(normaliseSiret)
  .refine((v) => v !== '', { error: MSG.required })
  .superRefine(siretCheck);

export const optionalNir = z.preprocess(
  emptyToNull,
  z
    .string({ error: MSG.nirFormat })
    .transform(normaliseNir)
    .superRefine((v, ctx) => {
      const p = checkNir(v);
      if (p === 'format') ctx.addIssue({ code: 'custom', message: MSG.nirFormat });
      else if (p === 'key') ctx.addIssue({ code: 'custom', message: MSG.nirKey });
    })
    .nullable()
    .default(null),
);

/** A PASS IAE number: 12 digits or letters, spaces allowed as typed; stored without them, in capitals. */
export const requiredPassNumber = z
  .string({ error: MSG.required })
  .transform(normalisePassNumber)
  .refine((v) => v !== '', { error: MSG.required })
  .refine(checkPassNumber, { error: MSG.passNumber });

export const optionalPassNumber = z.preprocess(emptyToNull, requiredPassNumber.nullable().default(null));

// ------------------------------------------------------------------ dates

/** A date typed in French or already ISO → `YYYY-MM-DD`, within `range` (by default, ten years around today). */
export function dateWithin(range: DateRange = KIND_BOUNDS.date) {
  return z
    .string({ error: MSG.required })
    .refine((v) => v.trim() !== '', { error: MSG.required })
    .transform((v, ctx) => {
      const read = readDate(v);
      if (!read.ok) {
        ctx.addIssue({ code: 'custom', message: read.problem === 'calendar' ? MSG.dateCalendar : MSG.date });
        return z.NEVER;
      }
      const { first, last } = dateBounds(range);
      if (read.iso < first || read.iso > last) {
        ctx.addIssue({ code: 'custom', message: dateRangeMessage(range) });
        return z.NEVER;
      }
      return read.iso;
    });
}

/** dateWithin, null when empty. */
export function optionalDateWithin(range: DateRange = KIND_BOUNDS.date) {
  return z.preprocess(emptyToNull, dateWithin(range).nullable().default(null));
}

export const requiredDate = dateWithin();
export const optionalDate = optionalDateWithin();

// ------------------------------------------------------------------ money

/** Money typed (`22,50 €`) or stored (integer cents) → integer cents, from 0 to `maxCents`. */
export function moneyUpTo(maxCents: number) {
  return z.union([z.number(), z.string()], { error: MSG.money }).transform((v, ctx) => {
    const cents = typeof v === 'number' ? v : parseMoney(v);
    if (cents === null || !Number.isSafeInteger(cents)) {
      ctx.addIssue({ code: 'custom', message: MSG.money });
      return z.NEVER;
    }
    if (cents < 0) {
      ctx.addIssue({ code: 'custom', message: MSG.moneyNegative });
      return z.NEVER;
    }
    if (cents > maxCents) {
      ctx.addIssue({ code: 'custom', message: moneyMaxMessage(maxCents) });
      return z.NEVER;
    }
    return cents;
  });
}

/** An amount (a membership, a total). */
export const money = moneyUpTo(KIND_BOUNDS.money.max);
export const optionalMoney = z.preprocess(emptyToNull, money.nullable().default(null));
/** An hourly rate, billed or paid. */
export const hourlyRate = moneyUpTo(KIND_BOUNDS.hourlyRate.max);
export const optionalHourlyRate = z.preprocess(emptyToNull, hourlyRate.nullable().default(null));

// ------------------------------------------------------------------ numbers and durations

/** A whole number typed (in decimal: `0x10` or `1e3` are refused) or stored, between `min` and `max`; an empty field takes `fallback`. */
export function integer(min: number, max: number, message: string, fallback?: number, typeMessage = message) {
  const schema = z.union([z.number(), z.string()], { error: typeMessage }).transform((v, ctx) => {
    const empty = typeof v === 'string' && v.trim() === '';
    if (empty && fallback === undefined) {
      ctx.addIssue({ code: 'custom', message: MSG.required });
      return z.NEVER;
    }
    const n = empty ? fallback! : typeof v === 'number' ? v : parseInteger(v);
    if (n === null || !Number.isInteger(n) || n < min || n > max) {
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

/** Hours typed (`3h30`) or stored (integer minutes) → integer minutes, from `min` (1 unless said) to the bound of durations. */
export function minutesFrom(min: 0 | 1) {
  return z.union([z.number(), z.string()], { error: MSG.hours }).transform((v, ctx) => {
    const minutes = typeof v === 'number' ? v : parseHours(v);
    if (minutes === null || !Number.isSafeInteger(minutes) || minutes < 0) {
      ctx.addIssue({ code: 'custom', message: MSG.hours });
      return z.NEVER;
    }
    if (minutes < min) {
      ctx.addIssue({ code: 'custom', message: MSG.hoursPositive });
      return z.NEVER;
    }
    if (minutes > KIND_BOUNDS.minutes.max) {
      ctx.addIssue({ code: 'custom', message: MSG.hoursTooLong });
      return z.NEVER;
    }
    return minutes;
  });
}

/** A duration above zero. */
export const positiveMinutes = minutesFrom(1);

// ------------------------------------------------------------------ errors

/** An issue worded by zod itself, not by our schemas: the request is not what a screen sends. */
function isGeneric(issue: z.core.$ZodIssue): boolean {
  return issue.message === GENERIC;
}

/** True when the request itself is malformed (a wrong type, a missing object…): see MSG.malformed. */
export function isMalformed(error: z.ZodError): boolean {
  return error.issues.some(isGeneric);
}

/**
 * Turns a zod error into `{ "field.path": "message" }`, keeping the first message of each
 * field, as forms show one message per field. zod's own wording is left out (isMalformed).
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    if (isGeneric(issue)) continue;
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
