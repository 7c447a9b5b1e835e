import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';

@InputType({ description: 'A red-ink reversal of a wrongly recorded fund entry (红字冲销), with the reason.' })
export class ReverseOwnersFundEntryInput {
  @Field(() => ID, { description: 'The entry to reverse (原分录): an ordinary entry of your neighborhood, not yet reversed.' })
  @IsUUID('all', { message: 'entryId must be an id' })
  entryId!: string;

  @Field(() => String, { description: 'Why the entry was wrong (更正理由), e.g. 金额录入错误，应为 8600 元.' })
  @Length(5, 2000, { message: 'reason must be 5 to 2000 characters long' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with the same key returns the first reversal.' })
  @IsOptional()
  idempotencyKey?: string;
}
