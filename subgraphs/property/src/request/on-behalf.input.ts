import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { RequestContentInput } from './service-request.input.js';

@InputType({ description: "A resident's request entered by a building, entrance or grid head on their behalf (三长代办)." })
export class SubmitServiceRequestOnBehalfInput extends RequestContentInput {
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
}
