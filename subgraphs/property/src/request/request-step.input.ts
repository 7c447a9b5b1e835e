import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';

const VERSION = 'The version you last read (版本); if someone changed the request since, the step is refused with CONFLICT.';

@InputType({ description: 'A step on a request by the company (受理、办理、办结).' })
export class ServiceRequestStepInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Reply or remark; required when resolving (办结反馈).' })
  @IsOptional()
  @Length(1, 1000, { message: 'note must be 1 to 1000 characters long' })
  note?: string;

  @Field(() => Int, { nullable: true, description: VERSION })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: "The resident's evaluation of a resolved request (评价)." })
export class EvaluateServiceRequestInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'Satisfaction 1 (very dissatisfied) to 5 (very satisfied).' })
  @IsInt()
  @Min(1, { message: 'satisfaction must be 1 to 5' })
  @Max(5, { message: 'satisfaction must be 1 to 5' })
  satisfaction!: number;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  @IsOptional()
  @Length(1, 1000, { message: 'comment must be 1 to 1000 characters long' })
  comment?: string;

  @Field(() => Int, { nullable: true, description: VERSION })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: 'Reopens a request the resident is dissatisfied with (不满意重办).' })
export class ReopenServiceRequestInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'What is still wrong.' })
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters long' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: VERSION })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: 'Moves a request to the neighborhood it really concerns (更正小区), before the company accepts it.' })
export class ReassignServiceRequestInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => ID, { description: 'The right neighborhood, in your community and served by a company today.' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => String, { description: 'Why (e.g. the resident lives in 2号楼 of the neighboring 小区).' })
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters long' })
  reason!: string;
}
