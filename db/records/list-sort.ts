export { frenchCollator as collator } from '../base/search';

/** Sorts by `compare`, ties broken by `tie` (always ascending), in the asked direction. */
export function sortRows<T>(rows: T[], direction: 'asc' | 'desc', compare: (a: T, b: T) => number, tie: (a: T, b: T) => number): T[] {
  const sign = direction === 'desc' ? -1 : 1;
  return rows.sort((a, b) => sign * compare(a, b) || (compare(a, b) === 0 ? sign * tie(a, b) : 0));
}
