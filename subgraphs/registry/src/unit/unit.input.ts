import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, Length, ValidateIf } from 'class-validator';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { IsPositiveDecimal } from '../../../platform/scalars/positive-decimal.js';
import { UpdateRecordInput } from '../place/place.input.js';
import { UnitUse } from './unit-use.js';

const MAX_AREA_M2 = 100_000;
const MAX_OWNERS = 20;

@InputType({ description: 'Which units to list: give a building or a neighborhood.' })
export class UnitFilter {
  @Field(() => ID, { nullable: true, description: 'Only units of this building.' })
  @ValidateIf((filter: UnitFilter) => filter.buildingId !== undefined || filter.neighborhoodId === undefined)
  @IsUUID('all', { message: 'buildingId must be an id (give buildingId or neighborhoodId)' })
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: 'Only units of this neighborhood.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only units the developer still holds (true) or only sold ones (false).' })
  @IsOptional()
  @IsBoolean()
  developerHeld?: boolean;
}

@InputType({ description: 'A new exclusive unit (专有部分) in a building.' })
export class CreateUnitInput {
  @Field(() => ID, { description: 'The building it is in.' })
  @IsUUID('all', { message: 'buildingId must be an id' })
  buildingId!: string;

  @Field(() => String, { description: 'Unit number, unique within the building, e.g. 2-1-301.' })
  @Length(1, 30, { message: 'number must be 1 to 30 characters long' })
  number!: string;

  @Field(() => DecimalScalar, { description: `Registered floor area in m², greater than 0 and at most ${MAX_AREA_M2}.` })
  @IsPositiveDecimal(MAX_AREA_M2)
  area!: string;

  @Field(() => UnitUse, { nullable: true, description: 'Use; residential if omitted.' })
  @IsOptional()
  @IsEnum(UnitUse)
  use?: UnitUse;

  @Field(() => Boolean, { nullable: true, description: 'Still held by the developer (unsold or undelivered); false if omitted.' })
  @IsOptional()
  @IsBoolean()
  developerHeld?: boolean;
}

@InputType({ description: 'Changes to a unit; it stays in its building.' })
export class UpdateUnitInput extends UpdateRecordInput {
  @Field(() => String, { nullable: true, description: 'New unit number.' })
  @IsOptional()
  @Length(1, 30, { message: 'number must be 1 to 30 characters long' })
  number?: string;

  @Field(() => DecimalScalar, { nullable: true, description: `Corrected registered area in m², greater than 0 and at most ${MAX_AREA_M2}.` })
  @IsOptional()
  @IsPositiveDecimal(MAX_AREA_M2)
  area?: string;

  @Field(() => UnitUse, { nullable: true, description: 'New use.' })
  @IsOptional()
  @IsEnum(UnitUse)
  use?: UnitUse;
}

@InputType({ description: 'Who owns a unit now (产权登记). Replaces the previous owners.' })
export class SetUnitOwnersInput {
  @Field(() => ID, { description: 'The unit.' })
  @IsUUID('all', { message: 'unitId must be an id' })
  unitId!: string;

  @Field(() => [ID], { description: `Its owners (${MAX_OWNERS} at most); empty while the developer holds it.` })
  @ArrayMaxSize(MAX_OWNERS, { message: `a unit has at most ${MAX_OWNERS} owners` })
  @IsUUID('all', { each: true, message: 'ownerIds must be ids' })
  ownerIds!: string[];

  @Field(() => Boolean, { description: 'Whether the developer still holds it; then ownerIds must be empty.' })
  @IsBoolean()
  developerHeld!: boolean;
}
