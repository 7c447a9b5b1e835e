/** A reporting period of fund use (公示期间): a calendar quarter ("2026-Q3") or half-year ("2026-H1"), China time. */
export interface FundPeriod {
  label: string;
  start: Date;
  /** Exclusive. */
  end: Date;
}

const PERIOD = /^(\d{4})-(Q[1-4]|H[12])$/;
/** China Standard Time (no daylight saving): the periods are the calendar's as posted in the neighborhood. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The period a label names, or null when it is not one (years 2000–2999). */
export function parseFundPeriod(label: string): FundPeriod | null {
  const match = PERIOD.exec(label.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2999) return null;
  const part = match[2];
  const [firstMonth, months] = part.startsWith('Q') ? [(Number(part[1]) - 1) * 3, 3] : [(Number(part[1]) - 1) * 6, 6];
  const at = (month: number) => new Date(Date.UTC(year, month, 1) - CHINA_OFFSET_MS);
  return { label: `${year}-${part}`, start: at(firstMonth), end: at(firstMonth + months) };
}
