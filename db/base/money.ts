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
