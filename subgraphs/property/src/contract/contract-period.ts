/** Dates are ISO calendar days (YYYY-MM-DD), which compare correctly as strings. */

/** The day a contract stops being in force: the actual departure if recorded, else the agreed end (null: open). */
export function contractEnd(contract: { endsOn: string | null; endedOn: string | null }): string | null {
  return contract.endedOn ?? contract.endsOn;
}

/** Whether a contract is in force on `day`: started on or before it and not yet ended. */
export function isActiveOn(contract: { startsOn: string; endsOn: string | null; endedOn: string | null }, day: string): boolean {
  const end = contractEnd(contract);
  return contract.startsOn <= day && (end === null || day < end);
}

/** Whether two periods [start, end) overlap (null end: open). Mirrors the database's exclusion constraint. */
export function periodsOverlap(a: { start: string; end: string | null }, b: { start: string; end: string | null }): boolean {
  return (a.end === null || b.start < a.end) && (b.end === null || a.start < b.end);
}

/** Today as YYYY-MM-DD in China Standard Time (UTC+8), the calendar contracts are written in. */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether text is a real calendar day in YYYY-MM-DD form. */
export function isIsoDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
