import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, IsBoolean, MaxLength, MinLength } from 'class-validator';
import { MatterStep } from '../../../platform/access/matter-certificate.js';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { GovernanceStage, MatterCategory } from './governance-kinds.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class NeighborhoodMattersArgs extends PageArgs {
  @Field(() => GovernanceStage, {
    nullable: true,
    description:
      "Only matters at this stage (议事进度). Narrowed in SQL by what the party records (deliberations, withdrawal, whether the owners decide); the owners', property and cobuilding records then decide each node's exact `stage`.",
  })
  @IsOptional()
  @IsEnum(GovernanceStage)
  stage?: GovernanceStage;

  @Field(() => MatterStep, {
    nullable: true,
    description:
      "Only matters whose joint meeting opened this step (下一步): RESOLVE (agreed, the owners decide) or SERVE (agreed), neither withdrawn nor rejected. Each node's `nextStep` says whether it is still open.",
  })
  @IsOptional()
  @IsEnum(MatterStep)
  nextStep?: MatterStep;

  @Field(() => MatterCategory, { nullable: true, description: 'Only matters of this category (事项类别).' })
  @IsOptional()
  @IsEnum(MatterCategory)
  category?: MatterCategory;

  @Field(() => String, { nullable: true, description: 'Only matters proposed on or after this day (提议日期起), YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, { message: 'proposedFrom must be a date written YYYY-MM-DD' })
  proposedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Only matters proposed on or before this day (提议日期止), YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE, { message: 'proposedTo must be a date written YYYY-MM-DD' })
  proposedTo?: string;
}

@InputType({ description: 'Withdraws a governance matter (撤回议事事项) before a joint meeting agreed or rejected it; the record stays as history.' })
export class WithdrawGovernanceMatterInput {
  @Field(() => ID, { description: 'The matter.' })
  @IsUUID('all', { message: 'matterId must be an id' })
  matterId!: string;

  @Field(() => Int, { description: 'The version read; a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why (撤回理由), 2–500 characters.' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}

@InputType({ description: 'A matter the neighborhood branch proposes (提议).' })
export class ProposeGovernanceMatterInput {
  @Field(() => ID, { description: 'The neighborhood it concerns; its branch proposes it.' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => String, { description: 'Title (事项名称), 2 to 200 characters.' })
  @MinLength(2, { message: 'title must have at least 2 characters' })
  @MaxLength(200, { message: 'title must have at most 200 characters' })
  title!: string;

  @Field(() => String, { description: 'What is proposed and why (事项说明), at most 4000 characters.' })
  @MaxLength(4000, { message: 'description must have at most 4000 characters' })
  description!: string;

  @Field(() => MatterCategory, { description: 'Category (事项类别).' })
  @IsEnum(MatterCategory)
  category!: MatterCategory;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the owners' assembly must decide it. Default: true for MAINTENANCE_FUND_USE and COMMON_PART_USE (which always need it), false otherwise.",
  })
  @IsOptional()
  @IsBoolean()
  needsOwnersDecision?: boolean;

  @Field(() => ID, { nullable: true, description: 'The property company the matter concerns (its evaluation, hiring or dismissal), for recusal.' })
  @IsOptional()
  @IsUUID('all', { message: 'concernedCompanyId must be an id' })
  concernedCompanyId?: string;
}
