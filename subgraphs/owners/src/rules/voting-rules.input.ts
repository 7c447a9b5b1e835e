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

/**
 * The fields of a new version of an area's local voting rules, the same for a district's and a street's: the area's
 * id (first, as the SDL has always listed it), then name, source, effectiveFrom and rules. A factory, because the
 * area field's name differs; type-graphql lists a base class's fields before the subclass's, so the area field sits in
 * the first base class and each input extends its own class of the fields and declares nothing more.
 */
function VotingRulesVersionFields<Area extends 'districtId' | 'streetId'>(area: Area, text: { area: string; rules: string }) {
  // Base classes only: no field takes them, so they never reach the schema (named apart all the same).
  @InputType(`${area}VotingRulesAreaField`)
  abstract class AreaField {}
  // The area field's name is a parameter, so its decorators are applied as calls (in the order they would be written).
  Field(() => ID, { description: text.area })(AreaField.prototype, area);
  IsUUID('all', { message: `${area} must be an id` })(AreaField.prototype, area);

  @InputType(`${area}VotingRulesVersionFields`)
  abstract class VotingRulesVersionFields extends AreaField {
    @Field(() => String, { description: 'Name (名称).' })
    @Length(2, 200, { message: 'name must be 2 to 200 characters long' })
    name!: string;

    @Field(() => String, { description: 'The regulation it comes from (依据).' })
    @Length(2, 500, { message: 'source must be 2 to 500 characters long' })
    source!: string;

    @Field(() => Date, { description: 'From when it applies to assemblies convened: now or later, never backdated (施行时间).' })
    @IsDate({ message: 'effectiveFrom must be a date-time' })
    effectiveFrom!: Date;

    @Field(() => [OwnersCategoryRuleInput], { description: text.rules })
    @ArrayMinSize(1, { message: 'rules must name at least one category' })
    @ArrayMaxSize(9, { message: 'rules has at most one entry per category (9)' })
    @ValidateNested({ each: true })
    rules!: OwnersCategoryRuleInput[];
  }
  return VotingRulesVersionFields as abstract new () => VotingRulesVersionFields & Record<Area, string>;
}

@InputType({ description: "A new version of a district's local voting rules (地方表决规则)." })
export class AdoptOwnersVotingRulesInput extends VotingRulesVersionFields('districtId', {
  area: 'The district (yours).',
  rules: 'One rule per category it changes (1 to 9); other categories follow the Civil Code.',
}) {}

@InputType({ description: "A new version of a street's local voting rules, under its district's delegation (街道表决规则)." })
export class AdoptOwnersStreetVotingRulesInput extends VotingRulesVersionFields('streetId', {
  area: 'The street (街道, yours), delegated by its district.',
  rules: "One rule per category it changes (1 to 9); other categories follow the district's rules, then the Civil Code (分类规则).",
}) {}
