import { Field, InputType } from 'type-graphql';
import { IsDate, IsOptional } from 'class-validator';

@InputType({ description: 'A period of time (统计期间): from (inclusive) to (exclusive); either end may be left open.' })
export class OwnersPeriodInput {
  @Field(() => Date, { nullable: true, description: 'From this moment, inclusive (起); open when omitted.' })
  @IsOptional()
  @IsDate({ message: 'period.from must be a date-time' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Up to this moment, exclusive (止); open when omitted.' })
  @IsOptional()
  @IsDate({ message: 'period.to must be a date-time' })
  to?: Date;
}

// The arguments and descriptions the community, street and district lists share; NEIGHBORHOODS is what the gateway brings of a community.
export const NEIGHBORHOODS = 'neighborhoods { id kind }';
export const KIND_ARG = { nullable: true, description: 'Only neighborhoods of this kind: CLOSED for those expected to form a committee (小区类型).' } as const;
export const WITHIN_ARG = { defaultValue: 90, description: 'Terms ending within this many days from today, 0 to 366; ended terms are always listed (天数).' } as const;
export const PERIOD_ARG = { nullable: true, description: 'The period counted; all time when omitted (统计期间).' } as const;
export const WITHOUT_DESCRIPTION = (area: string) =>
  `Neighborhoods of the ${area} you may read with no owners' committee in office (未成立业委会的小区), by id. Area offices of the ${area} only.`;
export const DUE_DESCRIPTION = (area: string) =>
  `Committees in office of the ${area} whose term ends within \`withinDays\` or has ended (应换届的业委会), earliest term end first. Area offices of the ${area} only.`;
export const COUNTS_DESCRIPTION = (area: string) =>
  `Counts of owners' assemblies, motions and resolutions of the ${area} in a period (业主大会活动统计), computed in SQL. Area offices of the ${area} only.`;
