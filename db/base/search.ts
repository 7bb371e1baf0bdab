// Search that forgives accents, case and punctuation: "helene" finds "Hélène", "dupont lef"
// finds "DUPONT-LEFÈVRE". Each record stores `searchKey(its names…)`; a query matches when every
// one of its words appears in that key.

export function searchKey(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function searchWords(query: string): string[] {
  const key = searchKey(query);
  return key === '' ? [] : key.split(' ');
}

/** Search words are [a-z0-9] already (searchKey); this keeps any LIKE wildcard out all the same. */
export function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, '');
}

/** French alphabetical order, ignoring case and accents ("Élodie" between "Edmond" and "Fanny"). */
export const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
