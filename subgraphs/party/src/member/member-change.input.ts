import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Length } from 'class-validator';

@InputType({
  description: 'Transfers a membership (组织关系转接): to another organisation in your area (toOrganizationId), or out of the system (destination). Exactly one of the two.',
})
export class TransferPartyMemberInput {
  @Field(() => ID, { description: 'The membership (党员).' })
  @IsUUID('all', { message: 'memberId must be an id' })
  memberId!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'The organisation receiving it (接收党组织): one that holds memberships, that you are responsible for.' })
  @IsOptional()
  @IsUUID('all', { message: 'toOrganizationId must be an id' })
  toOrganizationId?: string;

  @Field(() => String, { nullable: true, description: 'For a transfer out of the system: where to (转往), as on the transfer letter, 2–200 characters.' })
  @IsOptional()
  @Length(2, 200, { message: 'destination must be 2 to 200 characters long' })
  destination?: string;

  @Field(() => String, { description: 'Why (转接原因, e.g. 工作调动、迁居), 2–500 characters.' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}

@InputType({ description: 'Converts a probationary member to a formal member (预备党员转正) once the one-year probation has passed.' })
export class ConvertProbationaryMemberInput {
  @Field(() => ID, { description: 'The membership (党员).' })
  @IsUUID('all', { message: 'memberId must be an id' })
  memberId!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}
