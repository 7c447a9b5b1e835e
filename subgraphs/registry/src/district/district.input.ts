import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { UpdateRecordInput, NAME_LENGTH } from '../place/place.input.js';

@InputType('CreateDistrictInput', { description: 'Your own district (区/县), recorded once by its office: the top of the map.' })
export class CreateDistrictInput {
  @Field(() => ID, { description: "The district's id, as your token's grant names it (the identity side assigns it)." })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => String, { description: 'Name (名称), e.g. 梁山县.' })
  @NAME_LENGTH
  name!: string;

  @Field(() => String, { description: 'Administrative division code (行政区划代码), 6 digits, unique.' })
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}

@InputType({ description: 'Changes to a district; omitted fields stay as they are.' })
export class UpdateDistrictInput extends UpdateRecordInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @NAME_LENGTH
  name?: string;
}
