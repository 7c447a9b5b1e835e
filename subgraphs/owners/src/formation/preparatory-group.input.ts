import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { PreparatoryMemberKind } from './preparatory-group-member.entity.js';
import { PreparatoryGroupStatus } from './preparatory-group.entity.js';

@InputType({ description: 'A member of a preparatory group (筹备组成员).' })
export class PreparatoryMemberInput {
  @Field(() => ID, { description: 'The person (registry id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => PreparatoryMemberKind, { description: 'Whom they represent (类别).' })
  @IsEnum(PreparatoryMemberKind)
  kind!: PreparatoryMemberKind;

  @Field(() => Boolean, { nullable: true, description: "Leads the group (组长): exactly one member, the street office's representative." })
  @IsOptional()
  @IsBoolean()
  leads?: boolean;
}

@InputType({ description: "Forming a preparatory group for a neighborhood's first owners' assembly (成立首次业主大会会议筹备组)." })
export class FormOwnersPreparatoryGroupInput {
  @Field(() => String, { description: "The neighborhood's placeCertificate from the registry (neighborhood { placeCertificate })." })
  @Length(1, 1000, { message: 'placeCertificate must be the value read from neighborhood { placeCertificate }' })
  placeCertificate!: string;

  @Field(() => [PreparatoryMemberInput], { description: "An odd number of members (3–21): owners' representatives (at least half), the developer, the street office (one of whom leads) and the residents' committee." })
  @ArrayMinSize(1, { message: 'members must not be empty' })
  @ArrayMaxSize(21, { message: 'members lists at most 21 people' })
  @ValidateNested({ each: true })
  members!: PreparatoryMemberInput[];

  @Field(() => String, { nullable: true, description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with it returns the same group.' })
  @IsOptional()
  idempotencyKey?: string;
}

@InputType({ description: 'Dissolving a preparatory group (解散筹备组), with the reason; its record stays.' })
export class DissolveOwnersPreparatoryGroupInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId!: string;

  @Field(() => String, { description: 'Why (解散原因).' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;

  @Field(() => Int, { description: 'The version you read (version); a stale one is CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be an integer' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}

@InputType({ description: 'Conditions on listed preparatory groups; all must hold.' })
export class OwnersPreparatoryGroupFilter {
  @Field(() => ID, { nullable: true, description: 'Only groups of this neighborhood.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: 'Only groups of neighborhoods of this street.' })
  @IsOptional()
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId?: string;

  @Field(() => PreparatoryGroupStatus, { nullable: true, description: 'Only groups in this state.' })
  @IsOptional()
  @IsEnum(PreparatoryGroupStatus)
  status?: PreparatoryGroupStatus;
}
