import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { UpdateRecordInput, NAME_LENGTH } from '../place/place.input.js';

@InputType({ description: 'Which streets to list.' })
export class StreetFilter {
  @Field(() => ID, { nullable: true, description: 'Only streets of this district.' })
  @IsOptional()
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId?: string;
}


@InputType({ description: 'A new street (街道) in a district.' })
export class CreateStreetInput {
  @Field(() => ID, { description: 'The district it belongs to.' })
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId!: string;

  @Field(() => String, { description: 'Name, unique within the district.' })
  @NAME_LENGTH
  name!: string;
}


@InputType({ description: 'Changes to a street; omitted fields stay as they are.' })
export class UpdateStreetInput extends UpdateRecordInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @NAME_LENGTH
  name?: string;
}
