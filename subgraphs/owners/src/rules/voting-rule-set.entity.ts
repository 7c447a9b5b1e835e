import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { CategoryRule } from './voting-rules.rules.js';

/**
 * A district's local voting rules (地方表决规则), or a street's under the district's delegation, one version: a change is
 * a new version, never an edit (append-only in the database). Versions are counted per district for its own rules
 * and per street for a street's (partial unique indexes, migration …_street_voting_rules). The versions in force when
 * an assembly is convened decide its motions: the street's over the district's over the Civil Code.
 */
@ObjectType({
  description:
    "A district's local voting rules per matter category, or a street's under the district's delegation, one version (地方业主大会表决规则): never changed; a change is a new version.",
})
@Entity({ tableName: 'owners_voting_rule_set' })
@Index({ properties: ['districtId', 'effectiveFrom'] })
export class OwnersVotingRuleSet {
  [OptionalProps]?: 'id' | 'recordedAt' | 'streetId' | 'delegationId';

  @Field(() => ID, { description: 'Stable identifier (标识).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The district whose rules these are (区/县).' })
  @Property({ type: 'uuid' })
  districtId!: string;

  @Field(() => ID, { nullable: true, description: "The street whose rules these are, under the district's delegation; null for the district's own rules (街道)." })
  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Field(() => ID, { nullable: true, description: "The delegation a street's rules were adopted under (授权); they apply while it stands (表决规则授权)." })
  @Property({ type: 'uuid', nullable: true })
  delegationId: string | null = null;

  @Field(() => Int, { description: "Version, from 1, of the district's own rules or of the street's (版本)." })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String, { description: 'Name (名称), e.g. 江门市业主大会表决规则.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'The regulation it comes from (依据), e.g. 《江门市物业管理条例》第二十条.' })
  @Property({ type: 'string', length: 500 })
  source!: string;

  @Field(() => Date, { description: 'In force for assemblies convened from then on (施行时间).' })
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  /** The rules per category; categories not listed follow the Civil Code (or the deployment's seed). */
  @Property({ type: 'json' })
  rules!: CategoryRule[];

  @Field(() => Date, { description: 'When it was recorded (记录时间).' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Field(() => String, { description: 'Who recorded it (记录人).' })
  @Property({ type: 'string', length: 200 })
  recordedBy!: string;
}

/** How a rule set is named in a resolution's breakdown. */
export function ruleSetLabel(ruleSet: Pick<OwnersVotingRuleSet, 'name' | 'version' | 'source'>): string {
  return `${ruleSet.name}（第${ruleSet.version}版，依据${ruleSet.source}）`;
}
