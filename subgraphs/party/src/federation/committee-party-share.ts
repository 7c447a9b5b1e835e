/** A share in percent with two decimals, rounded half up, in exact integer arithmetic: 3 of 7 → "42.86". */
export function sharePercent(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const hundredths = (BigInt(part) * 20000n + BigInt(whole)) / (BigInt(whole) * 2n);
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
