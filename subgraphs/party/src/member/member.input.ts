import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PartyMemberCategory, PartyMemberStatus } from './member-kinds.js';

@InputType({ description: 'Which members to list; all conditions must hold. Only members of organisations you are responsible for are listed.' })
export class PartyMemberFilter {
  @Field(() => ID, { nullable: true, description: 'Only members held by this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId?: string;

  @Field(() => PartyMemberStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(PartyMemberStatus)
  status?: PartyMemberStatus;

  @Field(() => PartyMemberCategory, { nullable: true, description: 'Only this category.' })
  @IsOptional()
  @IsEnum(PartyMemberCategory)
  category?: PartyMemberCategory;
}

@InputType({ description: 'A person joining or transferring into a party organisation (党员组织关系登记).' })
export class AddPartyMemberInput {
  @Field(() => ID, { description: 'The person (registry Person id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => ID, { description: 'The organisation holding the membership (组织关系所在党组织); not a building group.' })
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId!: string;

  @Field(() => PartyMemberCategory, { description: 'Formal or probationary.' })
  @IsEnum(PartyMemberCategory)
  category!: PartyMemberCategory;

  @Field(() => PartyMemberStatus, { description: 'In service, retired, mobile or without post.' })
  @IsEnum(PartyMemberStatus)
  status!: PartyMemberStatus;

  @Field(() => ID, { nullable: true, description: 'The neighborhood the member lives in, if known (居住小区).' })
  @IsOptional()
  @IsUUID('all', { message: 'residenceNeighborhoodId must be an id' })
  residenceNeighborhoodId?: string;
}
