/** A share as a percentage with two decimals, rounded half up, computed exactly: 22 of 26 → "84.62". */
export function percentage(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const hundredths = (BigInt(part) * 10000n * 2n + BigInt(whole)) / (BigInt(whole) * 2n);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
