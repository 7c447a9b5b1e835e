import { Matches } from 'class-validator';

// Calendar days as the graph writes them: YYYY-MM-DD, by China's calendar (UTC+8, no daylight saving).

/** A calendar date written YYYY-MM-DD. */
export const IS_DATE = (field: string) => Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: `${field} must be a date written YYYY-MM-DD` });

/** Today's date in China (UTC+8), YYYY-MM-DD: pairings, projects and needs are dated by the local calendar. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
