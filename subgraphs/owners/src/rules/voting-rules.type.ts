import { Field, ObjectType } from 'type-graphql';
import { MatterCategory } from './matter-category.js';
import { OwnersThreshold } from '../tally/owners-threshold.type.js';
import type { Threshold } from '../tally/thresholds.js';

@ObjectType('OwnersCategoryRule', { description: 'The local rule for one matter category (分类表决规则).' })
export class CategoryRuleType {
  @Field(() => MatterCategory, { description: 'The matter category (事项类别).' })
  category!: MatterCategory;

  @Field(() => OwnersThreshold, { nullable: true, description: 'Quorum, if this rule sets it (参与表决比例).' })
  quorum!: Threshold | null;

  @Field(() => OwnersThreshold, { nullable: true, description: 'Approval, if this rule sets it (通过比例).' })
  approval!: Threshold | null;
}
