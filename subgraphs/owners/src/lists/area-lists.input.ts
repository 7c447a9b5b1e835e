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
