import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { ID } from 'type-graphql';
import { AssemblyForm } from './assembly-kinds.js';
import { MatterCategory } from '../rules/matter-category.js';

@InputType({ description: 'A motion on the agenda (议题).' })
export class MotionInput {
  @Field(() => String, { description: 'Title (事项名称).' })
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What is proposed (事项说明).' })
  @IsOptional()
  @Length(1, 5000, { message: 'description must be 1 to 5000 characters long' })
  description?: string;

  @Field(() => MatterCategory, { description: 'Matter under 民法典 Art. 278.' })
  @IsEnum(MatterCategory)
  category!: MatterCategory;

  @Field(() => String, {
    nullable: true,
    description:
      'Links the motion to a governance matter (议事事项) the joint meeting agreed and that awaits the owners\' decision (决议): the matter\'s ' +
      '`linkCertificate` (step RESOLVE), for this neighborhood. Omit for the committee\'s own motions.',
  })
  @IsOptional()
  @Length(1, 4000, { message: 'matterCertificate must be 1 to 4000 characters long' })
  matterCertificate?: string;
}

@InputType({ description: "An owners' assembly to convene, with its agenda." })
export class ConveneOwnersAssemblyInput {
  @Field(() => String, { description: 'Title (会议名称).' })
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title!: string;

  @Field(() => AssemblyForm, { description: 'On site, written consultation or online.' })
  @IsEnum(AssemblyForm)
  form!: AssemblyForm;

  @Field(() => Date, {
    description:
      'When it meets and voting opens (会议/表决开始时间): at least 15 days after now, since the notice is given when it is convened (the server\'s time).',
  })
  @IsDate({ message: 'meetsOn must be a date-time' })
  meetsOn!: Date;

  @Field(() => [MotionInput], { description: 'The agenda, 1 to 20 motions, in order.' })
  @ArrayMinSize(1, { message: 'an assembly needs at least one motion' })
  @ArrayMaxSize(20, { message: 'an assembly has at most 20 motions' })
  @ValidateNested({ each: true })
  motions!: MotionInput[];

  @Field(() => String, { nullable: true, description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with the same key returns the first result.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits, - or _' })
  idempotencyKey?: string;
}

@InputType({ description: "Postponing an owners' assembly (会议延期): a new notice, and the 15 days run again from it." })
export class PostponeOwnersAssemblyInput {
  @Field(() => ID, { description: 'The assembly.' })
  @IsUUID('all', { message: 'assemblyId must be an id' })
  assemblyId!: string;

  @Field(() => Date, { description: 'The new time it meets: at least 15 days after now (the new notice).' })
  @IsDate({ message: 'meetsOn must be a date-time' })
  meetsOn!: Date;

  @Field(() => String, { description: 'Why (延期理由).' })
  @Length(2, 2000, { message: 'reason must be 2 to 2000 characters long' })
  reason!: string;
}

@InputType({ description: "Cancelling an owners' assembly before it meets (取消会议)." })
export class CancelOwnersAssemblyInput {
  @Field(() => ID, { description: 'The assembly.' })
  @IsUUID('all', { message: 'assemblyId must be an id' })
  assemblyId!: string;

  @Field(() => String, { description: 'Why (取消理由).' })
  @Length(2, 2000, { message: 'reason must be 2 to 2000 characters long' })
  reason!: string;
}
