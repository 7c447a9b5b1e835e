import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { PlacePathInput } from '../place/place-path.input.js';
import { MicroWishStatus } from './wish-status.js';

@InputType({ description: 'A micro-wish (微心愿) posted by a resident, or by a community worker on their behalf.' })
export class PostMicroWishInput {
  @Field(() => String, { description: 'The wish, 1–200 characters, e.g. 一副老花镜.' })
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title!: string;

  @Field(() => PlacePathInput, { description: 'Where the resident lives; the neighborhood is required.' })
  @ValidateNested()
  place!: PlacePathInput;

  @Field(() => ID, { nullable: true, description: 'Whose wish it is. A resident posts their own (leave it out); a worker names the resident.' })
  @IsOptional()
  @IsUUID('all', { message: 'residentId must be an id' })
  residentId?: string;
}

@InputType('MicroWishFilter', { description: 'Which micro-wishes to list; all conditions must hold.' })
export class MicroWishFilter {
  @Field(() => MicroWishStatus, { nullable: true, description: 'Only wishes at this stage.' })
  @IsOptional()
  @IsEnum(MicroWishStatus)
  status?: MicroWishStatus;

  @Field(() => ID, { nullable: true, description: 'Only wishes in this community.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;
}
