import { nirKey } from '../../rules/nir';
import { luhnValid } from '../../rules/siret';
import type { Random } from './random';

// Identifiers that pass the app's checks: the keys are the app's own (db/rules/nir.ts and
// siret.ts), the rest (sex, birth, place, sequence) is drawn here.

/** Where a person was born, as the NIR writes it: a department and a commune, or 99 and a country. */
export type Birthplace = { department: string; place: string };

// Countries of birth (INSEE codes) of the workers born abroad.
const COUNTRIES = ['350', '352', '351', '341', '335', '326', '139', '208', '243', '114', '122', '109', '127', '328'];
// Most workers were born near the office; others anywhere in France.
const LOCAL_DEPARTMENTS = ['69', '69', '69', '38', '01', '42', '71', '26'];

export function birthplace(rng: Random, bornAbroad: boolean): Birthplace {
  if (bornAbroad) return { department: '99', place: rng.pick(COUNTRIES) };
  const department = rng.chance(0.7)
    ? rng.pick(LOCAL_DEPARTMENTS)
    : rng.chance(0.02)
      ? rng.pick(['2A', '2B'])
      : String(rng.pick([rng.int(1, 19), rng.int(21, 95)])).padStart(2, '0');
  return { department, place: String(rng.int(1, 890)).padStart(3, '0') };
}

/** A NIR (15 characters) for a person of this sex, birth date and birthplace; `order` makes it unique. */
export function nirFor(sex: 1 | 2, birthDate: string, where: Birthplace, order: number): string {
  const first13 = `${sex}${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${where.department}${where.place}${String(order).padStart(3, '0')}`;
  return first13 + String(nirKey(first13)).padStart(2, '0');
}

/**
 * A PASS IAE number: 12 digits, as the State platform gives them (« 99999 » for the platform,
 * the year, then a sequence number).
 */
export function passNumber(startDate: string, sequence: number): string {
  return `99999${startDate.slice(2, 4)}${String(sequence % 100_000).padStart(5, '0')}`;
}

/** `digits` and the digit that makes them a valid Luhn number. */
function withLuhnKey(digits: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(`${digits}${d}`)) return `${digits}${d}`;
  throw new Error(`pas de clé de Luhn pour ${digits}`);
}

/**
 * A SIRET (14 digits): a SIREN of 8 digits and its Luhn key, an establishment number of 4
 * digits and the key of the whole. Public bodies' SIRENs start with 2 (communes with 21).
 */
export function siretFor(rng: Random, publicBody: boolean): string {
  let siren8: string;
  do {
    siren8 = publicBody ? `21${String(rng.int(0, 999_999)).padStart(6, '0')}` : String(rng.int(30_000_000, 99_999_999));
  } while (siren8.startsWith('35600000')); // La Poste's SIRETs follow another rule
  return withLuhnKey(withLuhnKey(siren8) + String(rng.int(1, 99)).padStart(4, '0'));
}
