import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';

@InputType({ description: 'A resident orders a service from the branch (群众点单).' })
export class PlaceServiceOrderInput {
  @Field(() => String, { description: "The neighborhood's `placeCertificate` from the registry (neighborhood { placeCertificate })." })
  @Length(1, 1000, { message: "placeCertificate must be the value read from the neighborhood's placeCertificate" })
  placeCertificate!: string;

  @Field(() => ID, { nullable: true, description: 'The building concerned, in that neighborhood (registry Building id).' })
  @IsOptional()
  @IsUUID('all', { message: 'buildingId must be an id' })
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: "Only when the branch orders for a resident: the resident's registry Person id. A resident leaves it out." })
  @IsOptional()
  @IsUUID('all', { message: 'residentId must be an id' })
  residentId?: string;

  @Field(() => String, { description: 'What is needed, 1–500 characters.' })
  @Length(1, 500, { message: 'request must be 1 to 500 characters long' })
  request!: string;
}

@InputType({ description: 'A step on an order, with the version read (a stale one gets CONFLICT).' })
export class ServiceOrderStepInput {
  @Field(() => ID, { description: 'The order.' })
  @IsUUID('all', { message: 'orderId must be an id' })
  orderId!: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}

@InputType({ description: 'The branch dispatches an order to a member (支部派单).' })
export class DispatchServiceOrderInput extends ServiceOrderStepInput {
  @Field(() => ID, { description: 'The member (PartyMember id): reported in (双报到) to the community, or with a responsibility zone covering the place.' })
  @IsUUID('all', { message: 'memberId must be an id' })
  memberId!: string;
}

@InputType({ description: 'The member reports the order done (完成).' })
export class CompleteServiceOrderInput extends ServiceOrderStepInput {
  @Field(() => String, { description: 'What was done, 1–500 characters.' })
  @Length(1, 500, { message: 'note must be 1 to 500 characters long' })
  note!: string;
}

@InputType({ description: 'The resident evaluates the completed order (评价).' })
export class EvaluateServiceOrderInput extends ServiceOrderStepInput {
  @Field(() => Int, { description: 'Rating, 1–5 stars.' })
  @IsInt({ message: 'rating must be a whole number' })
  @Min(1, { message: 'rating must be 1 to 5' })
  @Max(5, { message: 'rating must be 1 to 5' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Comment, up to 500 characters.' })
  @IsOptional()
  @Length(0, 500, { message: 'comment may be at most 500 characters long' })
  comment?: string;
}

@InputType({ description: 'Sets up a responsibility zone (设立党员责任区).' })
export class AssignResponsibilityZoneInput {
  @Field(() => ID, { description: 'The member (PartyMember id).' })
  @IsUUID('all', { message: 'memberId must be an id' })
  memberId!: string;

  @Field(() => String, { description: 'Name as posted, 1–100 characters.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name!: string;

  @Field(() => [ID], { description: "The buildings (registry Building ids), 1–30, all in one branch's neighborhoods." })
  @ArrayMinSize(1, { message: 'buildingIds must list at least 1 building' })
  @ArrayMaxSize(30, { message: 'buildingIds may list at most 30 buildings' })
  @IsUUID('all', { each: true, message: 'buildingIds must be ids' })
  buildingIds!: string[];
}

@InputType({ description: 'Ends a responsibility zone (撤销); the record stays as history.' })
export class EndResponsibilityZoneInput {
  @Field(() => ID, { description: 'The zone.' })
  @IsUUID('all', { message: 'zoneId must be an id' })
  zoneId!: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}
