import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { PartyBranchForm, PartyOrganizationKind } from './organization-kinds.js';

@InputType({ description: 'A new party organisation (新建党组织). Which fields apply depends on the kind; see each field.' })
export class CreatePartyOrganizationInput {
  @Field(() => String, { description: 'Name (名称), 1–100 characters.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name!: string;

  @Field(() => PartyOrganizationKind, { description: 'Kind (类型).' })
  @IsEnum(PartyOrganizationKind)
  kind!: PartyOrganizationKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation above it (上级党组织). Required for every kind except STREET_WORKING_COMMITTEE and JOINT_UNIT_ORGANIZATION.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be an id' })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'STREET_WORKING_COMMITTEE: the street it leads.' })
  @IsOptional()
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId?: string;

  @Field(() => ID, { nullable: true, description: 'COMMUNITY_COMMITTEE: the community it leads.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: "JOINT_UNIT_ORGANIZATION: the district of the unit's pairing." })
  @IsOptional()
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId?: string;

  @Field(() => PartyBranchForm, { nullable: true, description: 'NEIGHBORHOOD_BRANCH: single, joint or grid (required).' })
  @IsOptional()
  @IsEnum(PartyBranchForm)
  form?: PartyBranchForm;

  @Field(() => [ID], { nullable: true, description: "NEIGHBORHOOD_BRANCH: the neighborhoods it covers, all in the parent committee's community." })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'neighborhoodIds may list at most 30 neighborhoods' })
  @IsUUID('all', { each: true, message: 'neighborhoodIds must be ids' })
  neighborhoodIds?: string[];

  @Field(() => ID, { nullable: true, description: "BUILDING_GROUP: the building, in one of the parent branch's neighborhoods." })
  @IsOptional()
  @IsUUID('all', { message: 'buildingId must be an id' })
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: 'PROPERTY_COMPANY_BRANCH / JOINT_UNIT_ORGANIZATION: the PropertyCompany or JointBuildingUnit it belongs to.' })
  @IsOptional()
  @IsUUID('all', { message: 'hostOrganizationId must be an id' })
  hostOrganizationId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'SINGLE branch with fewer than 3 formal members: why it must stand alone (单建例外说明); recorded with your account.',
  })
  @IsOptional()
  @Length(4, 500, { message: 'formationOverrideReason must be 4 to 500 characters long' })
  formationOverrideReason?: string;
}

@InputType({ description: 'Which party organisations to list; all conditions must hold.' })
export class PartyOrganizationFilter {
  @Field(() => PartyOrganizationKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  @IsEnum(PartyOrganizationKind)
  kind?: PartyOrganizationKind;

  @Field(() => ID, { nullable: true, description: 'Only organisations of this street.' })
  @IsOptional()
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId?: string;

  @Field(() => ID, { nullable: true, description: 'Only organisations of this community.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;
}
