import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { UpdateRecordInput, NAME_LENGTH } from '../place/place.input.js';

@InputType({ description: 'Which communities to list.' })
export class CommunityFilter {
  @Field(() => ID, { nullable: true, description: 'Only communities of this district.' })
  @IsOptional()
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only communities of this street.' })
  @IsOptional()
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId?: string;
}


@InputType({ description: 'A new community (社区) in a street.' })
export class CreateCommunityInput {
  @Field(() => ID, { description: 'The street it belongs to.' })
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId!: string;

  @Field(() => String, { description: 'Name, unique within the street.' })
  @NAME_LENGTH
  name!: string;
}


@InputType({ description: 'Changes to a community; omitted fields stay as they are.' })
export class UpdateCommunityInput extends UpdateRecordInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @NAME_LENGTH
  name?: string;
}
