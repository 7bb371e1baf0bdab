// Money arithmetic on integer cents. The one rounding rule for amounts computed from time:
// amount = minutes × cents-per-hour ÷ 60, rounded to the nearest cent, halves away from zero.
// Done in integers so that no floating-point error can move a cent.

export function amountForMinutes(minutes: number, centsPerHour: number): number {
  if (!Number.isSafeInteger(minutes) || !Number.isSafeInteger(centsPerHour)) {
    throw new RangeError('minutes et taux doivent être des entiers');
  }
  const product = minutes * centsPerHour;
  const sign = product < 0 ? -1 : 1;
  const abs = Math.abs(product);
  return sign * Math.floor((abs + 30) / 60);
}

/**
 * A rate applied to an amount (VAT): cents × basis points ÷ 10 000 (2000 = 20 %), rounded to the
 * nearest cent, halves away from zero, in integers like amountForMinutes.
 */
export function shareOf(cents: number, basisPoints: number): number {
  if (!Number.isSafeInteger(cents) || !Number.isSafeInteger(basisPoints)) {
    throw new RangeError('montant et taux doivent être des entiers');
  }
  const product = cents * basisPoints;
  const sign = product < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(product) + 5000) / 10000);
}
