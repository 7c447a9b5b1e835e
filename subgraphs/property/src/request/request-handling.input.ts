import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';

const VERSION = 'The version you last read (版本); if someone changed the request since, the step is refused with CONFLICT.';

/** The request a step is taken on, and the version the caller read. */
@InputType('VersionedRequestInput', { description: 'Shared fields of request inputs; not used on its own.' })
abstract class VersionedRequestInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: VERSION })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be a version you read' })
  expectedVersion!: number;
}

@InputType({ description: 'A step that needs a reason the resident will read: declining (不予受理), handing to the community (转交社区), cancelling (撤销), withdrawing (撤回).' })
export class ReasonedRequestStepInput extends VersionedRequestInput {

  @Field(() => String, { description: 'Why (理由), shown in the request\'s history.' })
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters long' })
  reason!: string;
}

@InputType({ description: 'Sends a handed-over request to the company serving a neighborhood today (派单).' })
export class DispatchServiceRequestInput extends VersionedRequestInput {

  @Field(() => ID, { description: 'The neighborhood whose serving company takes it: the request\'s own or another of your area; its company today receives it.' })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => String, { description: 'Why, e.g. 经核实属物业服务范围 (派单说明).' })
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters long' })
  reason!: string;
}

@InputType({ description: 'Assigns a request to a member of the project staff (派工).' })
export class AssignServiceRequestInput extends VersionedRequestInput {

  @Field(() => ID, { description: "The staff post (物业项目岗位) on the request's contract, held today, that will handle it." })
  @IsUUID('all', { message: 'postId must be an id' })
  postId!: string;

  @Field(() => String, { nullable: true, description: 'Instructions for the assignee (派工说明).' })
  @IsOptional()
  @Length(1, 1000, { message: 'note must be 1 to 1000 characters long' })
  note?: string;
}
