import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { EvaluationCriterion } from './evaluation-kinds.js';

@InputType({ description: 'The score of one criterion.' })
export class CriterionScoreInput {
  @Field(() => EvaluationCriterion, { description: 'The criterion.' })
  @IsEnum(EvaluationCriterion)
  criterion!: EvaluationCriterion;

  @Field(() => Int, { description: 'Score 0–100.' })
  @IsInt()
  @Min(0, { message: 'score must be 0 to 100' })
  @Max(100, { message: 'score must be 0 to 100' })
  score!: number;
}

@InputType({ description: 'An evaluation of the serving company for a quarter (评议), scoring every named criterion.' })
export class RecordServiceEvaluationInput {
  @Field(() => ID, { description: 'The contract evaluated.' })
  @IsUUID('all', { message: 'contractId must be an id' })
  contractId!: string;

  @Field(() => Int, { description: 'Year.' })
  @IsInt()
  @Min(2000, { message: 'year must be 2000 to 2100' })
  @Max(2100, { message: 'year must be 2000 to 2100' })
  year!: number;

  @Field(() => Int, { description: 'Quarter 1–4.' })
  @IsInt()
  @Min(1, { message: 'quarter must be 1 to 4' })
  @Max(4, { message: 'quarter must be 1 to 4' })
  quarter!: number;

  @Field(() => [CriterionScoreInput], { description: 'One score per named criterion.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  scores!: CriterionScoreInput[];

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  @IsOptional()
  @Length(1, 1000, { message: 'remarks must be 1 to 1000 characters long' })
  remarks?: string;
}
