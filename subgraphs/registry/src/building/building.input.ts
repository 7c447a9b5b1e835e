import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { UpdateRecordInput } from '../place/place.input.js';

@InputType({ description: 'Which buildings to list.' })
export class BuildingFilter {
  @Field(() => ID, { description: 'The neighborhood whose buildings to list.' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;
}


@InputType({ description: 'A new building (楼栋) in a neighborhood.' })
export class CreateBuildingInput {
  @Field(() => ID, { description: 'The one neighborhood it belongs to.' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => String, { description: 'Building number, unique within the neighborhood, e.g. 3号楼.' })
  @Length(1, 30, { message: 'number must be 1 to 30 characters long' })
  number!: string;

  @Field(() => Int, { nullable: true, description: 'Floors above ground, 1 to 200.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'floors must be at least 1' })
  @Max(200, { message: 'floors must be at most 200' })
  floors?: number;
}


@InputType({ description: 'Changes to a building; it stays in its neighborhood.' })
export class UpdateBuildingInput extends UpdateRecordInput {
  @Field(() => String, { nullable: true, description: 'New building number.' })
  @IsOptional()
  @Length(1, 30, { message: 'number must be 1 to 30 characters long' })
  number?: string;

  @Field(() => Int, { nullable: true, description: 'Floors above ground, 1 to 200.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'floors must be at least 1' })
  @Max(200, { message: 'floors must be at most 200' })
  floors?: number;
}
