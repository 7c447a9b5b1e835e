import { Field, ID, InputType } from 'type-graphql';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { AssemblyStatus, MotionStatus } from './assembly-kinds.js';
import { MatterCategory } from '../rules/matter-category.js';

@InputType({ description: 'Which assemblies to list; all conditions must hold.' })
export class OwnersAssemblyFilter {
  @Field(() => AssemblyStatus, { nullable: true, description: 'Only convened or only cancelled ones.' })
  @IsOptional()
  @IsEnum(AssemblyStatus)
  status?: AssemblyStatus;

  @Field(() => Date, { nullable: true, description: 'Only those meeting at or after this time.' })
  @IsOptional()
  @IsDate({ message: 'meetsFrom must be a date-time' })
  meetsFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Only those meeting before this time.' })
  @IsOptional()
  @IsDate({ message: 'meetsBefore must be a date-time' })
  meetsBefore?: Date;
}

@InputType({ description: 'Which motions to list; all conditions must hold.' })
export class OwnersMotionFilter {
  @Field(() => MotionStatus, { nullable: true, description: 'Only open or only closed ones.' })
  @IsOptional()
  @IsEnum(MotionStatus)
  status?: MotionStatus;

  @Field(() => MatterCategory, { nullable: true, description: 'Only this matter category.' })
  @IsOptional()
  @IsEnum(MatterCategory)
  category?: MatterCategory;

  @Field(() => ID, { nullable: true, description: 'Only the motions of this assembly.' })
  @IsOptional()
  @IsUUID('all', { message: 'assemblyId must be an id' })
  assemblyId?: string;
}
