/** Adds hour figures written with at most one decimal ("2.5"), exactly, in tenths of an hour. */
export function sumHours(hours: readonly string[]): string {
  const tenths = hours.reduce((total, value) => {
    const [whole, fraction = '0'] = value.split('.');
    return total + Number(whole) * 10 + Number(fraction.slice(0, 1).padEnd(1, '0'));
  }, 0);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
