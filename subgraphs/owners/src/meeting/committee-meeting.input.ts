import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsUUID, Length, ValidateNested } from 'class-validator';

@InputType({ description: 'A decision put to the meeting, with the members in favour.' })
export class CommitteeDecisionInput {
  @Field(() => String, { description: 'What was put.' })
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title!: string;

  @Field(() => [ID], { description: 'Members present who voted in favour (person ids).' })
  @IsUUID('all', { each: true, message: 'inFavourPersonIds must be ids' })
  @ArrayMaxSize(12, { message: 'inFavourPersonIds lists at most 12 people' })
  inFavourPersonIds!: string[];
}

@InputType({ description: 'The minutes of a committee meeting.' })
export class RecordCommitteeMeetingInput {
  @Field(() => Date, { description: 'When it was held.' })
  @IsDate({ message: 'heldAt must be a date' })
  heldAt!: Date;

  @Field(() => String, { description: 'Subject.' })
  @Length(1, 200, { message: 'subject must be 1 to 200 characters long' })
  subject!: string;

  @Field(() => [ID], { description: 'Voting members present (person ids).' })
  @IsUUID('all', { each: true, message: 'presentPersonIds must be ids' })
  @ArrayMaxSize(12, { message: 'presentPersonIds lists at most 12 people' })
  presentPersonIds!: string[];

  @Field(() => [CommitteeDecisionInput], { description: 'Decisions put, 1 to 20.' })
  @ArrayMinSize(1, { message: 'a meeting records at least one decision' })
  @ArrayMaxSize(20, { message: 'a meeting records at most 20 decisions' })
  @ValidateNested({ each: true })
  decisions!: CommitteeDecisionInput[];
}
