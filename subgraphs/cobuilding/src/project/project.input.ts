import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { CobuildingProjectStatus } from './project-status.js';

@InputType({ description: "A project (项目) putting one of your unit's resources to a need." })
export class CreateCoBuildingProjectInput {
  @Field(() => ID, { description: 'The need it serves; it must be in a place your unit is paired with.' })
  @IsUUID('all', { message: 'needId must be an id' })
  needId!: string;

  @Field(() => ID, { description: "The resource it uses: one of your unit's active resources." })
  @IsUUID('all', { message: 'resourceId must be an id' })
  resourceId!: string;

  @Field(() => String, { description: 'Name, 1–100 characters.' })
  @Length(1, 100, { message: 'title must be 1 to 100 characters long' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The governance matter (议事事项) the project serves, as the party subgraph certifies it: `GovernanceMatter.linkCertificate` while the matter's next step is SERVE (服务). The matter must be about the need's neighborhood (or, for a need of the whole community, a neighborhood of that community).",
  })
  @IsOptional()
  @Length(1, 2000, { message: 'matterCertificate must be 1 to 2000 characters long' })
  matterCertificate?: string;
}

@InputType({ description: 'A project’s evaluation by the community (项目评价).' })
export class EvaluateCoBuildingProjectInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'Rating from 1 (poor) to 5 (excellent) (满意度).' })
  @IsInt()
  @Min(1, { message: 'rating must be 1 to 5' })
  @Max(5, { message: 'rating must be 1 to 5' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Comment, up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000, { message: 'comment must be 1 to 2000 characters long' })
  comment?: string;
}

@InputType({ description: 'Stopping a project before it is done (终止项目).' })
export class CancelCoBuildingProjectInput {
  @Field(() => ID, { description: 'The project; it must be PLANNED or IN_PROGRESS.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'Why it stops (终止原因), 1–500 characters.' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters long' })
  reason!: string;
}

@InputType('CoBuildingProjectFilter', { description: 'Which projects to list; all conditions must hold.' })
export class ProjectFilter {
  @Field(() => CobuildingProjectStatus, { nullable: true, description: 'Only projects at this stage.' })
  @IsOptional()
  @IsEnum(CobuildingProjectStatus)
  status?: CobuildingProjectStatus;

  @Field(() => ID, { nullable: true, description: 'Only projects in this community.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only projects of this unit.' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be an id' })
  unitId?: string;
}
