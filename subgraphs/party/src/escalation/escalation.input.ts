import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { EscalationLevel, EscalationSubject } from './escalation-kinds.js';

@InputType({ description: 'Raises a problem at the neighborhood branch, the first rung of the ladder (发起呼叫).' })
export class RaiseEscalationInput {
  @Field(() => ID, { description: 'The neighborhood (registry id).' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => EscalationSubject, { description: 'What is escalated.' })
  @IsEnum(EscalationSubject)
  subject!: EscalationSubject;

  @Field(() => ID, { nullable: true, description: 'For SERVICE_REQUEST: the property request (诉求) id; refused otherwise.' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceRequestId must be an id' })
  serviceRequestId?: string;

  @Field(() => String, { description: 'Title, 1–200 characters.' })
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title!: string;

  @Field(() => String, { description: 'What the problem is, 1–2000 characters.' })
  @Length(1, 2000, { message: 'description must be 1 to 2000 characters long' })
  description!: string;
}

@InputType({ description: "The current level's answer: solved, or called up to the level above (回应/上报)." })
export class AnswerEscalationInput {
  @Field(() => ID, { description: 'The escalation.' })
  @IsUUID('all', { message: 'escalationId must be an id' })
  escalationId!: string;

  @Field(() => Int, { description: 'The version read; a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => Boolean, { description: 'true: this level solved it; false: call the level above.' })
  @IsBoolean({ message: 'resolved must be true or false' })
  resolved!: boolean;

  @Field(() => String, { description: 'The answer, 1–2000 characters.' })
  @Length(1, 2000, { message: 'answer must be 1 to 2000 characters long' })
  answer!: string;
}

@InputType({ description: "Sets a district's response time limit for one level (设置回应时限)." })
export class SetEscalationLimitInput {
  @Field(() => ID, { description: 'The district.' })
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId!: string;

  @Field(() => EscalationLevel, { description: 'The level.' })
  @IsEnum(EscalationLevel)
  level!: EscalationLevel;

  @Field(() => Int, { description: 'Hours to answer, 1–2160 (90 days).' })
  @IsInt({ message: 'hours must be a whole number' })
  @Min(1, { message: 'hours must be 1 to 2160' })
  @Max(2160, { message: 'hours must be 1 to 2160' })
  hours!: number;
}
