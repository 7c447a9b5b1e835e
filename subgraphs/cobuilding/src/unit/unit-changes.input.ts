import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { JointUnitKind } from './joint-unit-kind.js';

@InputType('UpdateJointBuildingUnitInput', { description: "A change of your unit's directory record (单位信息变更); fields left out stay as they are." })
export class UpdateJointBuildingUnitInput {
  @Field(() => ID, { description: 'Your unit.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read; if the record changed since, the update is refused with CONFLICT.' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New name (单位名称), unique, 1–100 characters.' })
  @IsOptional()
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name?: string;

  @Field(() => JointUnitKind, { nullable: true, description: 'New kind of unit (单位类型).' })
  @IsOptional()
  @IsEnum(JointUnitKind)
  kind?: JointUnitKind;

  @Field(() => ID, { nullable: true, description: "Its own party organisation in the party subgraph (单位党组织), once formed." })
  @IsOptional()
  @IsUUID('all', { message: 'partyOrganizationId must be an id' })
  partyOrganizationId?: string;
}

@InputType('EndJointUnitPostInput', { description: 'Ends a post held for a unit (离任); the post stays on record with its last day and why.' })
export class EndUnitPostInput {
  @Field(() => ID, { description: 'The post.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'Why it ends (离任原因), 1–500 characters.' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters long' })
  reason!: string;
}
