// Search that forgives accents, case and punctuation: "helene" finds "Hélène", "dupont lef"
// finds "DUPONT-LEFÈVRE", "ndiaye" finds "N'DIAYE". Each record stores `searchIndex(its names…)`;
// a query matches when every one of its words (searchWords) appears in that index.

/** Lowercase, no accents, `œ` → `oe`, every run of other characters → one space. */
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

/**
 * What a record stores to be searched: searchKey of its parts, and each part that holds an
 * apostrophe or a hyphen once more with them removed, so that `N'DIAYE` is found by « n'diaye »,
 * « n diaye » and « ndiaye », `DUPONT-LEFÈVRE` by « dupont lef » and « dupontlefevre ».
 */
export function searchIndex(...parts: (string | null | undefined)[]): string {
  const joined = parts
    .filter((p): p is string => !!p && /['’‘`´\-‐–]/.test(p))
    .flatMap((p) => p.split(/\s+/))
    .filter((word) => /['’‘`´\-‐–]/.test(word))
    .map((word) => searchKey(word).replace(/ /g, ''));
  return [searchKey(...parts), ...joined].filter((w) => w !== '').join(' ');
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
