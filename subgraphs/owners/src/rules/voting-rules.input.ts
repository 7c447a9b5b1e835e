import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { MatterCategory } from './matter-category.js';

@InputType({ description: 'A voting threshold (表决比例): at least (inclusive) or more than numerator/denominator.' })
export class OwnersThresholdInput {
  @Field(() => Int, { description: 'Numerator, more than 0.' })
  @IsInt({ message: 'numerator must be a whole number' })
  numerator!: number;

  @Field(() => Int, { description: 'Denominator, at least the numerator, at most 1000.' })
  @IsInt({ message: 'denominator must be a whole number' })
  denominator!: number;

  @Field(() => Boolean, { description: 'True: at least (≥); false: more than (>).' })
  @IsBoolean({ message: 'inclusive must be true or false' })
  inclusive!: boolean;
}

@InputType({ description: 'The local rule for one matter category: its quorum, its approval, or both.' })
export class OwnersCategoryRuleInput {
  @Field(() => MatterCategory, { description: 'The matter category (事项类别).' })
  @IsEnum(MatterCategory)
  category!: MatterCategory;

  @Field(() => OwnersThresholdInput, { nullable: true, description: 'Quorum of total area AND owners; the Civil Code\'s where omitted.' })
  @IsOptional()
  @ValidateNested()
  quorum?: OwnersThresholdInput;

  @Field(() => OwnersThresholdInput, { nullable: true, description: 'Approval of participating area AND owners; the Civil Code\'s for the category where omitted.' })
  @IsOptional()
  @ValidateNested()
  approval?: OwnersThresholdInput;
}

@InputType({ description: "A new version of a district's local voting rules (地方表决规则)." })
export class AdoptOwnersVotingRulesInput {
  @Field(() => ID, { description: 'The district (yours).' })
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId!: string;

  @Field(() => String, { description: 'Name (名称).' })
  @Length(2, 200, { message: 'name must be 2 to 200 characters long' })
  name!: string;

  @Field(() => String, { description: 'The regulation it comes from (依据).' })
  @Length(2, 500, { message: 'source must be 2 to 500 characters long' })
  source!: string;

  @Field(() => Date, { description: 'From when it applies to assemblies convened: now or later, never backdated (施行时间).' })
  @IsDate({ message: 'effectiveFrom must be a date-time' })
  effectiveFrom!: Date;

  @Field(() => [OwnersCategoryRuleInput], { description: 'One rule per category it changes (1 to 9); other categories follow the Civil Code.' })
  @ArrayMinSize(1, { message: 'rules must name at least one category' })
  @ArrayMaxSize(9, { message: 'rules has at most one entry per category (9)' })
  @ValidateNested({ each: true })
  rules!: OwnersCategoryRuleInput[];
}

@InputType({ description: "A new version of a street's local voting rules, under its district's delegation (街道表决规则)." })
export class AdoptOwnersStreetVotingRulesInput {
  @Field(() => ID, { description: 'The street (街道, yours), delegated by its district.' })
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId!: string;

  @Field(() => String, { description: 'Name (名称).' })
  @Length(2, 200, { message: 'name must be 2 to 200 characters long' })
  name!: string;

  @Field(() => String, { description: 'The regulation it comes from (依据).' })
  @Length(2, 500, { message: 'source must be 2 to 500 characters long' })
  source!: string;

  @Field(() => Date, { description: 'From when it applies to assemblies convened: now or later, never backdated (施行时间).' })
  @IsDate({ message: 'effectiveFrom must be a date-time' })
  effectiveFrom!: Date;

  @Field(() => [OwnersCategoryRuleInput], { description: "One rule per category it changes (1 to 9); other categories follow the district's rules, then the Civil Code (分类规则)." })
  @ArrayMinSize(1, { message: 'rules must name at least one category' })
  @ArrayMaxSize(9, { message: 'rules has at most one entry per category (9)' })
  @ValidateNested({ each: true })
  rules!: OwnersCategoryRuleInput[];
}
