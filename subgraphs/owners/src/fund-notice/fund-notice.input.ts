import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';

@InputType({ description: 'Which period of fund use to publish (资金使用情况公示), and where it is posted.' })
export class PublishOwnersFundNoticeInput {
  @Field(() => String, { description: 'The period: a calendar quarter "2026-Q3" or half-year "2026-H1" (China time), once it has ended (公示期间).' })
  @Length(1, 20, { message: 'period must be a quarter such as 2026-Q3 or a half-year such as 2026-H1' })
  period!: string;

  @Field(() => String, { description: 'Where and how it is posted (公示方式), e.g. 小区公告栏及业主群.' })
  @Length(1, 300, { message: 'place must be 1 to 300 characters long' })
  place!: string;

  @Field(() => Int, { nullable: true, description: 'How many days it stays posted (公示天数), 7 to 90; 15 when not given.' })
  @IsOptional()
  @IsInt({ message: 'postedDays must be a whole number of days from 7 to 90' })
  @Min(7, { message: 'postedDays must be a whole number of days from 7 to 90' })
  @Max(90, { message: 'postedDays must be a whole number of days from 7 to 90' })
  postedDays?: number;

  @Field(() => String, { nullable: true, description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with the same key returns the first notice.' })
  @IsOptional()
  idempotencyKey?: string;
}
