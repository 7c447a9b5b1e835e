import { Field, ID, InputType, Int } from 'type-graphql';
import { IsDate, IsInt, IsUUID, Length } from 'class-validator';

@InputType({ description: 'Moves a joint meeting not yet held to another time (联席会议改期); each change is kept.' })
export class RescheduleJointMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all', { message: 'meetingId must be an id' })
  meetingId!: string;

  @Field(() => Int, { description: 'The version read; a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => Date, { description: 'The new time (改期后时间); after now on the server clock.' })
  @IsDate({ message: 'heldAt must be a date-time' })
  heldAt!: Date;

  @Field(() => String, { description: 'Why (改期理由), 2–500 characters.' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}
