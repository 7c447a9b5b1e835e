import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { PlacePathInput } from '../place/place-path.input.js';
import { IS_DATE } from '../../../platform/calendar/calendar-day.js';

@InputType({ description: 'A volunteer activity to record (志愿服务活动), with who took part.' })
export class RecordVolunteerActivityInput {
  @Field(() => String, { description: 'What was done, 1–100 characters.' })
  @Length(1, 100, { message: 'title must be 1 to 100 characters long' })
  title!: string;

  @Field(() => String, { description: 'The volunteer team (志愿服务队), 1–100 characters.' })
  @Length(1, 100, { message: 'team must be 1 to 100 characters long' })
  team!: string;

  @Field(() => PlacePathInput, { description: 'The community served (and neighborhood, if one). A unit records only where it is paired.' })
  @ValidateNested()
  area!: PlacePathInput;

  @Field(() => String, { description: 'Where exactly (活动地点), 1–200 characters.' })
  @Length(1, 200, { message: 'place must be 1 to 200 characters long' })
  place!: string;

  @Field(() => String, { description: 'Date held, YYYY-MM-DD.' })
  @IS_DATE('heldOn')
  heldOn!: string;

  @Field(() => DecimalScalar, { description: 'Hours each participant served: more than 0, at most 24, one decimal place.' })
  hours!: string;

  @Field(() => Int, { description: 'People served (服务人次).' })
  @IsInt()
  @Min(0, { message: 'peopleServed must be at least 0' })
  @Max(100000, { message: 'peopleServed must be at most 100000' })
  peopleServed!: number;

  @Field(() => [ID], { description: 'The registry ids of the people who took part (1–200, no repeats); the hours are credited to each.' })
  @ArrayMinSize(1, { message: 'participantIds must name at least one person' })
  @ArrayMaxSize(200, { message: 'participantIds must name at most 200 people' })
  @ArrayUnique({ message: 'participantIds must not repeat a person' })
  @IsUUID('all', { each: true, message: 'participantIds must be ids' })
  participantIds!: string[];
}
