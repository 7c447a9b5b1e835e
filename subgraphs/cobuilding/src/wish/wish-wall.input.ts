import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { IS_DATE } from '../../../platform/calendar/calendar-day.js';

@InputType('ReleaseMicroWishInput', { description: 'Gives a claimed wish back (释放认领) so someone else can claim it; the claim stays in its history.' })
export class ReleaseMicroWishInput {
  @Field(() => ID, { description: 'The wish.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'Why you give it back (释放原因), 1–500 characters.' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters long' })
  reason!: string;
}

@InputType('OpenMicroWishFilter', { description: 'Which open wishes of the wish wall (心愿墙) to list; all conditions must hold.' })
export class OpenMicroWishFilter {
  @Field(() => ID, { nullable: true, description: 'Only wishes of this community.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only wishes of this neighborhood.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => String, { nullable: true, description: 'Only wishes whose title contains this text (心愿内容), 1–50 characters.' })
  @IsOptional()
  @Length(1, 50, { message: 'titleContains must be 1 to 50 characters long' })
  titleContains?: string;

  @Field(() => String, { nullable: true, description: 'Only wishes posted on or after this day (China time), YYYY-MM-DD.' })
  @IsOptional()
  @IS_DATE('postedFrom')
  postedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Only wishes posted on or before this day (China time), YYYY-MM-DD.' })
  @IsOptional()
  @IS_DATE('postedTo')
  postedTo?: string;
}
