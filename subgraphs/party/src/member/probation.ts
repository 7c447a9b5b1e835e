import { conflict } from '../../../platform/errors/error-codes.js';

/** The Party Constitution (Art. 7): a probationary member's probation lasts one year. */
export const PROBATION_YEARS = 1;

/**
 * The first day a probationary member may be converted (转正): the same calendar day a year after the probation
 * began. Begun on 29 February, it ends on 1 March of a common year (never early).
 */
export function probationEndsOn(startedOn: string): string {
  const [year, month, day] = startedOn.split('-').map(Number);
  const end = new Date(Date.UTC(year + PROBATION_YEARS, month - 1, day));
  return end.toISOString().slice(0, 10);
}

/** Refuses a conversion before the probation has run its year, saying from which day it may be done. */
export function assertProbationServed(startedOn: string, today: string): void {
  const endsOn = probationEndsOn(startedOn);
  if (today < endsOn) {
    throw conflict(`The probation began on ${startedOn} and lasts a year (党章第七条): the member may be converted from ${endsOn}.`, { convertibleFrom: endsOn });
  }
}
