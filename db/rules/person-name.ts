// A private person's name written in one piece (« Mme Jeanne Moreau »), read as civility,
// first name and last name only when the text says so clearly. Anything else is left to the
// office to check: « Jeanne Moreau » (no civility), « Mme Moreau » (no first name),
// « M. Jean Paul Dupont » (where does the first name end?).
//
// Clear readings, after the civility:
// - one first name, then one last name: « Mme Jeanne Moreau », « Madame Marie-Hélène N'Diaye » ;
// - where capitals mark the last name, the words in capitals are the last name and the others
//   the first names, on either side: « M. Jean-Pierre DUPONT », « Mme Marie Claire DE LA TOUR »,
//   « M. DUPONT Jean ».

export type PersonCivility = 'Mme' | 'M.';

export interface PersonName {
  civility: PersonCivility;
  firstName: string;
  lastName: string;
}

const CIVILITY_WORDS: Record<string, PersonCivility> = {
  mme: 'Mme',
  'mme.': 'Mme',
  madame: 'Mme',
  m: 'M.',
  'm.': 'M.',
  mr: 'M.',
  'mr.': 'M.',
  monsieur: 'M.',
};

/** A word of a name: letters, with hyphens or apostrophes inside (Jean-Pierre, N'Diaye). */
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

function inCapitals(word: string): boolean {
  return /\p{L}{2}/u.test(word) && word === word.toUpperCase();
}

export function splitPersonName(text: string): PersonName | null {
  const [first, ...words] = text.trim().split(/\s+/);
  const civility = CIVILITY_WORDS[(first ?? '').toLowerCase()];
  if (!civility || words.length < 2 || !words.every((w) => NAME_WORD.test(w))) return null;
  const capitals = words.map(inCapitals);
  const split = capitals.findIndex((c, i) => i > 0 && c !== capitals[i - 1]);
  if (split < 0) {
    // No capitals to tell them apart (or all of it in capitals): only « prénom nom » is clear.
    return words.length === 2 ? { civility, firstName: words[0]!, lastName: words[1]! } : null;
  }
  if (capitals.slice(split).some((c) => c !== capitals[split])) return null;
  const [head, tail] = [words.slice(0, split).join(' '), words.slice(split).join(' ')];
  return capitals[0] ? { civility, firstName: tail, lastName: head } : { civility, firstName: head, lastName: tail };
}
