import { Field, InputType } from 'type-graphql';
import { Matches } from 'class-validator';
import { badUserInput } from '../../../platform/errors/error-codes.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType('PartyStatisticsPeriod', { description: 'A period of days, both inclusive, China Standard Time (统计期间), e.g. { from: "2026-01-01", to: "2026-03-31" }.' })
export class PartyStatisticsPeriod {
  @Field(() => String, { description: 'First day, YYYY-MM-DD (起始日).' })
  @Matches(DAY, { message: 'period.from must be a date written YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD, inclusive; not before the first (截止日).' })
  @Matches(DAY, { message: 'period.to must be a date written YYYY-MM-DD' })
  to!: string;
}

/** A period as the statement uses it: days for date columns, instants [start, end) for timestamps. */
export interface CountingPeriod {
  key: string;
  fromDay: string;
  toDay: string;
  start: string;
  end: string;
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/** All time: Postgres' infinities, so one statement serves both. */
export const ALL_TIME: CountingPeriod = { key: 'all', fromDay: '-infinity', toDay: 'infinity', start: '-infinity', end: 'infinity' };

/** Checks and converts a period; to before from, or a day that does not exist, is BAD_USER_INPUT. */
export function countingPeriod(input: PartyStatisticsPeriod | null | undefined): CountingPeriod {
  if (!input) return ALL_TIME;
  if (input.to < input.from) throw badUserInput('period.to must not be before period.from.', { field: 'period.to' });
  const startMs = Date.parse(`${input.from}T00:00:00Z`);
  const endMs = Date.parse(`${input.to}T00:00:00Z`);
  const real = (day: string, ms: number) => !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
  if (!real(input.from, startMs) || !real(input.to, endMs)) throw badUserInput('period must name real days, YYYY-MM-DD.', { field: 'period' });
  return {
    key: `${input.from}/${input.to}`,
    fromDay: input.from,
    toDay: input.to,
    start: new Date(startMs - CHINA_OFFSET_MS).toISOString(),
    end: new Date(endMs - CHINA_OFFSET_MS + 86_400_000).toISOString(),
  };
}
