/**
 * numerator ÷ denominator as a decimal string with 4 places, rounded half up, in exact integer arithmetic
 * (e.g. 2 of 3 → "0.6667"); null when the denominator is 0.
 */
export function ratio(numerator: bigint | number, denominator: bigint | number): string | null {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) return null;
  const scaled = (n * 20000n + d) / (2n * d); // round half up of n/d × 10000
  const whole = scaled / 10000n;
  const fraction = (scaled % 10000n).toString().padStart(4, '0');
  return `${whole}.${fraction}`;
}
