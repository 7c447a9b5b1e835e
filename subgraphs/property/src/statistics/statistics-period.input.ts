import { Field, InputType } from 'type-graphql';
import { Validate } from 'class-validator';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { IsIsoDay } from '../contract/service-contract.input.js';

@InputType({ description: 'A period of days, both inclusive, China Standard Time (统计期间), e.g. { from: "2026-01-01", to: "2026-03-31" }.' })
export class PropertyStatisticsPeriod {
  @Field(() => String, { description: 'First day, YYYY-MM-DD (起始日).' })
  @Validate(IsIsoDay)
  from!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD, inclusive (截止日).' })
  @Validate(IsIsoDay)
  to!: string;
}

/** The period as the half-open interval of instants it covers: [from 00:00, the day after `to` 00:00) in UTC+8. */
export function periodInstants(period: PropertyStatisticsPeriod): { from: string; before: string } {
  if (period.to < period.from) throw badUserInput('period.to must be on or after period.from.', { field: 'period' });
  const from = new Date(`${period.from}T00:00:00+08:00`);
  const before = new Date(Date.parse(`${period.to}T00:00:00+08:00`) + 86_400_000);
  return { from: from.toISOString(), before: before.toISOString() };
}
