import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

const Stars = () => [IsInt({ message: 'stars must be a whole number' }), Min(1, { message: 'stars must be 1 to 5' }), Max(5, { message: 'stars must be 1 to 5' })];

function applyDecorators(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

@InputType({ description: "A branch's application for a year's star rating (星级申报)." })
export class ApplyForStarRatingInput {
  @Field(() => ID, { description: 'The branch applying: the one your token acts for.' })
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId!: string;

  @Field(() => Int, { description: 'The year rated, 2000 to next year.' })
  @IsInt()
  @Min(2000, { message: 'year must be 2000 or later' })
  year!: number;

  @Field(() => Int, { description: 'Stars applied for, 1–5.' })
  @applyDecorators(Stars())
  stars!: number;
}

@InputType({ description: 'A step on a star rating: the assessment or the approval.' })
export class StarRatingStepInput {
  @Field(() => ID, { description: 'The rating.' })
  @IsUUID('all', { message: 'ratingId must be an id' })
  ratingId!: string;

  @Field(() => Int, { nullable: true, description: 'Stars given, 1–5. Required to assess; when approving, defaults to the assessed stars.' })
  @IsOptional()
  @applyDecorators(Stars())
  stars?: number;
}
