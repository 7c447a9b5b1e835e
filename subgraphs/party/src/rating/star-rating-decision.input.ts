import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsUUID, Length } from 'class-validator';

@InputType({ description: 'The rater of the current step returns or rejects a star rating application (退回/不予通过), with a reason.' })
export class DecideStarRatingInput {
  @Field(() => ID, { description: 'The rating (星级评定).' })
  @IsUUID('all', { message: 'ratingId must be an id' })
  ratingId!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why (理由), 2–500 characters: what the branch should improve.' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}
