import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { UpdateRecordInput } from '../place/place.input.js';
import { PHONE, PHONE_MESSAGE } from './phone.js';

@InputType({ description: 'A person to register (人员登记).' })
export class CreatePersonInput {
  @Field(() => String, { description: 'Full name.' })
  @Length(1, 50, { message: 'name must be 1 to 50 characters long' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mobile or landline number.' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string;

  @Field(() => String, {
    nullable: true,
    description: '18-character resident ID number (身份证号). Only a keyed hash and the last four characters are stored.',
  })
  @IsOptional()
  @Length(18, 18, { message: 'idNumber must be 18 characters long' })
  idNumber?: string;

  @Field(() => ID, { description: 'The community the person is registered in (所在社区).' })
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: 'The neighborhood the person lives in, within that community.' })
  @IsOptional()
  @IsUUID('all', { message: 'residenceNeighborhoodId must be an id' })
  residenceNeighborhoodId?: string;
}

@InputType({ description: "Changes to a person's record; omitted fields stay as they are." })
export class UpdatePersonInput extends UpdateRecordInput {
  @Field(() => String, { nullable: true, description: 'Corrected full name.' })
  @IsOptional()
  @Length(1, 50, { message: 'name must be 1 to 50 characters long' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New phone number.' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string;

  @Field(() => ID, { nullable: true, description: 'New neighborhood of residence, within the same community.' })
  @IsOptional()
  @IsUUID('all', { message: 'residenceNeighborhoodId must be an id' })
  residenceNeighborhoodId?: string;
}
