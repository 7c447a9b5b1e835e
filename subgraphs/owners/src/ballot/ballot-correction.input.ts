import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { BallotChoiceValue } from './ballot-kinds.js';

@InputType({ description: 'Voiding or correcting a mis-entered paper or proxy ballot before its motion closes (选票作废/更正).' })
export class VoidOwnersBallotInput {
  @Field(() => ID, { description: 'The ballot.' })
  @IsUUID('all', { message: 'ballotId must be an id' })
  ballotId!: string;

  @Field(() => BallotChoiceValue, { nullable: true, description: 'The choice the paper really shows, if it was entered wrongly; omit to void the ballot (the unit then has no ballot that counts).' })
  @IsOptional()
  @IsEnum(BallotChoiceValue)
  correctedChoice?: BallotChoiceValue;

  @Field(() => String, { description: 'Why (理由), e.g. 录入错误：纸质选票为反对.' })
  @Length(5, 2000, { message: 'reason must be 5 to 2000 characters long' })
  reason!: string;

  @Field(() => String, { description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry returns the first correction.' })
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits, - or _' })
  idempotencyKey!: string;
}
