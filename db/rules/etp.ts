// Équivalents temps plein (domain §4, Tableau de bord): the hours worked divided by the hours one
// full-time post works in the same period. The settings give one ETP's annual hours (1 607 h by
// default, « à vérifier »); a period of whole months is prorated by twelfths, as the State's
// reporting does (a month is 1/12 of the year whatever its days): 1 607 h ÷ 12 = 133 h 55 a month.

/** ETP of `minutes` worked over `months` whole months, to the hundredth; 0 for an empty period. */
export function fullTimeEquivalent(minutes: number, annualMinutes: number, months: number): number {
  if (!(annualMinutes > 0) || !(months > 0)) return 0;
  // minutes × 12 ÷ (annual × months), rounded half up to the hundredth in integers.
  const numerator = minutes * 12 * 100;
  const denominator = annualMinutes * months;
  return Math.floor((2 * numerator + denominator) / (2 * denominator)) / 100;
}
