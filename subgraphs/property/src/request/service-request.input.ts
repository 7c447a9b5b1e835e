import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { ServiceRequestCategory } from './request-kinds.js';

/** What every new request states, however it is entered: its category, place and text. */
@InputType('RequestContentInput', { description: 'Shared fields of request inputs; not used on its own.' })
export abstract class RequestContentInput {
  @Field(() => ServiceRequestCategory, { description: 'What it is about.' })
  @IsEnum(ServiceRequestCategory)
  category!: ServiceRequestCategory;

  @Field(() => String, { description: 'Where, e.g. "3号楼2单元门口".' })
  @Length(1, 200, { message: 'location must be 1 to 200 characters long' })
  location!: string;

  @Field(() => String, { description: 'What is asked for.' })
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters long' })
  description!: string;
}

@InputType({ description: 'A resident request to submit (提交诉求).' })
export class SubmitServiceRequestInput extends RequestContentInput {
  @Field(() => ID, { description: 'The neighborhood it concerns: for a resident, where they live or own (as they state it).' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => ID, { nullable: true, description: 'The resident it is for: required from a community worker recording it on their behalf; a resident omits it.' })
  @IsOptional()
  @IsUUID('all', { message: 'residentPersonId must be an id' })
  residentPersonId?: string;
}
