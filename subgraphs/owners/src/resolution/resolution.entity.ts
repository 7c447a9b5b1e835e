import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { MatterCategory } from '../rules/matter-category.js';
import { ResolutionOutcome } from './resolution-outcome.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import type { VotingThresholds } from '../tally/thresholds.js';
import { CURRENT_NOTICE_CODE_VERSION, type NoticeCodeVersion } from '../notice/notice-code.js';

/**
 * The decision on a motion with its whole breakdown. Immutable in the database; a correction is a new resolution
 * whose `corrects` names this one.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A resolution of the owners' assembly (业主大会决议) with the whole tally it rests on." })
@Entity({ tableName: 'resolution' })
export class Resolution extends OwnersRecord<'correctsId' | 'correctionReason' | 'idempotencyKey' | 'ruleSetLabel' | 'noticeCodeVersion'> {
  /** The writer's idempotency key, if one was given: a retry with it returns this record. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @ManyToOne(() => OwnersMotion, { mapToPk: true, fieldName: 'motion_id', deleteRule: 'restrict' })
  motionId!: string;

  @ManyToOne(() => ElectorateSnapshot, { mapToPk: true, fieldName: 'electorate_id', deleteRule: 'restrict' })
  electorateId!: string;

  @Field(() => String, { description: 'The motion title, as decided (事项).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => MatterCategory, { description: 'Matter category (事项类别).' })
  @Enum({ items: () => MatterCategory, nativeEnumName: 'owners_matter_category' })
  category!: MatterCategory;

  @Field(() => Boolean, { description: 'Whether the special (3/4) threshold applied (特别事项).' })
  @Property({ type: 'boolean' })
  special!: boolean;

  @Field(() => ResolutionOutcome, { description: 'PASSED, FAILED or NO_QUORUM (表决结果).' })
  @Enum({ items: () => ResolutionOutcome, nativeEnumName: 'resolution_outcome' })
  outcome!: ResolutionOutcome;

  @Field(() => DecimalScalar, { description: 'Total exclusive area in m² (总面积).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  totalArea!: string;

  @Field(() => Int, { description: 'Total owner count by the law (总人数).' })
  @Property({ type: 'integer' })
  totalOwners!: number;

  @Field(() => DecimalScalar, { description: 'Area of the units that voted (参与表决面积).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  participatingArea!: string;

  @Field(() => Int, { description: 'Owners who voted (参与表决人数).' })
  @Property({ type: 'integer' })
  participatingOwners!: number;

  @Field(() => DecimalScalar, { description: 'Area of the units that voted FOR (同意面积).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  approvingArea!: string;

  @Field(() => Int, { description: 'Owners who approved (同意人数).' })
  @Property({ type: 'integer' })
  approvingOwners!: number;

  @Field(() => Boolean, { description: 'Quorum met on area AND owners (达到参与表决比例).' })
  @Property({ type: 'boolean' })
  quorumMet!: boolean;

  /** The thresholds applied, as configured for the jurisdiction at the time. */
  @Property({ type: 'json' })
  thresholds!: VotingThresholds;

  @Field(() => String, { nullable: true, description: 'The voting rules applied, as fixed when the assembly was convened (适用表决规则): a local rule set with its version and source, or the Civil Code.' })
  @Property({ type: 'text', nullable: true })
  ruleSetLabel: string | null = null;

  /** Which derivation its 公示 verification code uses: 1 for resolutions recorded before codes covered the rule set. */
  @Property({ type: 'smallint' })
  noticeCodeVersion: NoticeCodeVersion = CURRENT_NOTICE_CODE_VERSION;

  @Field(() => Date, { description: 'When the motion was closed and tallied (表决时间).' })
  @Property({ type: 'datetime' })
  decidedAt!: Date;

  @ManyToOne(() => Resolution, { mapToPk: true, fieldName: 'corrects_id', nullable: true, deleteRule: 'restrict' })
  correctsId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why this resolution corrects an earlier one (更正理由).' })
  @Property({ type: 'text', nullable: true })
  correctionReason: string | null = null;
}
