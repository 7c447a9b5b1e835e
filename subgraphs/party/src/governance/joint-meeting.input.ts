import { Field, ID, InputType, Int } from 'type-graphql';
import { IsDate, IsInt, IsUUID, Length, ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { DeliberationOutcome, MeetingCapacity } from './governance-kinds.js';
import { OrganizationRefInput } from './organization-ref.input.js';

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

@InputType({ description: 'A seat at a joint meeting.' })
export class MeetingParticipantInput {
  @Field(() => ID, { description: 'The person (registry Person id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => MeetingCapacity, { description: 'In which capacity.' })
  @IsEnum(MeetingCapacity)
  capacity!: MeetingCapacity;

  @Field(() => OrganizationRefInput, { nullable: true, description: 'The organisation they speak for; none for a resident.' })
  @IsOptional()
  @ValidateNested()
  organization?: OrganizationRefInput;

  @Field(() => Boolean, { description: 'Whether they attended (false for one invited who stayed away).' })
  @IsBoolean()
  attended!: boolean;
}

@InputType({ description: 'A joint meeting the branch convenes (召开三方联席会议).' })
export class ConveneJointMeetingInput {
  @Field(() => ID, { description: 'The neighborhood; its branch convenes.' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => Date, { description: 'When it is or was held; deliberations can be recorded once this time has passed.' })
  @IsDate()
  heldAt!: Date;

  @Field(() => String, { description: 'Where (会议地点), 2 to 200 characters.' })
  @MinLength(2, { message: 'location must have at least 2 characters' })
  @MaxLength(200, { message: 'location must have at most 200 characters' })
  location!: string;

  @Field(() => [MeetingParticipantInput], { description: 'Participants, 2 to 60, each person once.' })
  @ArrayMinSize(2, { message: 'a joint meeting needs at least 2 participants' })
  @ArrayMaxSize(60, { message: 'a joint meeting has at most 60 participants' })
  @ValidateNested({ each: true })
  participants!: MeetingParticipantInput[];

  @Field(() => String, { nullable: true, description: 'Minutes (会议纪要), at most 20000 characters.' })
  @IsOptional()
  @MaxLength(20000, { message: 'minutes must have at most 20000 characters' })
  minutes?: string;
}

@InputType({ description: "A joint meeting's decision on a matter (商议)." })
export class RecordDeliberationInput {
  @Field(() => ID, { description: 'The meeting; it must have been held already.' })
  @IsUUID('all', { message: 'meetingId must be an id' })
  meetingId!: string;

  @Field(() => ID, { description: "The matter; of the meeting's neighborhood, not yet agreed or rejected." })
  @IsUUID('all', { message: 'matterId must be an id' })
  matterId!: string;

  @Field(() => DeliberationOutcome, { description: 'The outcome.' })
  @IsEnum(DeliberationOutcome)
  outcome!: DeliberationOutcome;

  @Field(() => String, { description: 'What was said or agreed, at most 4000 characters.' })
  @MaxLength(4000, { message: 'note must have at most 4000 characters' })
  note!: string;
}
