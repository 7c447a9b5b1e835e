/** `?, ?, ?`: one positional parameter per value, for `in (…)` lists of raw SQL (never an empty list: callers guard). */
export function placeholders(values: readonly unknown[] | number): string {
  const count = typeof values === 'number' ? values : values.length;
  return Array.from({ length: count }, () => '?').join(', ');
}
