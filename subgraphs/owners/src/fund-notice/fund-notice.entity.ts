import { Field, ObjectType } from 'type-graphql';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';

/**
 * A published 公示 of fund use for one period (资金使用情况公示, 民法典第二百八十一条): which period, where it was
 * posted, the entries it lists (ids, oldest first) and its verification code. Immutable; one per neighborhood and
 * period. The figures are not copied: the notice is typeset from the entries themselves, which are immutable too,
 * and the code is re-derived from them on every check.
 */
@ObjectType('OwnersFundNotice', { description: 'A published notice of fund use for a period (维修资金和公共收益使用情况公示).' })
@Entity({ tableName: 'owners_fund_notice' })
@Unique({ properties: ['neighborhoodId', 'period'] })
export class OwnersFundNotice extends OwnersRecord<'idempotencyKey'> {
  /** The writer's idempotency key, if one was given: a retry with it returns this record. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @Field(() => String, { description: 'The period, e.g. "2026-Q3" (a quarter) or "2026-H1" (a half-year) (公示期间).' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Date, { description: 'When the period began, China time (期间起).' })
  @Property({ type: 'datetime' })
  periodStart!: Date;

  @Field(() => Date, { description: 'When the period ended (exclusive), China time (期间止).' })
  @Property({ type: 'datetime' })
  periodEnd!: Date;

  @Field(() => Date, { description: 'The last day it stays posted (公示期至): its publication plus the days the committee chose.' })
  @Property({ type: 'datetime' })
  postedUntil!: Date;

  @Field(() => String, { description: 'Where it is posted (公示方式), e.g. 小区公告栏及业主群.' })
  @Property({ type: 'string', length: 300 })
  place!: string;

  /** The entries of the period, oldest first. */
  @Property({ type: 'json' })
  entryIds!: string[];

  @Field(() => String, { description: 'Verification code printed on the notice (核验码), derived from the period\'s entries.' })
  @Property({ type: 'string', length: 14, unique: true })
  verificationCode!: string;
}
