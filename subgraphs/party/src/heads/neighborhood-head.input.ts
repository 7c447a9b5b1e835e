import { Field, ID, InputType, Int, ArgsType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { HeadSelection, NeighborhoodHeadKind } from './neighborhood-head-kinds.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Appoints a building, entrance or grid head (任命三长).' })
export class AppointNeighborhoodHeadInput {
  @Field(() => NeighborhoodHeadKind, { description: 'Kind of head.' })
  @IsEnum(NeighborhoodHeadKind)
  kind!: NeighborhoodHeadKind;

  @Field(() => ID, { description: 'The person appointed (registry Person id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => HeadSelection, { description: 'How they were chosen.' })
  @IsEnum(HeadSelection)
  selection!: HeadSelection;

  @Field(() => ID, { nullable: true, description: 'The building (registry Building id): required for BUILDING_HEAD and ENTRANCE_HEAD, refused for GRID_HEAD.' })
  @IsOptional()
  @IsUUID('all', { message: 'buildingId must be an id' })
  buildingId?: string;

  @Field(() => Int, { nullable: true, description: 'Entrance number 1–20: required for ENTRANCE_HEAD only.' })
  @IsOptional()
  @IsInt({ message: 'entranceNumber must be a whole number' })
  @Min(1, { message: 'entranceNumber must be 1 to 20' })
  @Max(20, { message: 'entranceNumber must be 1 to 20' })
  entranceNumber?: number;

  @Field(() => ID, { nullable: true, description: 'The neighborhood (registry Neighborhood id): required for GRID_HEAD, refused otherwise (the building gives it).' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => String, { nullable: true, description: 'Grid name, 1–50 characters: required for GRID_HEAD only.' })
  @IsOptional()
  @Length(1, 50, { message: 'gridName must be 1 to 50 characters long' })
  gridName?: string;

  @Field(() => String, { description: 'First day of the term, YYYY-MM-DD.' })
  @Matches(DATE, { message: 'termStart must be a date written YYYY-MM-DD' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term, YYYY-MM-DD; at most 5 years after termStart.' })
  @Matches(DATE, { message: 'termEnd must be a date written YYYY-MM-DD' })
  termEnd!: string;
}

@InputType({ description: 'Ends a head appointment before its term is over (免职/辞任); the record stays as history.' })
export class EndNeighborhoodHeadInput {
  @Field(() => ID, { description: 'The appointment.' })
  @IsUUID('all', { message: 'headId must be an id' })
  headId!: string;

  @Field(() => Int, { description: 'The version read; a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why, 1–200 characters.' })
  @Length(1, 200, { message: 'reason must be 1 to 200 characters long' })
  reason!: string;
}

@ArgsType()
export class HeadListArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Also list ended and expired appointments (history).' })
  includeEnded!: boolean;
}
