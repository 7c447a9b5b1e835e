import { Field, ID, InputType } from 'type-graphql';
import { IsUUID, Length } from 'class-validator';

@InputType({ description: "A person added to the street's negative list." })
export class AddNegativeListEntryInput {
  @Field(() => ID, { description: 'The street (one of yours).' })
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId!: string;

  @Field(() => ID, { description: 'The person (registry id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => String, { description: 'Why (列入原因).' })
  @Length(2, 300, { message: 'reason must be 2 to 300 characters long' })
  reason!: string;
}
