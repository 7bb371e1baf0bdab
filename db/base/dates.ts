// Arithmétique sur les dates ISO « AAAA-MM-JJ », la seule forme de date de l'application
// (base, contrat de l'API, écrans). Une date est un jour du calendrier, sans heure ni fuseau :
// on calcule donc en UTC, où chaque jour dure exactement 86 400 000 ms. En heure locale, un
// passage à l'heure d'été ferait tomber un jour sur 23 h et décalerait les différences.
// Pas de dépendance ni de module Node : ces règles tournent aussi dans le navigateur.

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Vrai si `text` est une date ISO `AAAA-MM-JJ` qui existe (pas de 31 avril ni de 29 février 2027). */
export function isIsoDate(text: string): boolean {
  return parseParts(text) !== null;
}

function parseParts(text: string): { y: number; m: number; d: number } | null {
  const match = ISO_RE.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function parse(iso: string): { y: number; m: number; d: number } {
  const parts = parseParts(iso);
  // Une date mal formée ici est une erreur de programmation (le contrat valide les saisies) :
  // mieux vaut s'arrêter que calculer une échéance fausse en silence.
  if (!parts) throw new RangeError(`Date ISO invalide : « ${iso} »`);
  return parts;
}

/** Nombre de jours du mois `m` (1–12) de l'année `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function toMs(iso: string): number {
  const { y, m, d } = parse(iso);
  // Date.UTC traite les années 0–99 comme 1900–1999 : on fixe l'année à part.
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getTime();
}

function fromMs(ms: number): string {
  const date = new Date(ms);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `iso` + `n` jours (`n` peut être négatif). */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Nombre de jours non entier : ${n}`);
  return fromMs(toMs(iso) + n * DAY_MS);
}

/** Nombre de jours de `a` à `b` (b − a) : 0 le même jour, négatif si `b` est avant `a`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/**
 * `iso` + `n` mois du calendrier. Quand le jour n'existe pas dans le mois d'arrivée, on
 * s'arrête au dernier jour de ce mois (31 janvier + 1 mois = 28 ou 29 février) plutôt que de
 * déborder sur le mois suivant comme le ferait `Date` (3 mars) : une durée « d'un mois » ne
 * doit pas finir deux mois plus tard.
 */
export function addMonths(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Nombre de mois non entier : ${n}`);
  const { y, m, d } = parse(iso);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Comparateur pour `Array.prototype.sort` : négatif si a < b, 0 si égales, positif sinon. */
/**
 * Les dates déjà reconnues valides : les règles comparent les mêmes jours des milliers de fois
 * (un mois de la grille, les 24 mois des 480 h), et relire chaque fois la date coûtait le
 * cinquième de leur temps. Bornée, pour ne pas grandir sans fin.
 */
const validDates = new Set<string>();
function checkedDate(iso: string): void {
  if (validDates.has(iso)) return;
  parse(iso);
  if (validDates.size >= 20_000) validDates.clear();
  validDates.add(iso);
}

export function compareIso(a: string, b: string): -1 | 0 | 1 {
  // Sur des dates ISO valides à 4 chiffres d'année, l'ordre des chaînes est celui des dates.
  checkedDate(a);
  checkedDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * La date du jour telle que la voit l'utilisateur : le jour local de `now`, pas le jour UTC
 * (à 0 h 30 à Paris, il est encore la veille en UTC).
 */
export function todayIso(now: Date = new Date()): string {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Vrai si `day` est dans [start, end], bornes comprises. */
export function isBetween(day: string, start: string, end: string): boolean {
  return compareIso(start, day) <= 0 && compareIso(day, end) <= 0;
}

/** L'âge en années révolues le jour `on` d'une personne née le `birth` (née un 29 février : un an de plus le 1er mars). */
export function ageOn(birth: string, on: string): number {
  const b = parse(birth);
  const d = parse(on);
  const before = d.m < b.m || (d.m === b.m && d.d < b.d);
  return d.y - b.y - (before ? 1 : 0);
}
