import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Length, Matches } from 'class-validator';

@InputType({ description: "Edits an organisation's name and contact details (修改党组织信息); fields left out stay as they are." })
export class UpdatePartyOrganizationInput {
  @Field(() => ID, { description: 'The organisation (党组织).' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New name (名称), 1–100 characters.' })
  @IsOptional()
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Contact phone (联系电话): digits, spaces, +, - and parentheses, 5–30 characters; an empty string clears it.' })
  @IsOptional()
  @Matches(/^$|^[0-9+\-() ]{5,30}$/, { message: 'contactPhone must be 5 to 30 digits, spaces, +, - or parentheses' })
  contactPhone?: string;

  @Field(() => String, { nullable: true, description: 'Office address (办公地点), at most 200 characters; an empty string clears it.' })
  @IsOptional()
  @Length(0, 200, { message: 'officeAddress must be at most 200 characters long' })
  officeAddress?: string;
}

@InputType({ description: 'Dissolves an organisation (撤销党组织); the record stays, with who, when and why.' })
export class DissolvePartyOrganizationInput {
  @Field(() => ID, { description: 'The organisation (党组织).' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why (撤销理由), 2–500 characters.' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}

@InputType({ description: 'Moves an organisation under another parent (调整隶属关系), with everything below it.' })
export class MovePartyOrganizationInput {
  @Field(() => ID, { description: 'The organisation (党组织).' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => ID, { description: "The new parent (新上级党组织): a kind this organisation may sit under, inside your area, whose places contain this organisation's." })
  @IsUUID('all', { message: 'parentId must be an id' })
  parentId!: string;
}
