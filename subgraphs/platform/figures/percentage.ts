/**
 * A share as a percentage with two decimals, rounded half up, computed exactly in integers (published figures such
 * as 业委会组建率 or 党员占比 must not drift with floating point): 22 of 26 → "84.62"; null for an empty whole.
 */
export function percentage(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const hundredths = (BigInt(part) * 10000n * 2n + BigInt(whole)) / (BigInt(whole) * 2n);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
