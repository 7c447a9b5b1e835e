import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Length } from 'class-validator';
import { DecimalScalar } from '../../platform/scalars/decimal.js';
import { IsPositiveDecimal } from '../../platform/scalars/positive-decimal.js';

@InputType({ description: 'Edits a service station (修改服务阵地); fields left out stay as they are.' })
export class UpdatePartyServiceStationInput {
  @Field(() => ID, { description: 'The station (服务阵地).' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New name (名称), 1–100 characters.' })
  @IsOptional()
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'New floor area in m², more than 0 and at most 10000.' })
  @IsOptional()
  @IsPositiveDecimal(10000)
  floorArea?: string;

  @Field(() => String, { nullable: true, description: 'New opening hours as posted, 1–100 characters.' })
  @IsOptional()
  @Length(1, 100, { message: 'openingHours must be 1 to 100 characters long' })
  openingHours?: string;
}

@InputType({ description: 'Changes the households a central household serves (调整联系户).' })
export class UpdateCentralHouseholdInput {
  @Field(() => ID, { description: 'The central household (党员中心户).' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => [ID], { description: 'The households it serves from now on (registry Unit ids), 1–20, in the same neighborhood, not its own.' })
  @ArrayMaxSize(50, { message: 'servedUnitIds may list at most 50 ids' })
  @IsUUID('all', { each: true, message: 'servedUnitIds must be ids' })
  servedUnitIds!: string[];
}

@InputType({ description: "Changes a report-in's paired households (调整结对户)." })
export class UpdatePartyReportInInput {
  @Field(() => ID, { description: 'The report-in (双报到).' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => [ID], { description: 'The 10–15 households paired with from now on (registry Unit ids), in the community reported to.' })
  @ArrayMaxSize(50, { message: 'pairedUnitIds may list at most 50 ids' })
  @IsUUID('all', { each: true, message: 'pairedUnitIds must be ids' })
  pairedUnitIds!: string[];
}

@InputType({ description: 'Ends a record (a station closed, a central household or report-in ended); the record stays as history with who, when and why.' })
export class EndPartyRecordInput {
  @Field(() => ID, { description: 'The record (记录).' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why (原因), 2–500 characters.' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}
