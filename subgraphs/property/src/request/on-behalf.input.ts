import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { ServiceRequestCategory } from './request-enums.js';

@InputType({ description: "A resident's request entered by a building, entrance or grid head on their behalf (三长代办)." })
export class SubmitServiceRequestOnBehalfInput {
  @Field(() => String, { description: "Your head statement, read just before from the party subgraph (neighborhoodHeadCertificate { certificate }); valid 10 minutes." })
  @Length(1, 4000, { message: 'headCertificate must be 1 to 4000 characters long' })
  headCertificate!: string;

  @Field(() => ID, { description: 'The resident it is for (registry Person id).' })
  @IsUUID('all', { message: 'residentPersonId must be an id' })
  residentPersonId!: string;

  @Field(() => ID, { description: 'The neighborhood it concerns: one your posts cover.' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => ID, { nullable: true, description: 'The building it concerns: required from a building or entrance head (one of yours); a grid head, covering the whole neighborhood, leaves it out.' })
  @IsOptional()
  @IsUUID('all', { message: 'buildingId must be an id' })
  buildingId?: string;

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
