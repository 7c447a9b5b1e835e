import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { JointUnitKind } from './joint-unit-kind.js';
import { UnitPostTitle } from './unit-post-title.js';
import { IS_DATE } from '../../../platform/calendar/calendar-day.js';

@InputType('JointUnitReportInInput', { description: 'A unit reporting to a community it is paired with (单位双报到).' })
export class ReportInInput {
  @Field(() => ID, { description: 'The community reported to; the unit must be paired with it.' })
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId!: string;

  @Field(() => Int, { description: 'Year of the report-in (年度).' })
  @IsInt()
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year!: number;

  @Field(() => Int, { description: 'How many of the unit’s party members report to the community (报到党员人数), at least 1.' })
  @IsInt()
  @Min(1, { message: 'memberCount must be at least 1' })
  @Max(100000, { message: 'memberCount must be at most 100000' })
  memberCount!: number;
}

@InputType('RegisterJointBuildingUnitInput', { description: 'A new joint-building unit (共驻共建单位) in the directory.' })
export class RegisterJointBuildingUnitInput {
  @Field(() => String, { description: 'Name, unique, 1–100 characters.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name!: string;

  @Field(() => JointUnitKind, { description: 'Kind of unit.' })
  @IsEnum(JointUnitKind)
  kind!: JointUnitKind;

  @Field(() => ID, { nullable: true, description: "Id of the unit's own party organisation in the party subgraph, if it has one." })
  @IsOptional()
  @IsUUID('all', { message: 'partyOrganizationId must be an id' })
  partyOrganizationId?: string;
}

@InputType('AppointUnitPostInput', { description: 'A post a person takes up for your unit towards a paired community (共建单位职务).' })
export class AppointUnitPostInput {
  @Field(() => ID, { description: 'The registry person.' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => UnitPostTitle, { description: 'Which post.' })
  @IsEnum(UnitPostTitle)
  title!: UnitPostTitle;

  @Field(() => ID, { description: 'The community served; your unit must be paired with it.' })
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId!: string;

  @Field(() => String, { description: 'Since when, YYYY-MM-DD.' })
  @IS_DATE('since')
  since!: string;
}
