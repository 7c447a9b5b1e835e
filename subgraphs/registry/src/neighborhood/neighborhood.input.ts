import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { ADDRESS_LENGTH, BuiltYear, UpdateRecordInput, NAME_LENGTH } from '../place/place.input.js';
import { NeighborhoodKind } from './neighborhood-kind.js';

@InputType({ description: 'Which neighborhoods to list; all conditions must hold.' })
export class NeighborhoodFilter {
  @Field(() => ID, { nullable: true, description: 'Only neighborhoods of this district.' })
  @IsOptional()
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only neighborhoods of this street.' })
  @IsOptional()
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId?: string;

  @Field(() => ID, { nullable: true, description: 'Only neighborhoods of this community.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;

  @Field(() => NeighborhoodKind, { nullable: true, description: 'Only gated or only open neighborhoods.' })
  @IsOptional()
  kind?: NeighborhoodKind;

  @Field(() => String, { nullable: true, description: 'Only neighborhoods whose name contains this text.' })
  @IsOptional()
  @Length(1, 50, { message: 'nameContains must be 1 to 50 characters long' })
  nameContains?: string;
}


@InputType({ description: 'A new neighborhood (小区) in a community.' })
export class CreateNeighborhoodInput {
  @Field(() => ID, { description: 'The community it belongs to.' })
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId!: string;

  @Field(() => String, { description: 'Name, unique within the community.' })
  @NAME_LENGTH
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @IsOptional()
  @ADDRESS_LENGTH
  address?: string;

  @Field(() => NeighborhoodKind, { nullable: true, description: 'Gated or open; gated if omitted.' })
  @IsOptional()
  @IsEnum(NeighborhoodKind)
  kind?: NeighborhoodKind;

  @Field(() => Int, { nullable: true, description: 'Year completed.' })
  @IsOptional()
  @BuiltYear()
  builtYear?: number;
}


@InputType({ description: 'Changes to a neighborhood; omitted fields stay as they are. It cannot move to another community.' })
export class UpdateNeighborhoodInput extends UpdateRecordInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @NAME_LENGTH
  name?: string;

  @Field(() => String, { nullable: true, description: 'New address.' })
  @IsOptional()
  @ADDRESS_LENGTH
  address?: string;

  @Field(() => NeighborhoodKind, { nullable: true, description: 'Gated or open.' })
  @IsOptional()
  @IsEnum(NeighborhoodKind)
  kind?: NeighborhoodKind;

  @Field(() => Int, { nullable: true, description: 'Year completed.' })
  @IsOptional()
  @BuiltYear()
  builtYear?: number;
}
