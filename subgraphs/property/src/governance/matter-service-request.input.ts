import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsUUID, Length } from 'class-validator';
import { ServiceRequestCategory } from '../request/request-kinds.js';

@InputType({ description: 'A service request the property company opens to carry out a governance matter (议事事项服务).' })
export class OpenMatterServiceRequestInput {
  @Field(() => String, { description: "The matter's SERVE certificate, read from governanceMatter(id) { linkCertificate } (valid for an hour)." })
  @Length(1, 4000, { message: 'matterCertificate must be 1 to 4000 characters long' })
  matterCertificate!: string;

  @Field(() => ID, { description: "The neighborhood the request serves: the matter's own, where you hold an active contract." })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => ID, { description: 'The resident who will evaluate the service (评价人, registry person id); they follow and evaluate it with their own account.' })
  @IsUUID('all', { message: 'residentPersonId must be an id' })
  residentPersonId!: string;

  @Field(() => ServiceRequestCategory, { description: 'What it is about.' })
  @IsEnum(ServiceRequestCategory)
  category!: ServiceRequestCategory;

  @Field(() => String, { description: 'Where, e.g. "小区东门停车区".' })
  @Length(1, 200, { message: 'location must be 1 to 200 characters long' })
  location!: string;

  @Field(() => String, { description: 'What will be done for the matter.' })
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters long' })
  description!: string;
}
