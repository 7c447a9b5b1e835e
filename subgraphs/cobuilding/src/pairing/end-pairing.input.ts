import { Field, ID, InputType } from 'type-graphql';
import { IsUUID, Length } from 'class-validator';

@InputType('EndPairingInput', { description: 'Ends a pairing today (终止联建), before its agreed last day; it stays on record with why.' })
export class EndPairingInput {
  @Field(() => ID, { description: 'The pairing.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'Why it ends early (终止原因), 1–500 characters.' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters long' })
  reason!: string;
}
