import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { ResolutionOutcome } from './resolution-outcome.js';

@InputType({ description: 'Publishing a resolution (公示).' })
export class PublishResolutionInput {
  @Field(() => ID, { description: 'The resolution.' })
  @IsUUID('all', { message: 'resolutionId must be an id' })
  resolutionId!: string;

  @Field(() => String, { description: 'Where and how it is posted (公示方式), e.g. 小区公告栏及业主群.' })
  @Length(1, 300, { message: 'place must be 1 to 300 characters long' })
  place!: string;

  @Field(() => String, { nullable: true, description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with the same key returns the first publication.' })
  @IsOptional()
  idempotencyKey?: string;
}

@InputType({ description: 'A correction of a resolution (决议更正): re-tallied against the latest electorate the committee recorded.' })
export class CorrectResolutionInput {
  @Field(() => ID, { description: 'The resolution corrected.' })
  @IsUUID('all', { message: 'resolutionId must be an id' })
  resolutionId!: string;

  @Field(() => String, { description: 'Why (更正理由), e.g. the registry corrected a unit area.' })
  @Length(5, 2000, { message: 'reason must be 5 to 2000 characters long' })
  reason!: string;
}

@InputType({ description: 'Which resolutions to list; all conditions must hold.' })
export class ResolutionFilter {
  @Field(() => ID, { nullable: true, description: 'Only resolutions of this neighborhood.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: 'Only resolutions of this street.' })
  @IsOptional()
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId?: string;

  @Field(() => ResolutionOutcome, { nullable: true, description: 'Only this outcome.' })
  @IsOptional()
  @IsEnum(ResolutionOutcome)
  outcome?: ResolutionOutcome;
}
