// Numéro d'inscription au répertoire (NIR, « numéro de sécurité sociale »), 15 caractères :
//   S AA MM DD CCC OOO KK
//   S   sexe : 1 ou 2 ; 3 et 4 (anciens numéros provisoires), 7 et 8 (numéros provisoires
//       attribués aux personnes nées à l'étranger en attente d'immatriculation définitive) ;
//   AA  année de naissance ;
//   MM  mois : 01–12, mais aussi 20–42 et 50–99, qui existent pour les mois inconnus et les
//       numéros provisoires : on les accepte pour ne pas bloquer une personne réelle ;
//   DD  département : deux chiffres, ou 2A / 2B pour la Corse ;
//   CCC commune (ou pays pour les personnes nées à l'étranger), OOO numéro d'ordre ;
//   KK  clé = 97 − (13 premiers chiffres mod 97), avec 2A → 19 et 2B → 18 pour le calcul.
// On contrôle la forme et la clé, pas l'existence du numéro (seule la CPAM le sait).

/** Retire les espaces (y compris insécables) et les points que l'on tape ou colle, et met en majuscules (2a → 2A). */
export function normaliseNir(text: string): string {
  return text.replace(/[\s\u00a0\u202f.]/g, '').toUpperCase();
}

export type NirProblem = 'format' | 'key' | null;

const NIR_RE = /^[1-478]\d{2}(?:0[1-9]|1[0-2]|[23]\d|4[0-2]|[5-9]\d)(?:\d{2}|2[AB])\d{6}\d{2}$/;

/**
 * Clé du NIR à partir de ses 13 premiers caractères (département corse 2A / 2B permis).
 * 10^13 < 2^53 : le nombre tient exactement dans un `Number`, le modulo est donc exact.
 */
export function nirKey(first13: string): number {
  const s = normaliseNir(first13);
  if (s.length !== 13) throw new RangeError(`Il faut les 13 premiers caractères du NIR : « ${first13} »`);
  // Le département occupe les positions 6 et 7 (index 5 et 6) : seul endroit où une lettre est permise.
  const department = s.slice(5, 7);
  const digits = s.slice(0, 5) + (department === '2A' ? '19' : department === '2B' ? '18' : department) + s.slice(7);
  if (!/^\d{13}$/.test(digits)) throw new RangeError(`NIR non numérique : « ${first13} »`);
  return 97 - (Number(digits) % 97);
}

/** `'format'` si la forme est fausse, `'key'` si la clé ne correspond pas, `null` si le NIR est correct. */
export function checkNir(value: string): NirProblem {
  const s = normaliseNir(value);
  if (!NIR_RE.test(s)) return 'format';
  return nirKey(s.slice(0, 13)) === Number(s.slice(13)) ? null : 'key';
}
