import { Field, ObjectType } from 'type-graphql';
import { PropertyPostKind } from '../staff/property-post-kind.js';

/**
 * A recusal flag (回避): someone who would decide on a matter concerning a property company in which they hold a
 * post. The person and company are resolved by their fields; the rule is in governance.rules.ts.
 */
@ObjectType('Recusal', { description: 'A recusal flag (回避): a decider who holds a post in the property company concerned.' })
export class Recusal {
  personId!: string;
  companyId!: string;

  @Field(() => PropertyPostKind, { description: 'The post they hold in that company today (岗位).' })
  postKind!: PropertyPostKind;

  @Field(() => String, { description: 'Why, in Chinese, e.g. 所涉物业企业的项目经理，与所议事项有利害关系，应回避 (回避理由).' })
  reason!: string;
}
