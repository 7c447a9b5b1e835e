import { Field, ID, InputType } from 'type-graphql';
import { IsDate, IsEnum, IsUUID, Length } from 'class-validator';
import { CommitteeLeavingKind } from './committee-member.entity.js';

@InputType({ description: 'A member leaving office (委员离任): resignation or removal, with the reason and the day; the post stays in the record.' })
export class RecordOwnersCommitteeMemberLeavingInput {
  @Field(() => ID, { description: 'The committee.' })
  @IsUUID('all', { message: 'committeeId must be an id' })
  committeeId!: string;

  @Field(() => ID, { description: 'The member (registry person id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => CommitteeLeavingKind, { description: 'Resigned or removed (离任方式).' })
  @IsEnum(CommitteeLeavingKind)
  kind!: CommitteeLeavingKind;

  @Field(() => String, { description: 'Why (离任原因).' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;

  @Field(() => Date, { description: 'The day they left office: not before the election, not in the future.' })
  @IsDate({ message: 'leftOn must be a date-time' })
  leftOn!: Date;
}
