import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum PointsEntryKind {
  EARNED_FOR_SERVICE = 'EARNED_FOR_SERVICE',
  REDEEMED = 'REDEEMED',
}

registerEnumType(PointsEntryKind, {
  name: 'PointsEntryKind',
  description: 'Kind of ledger entry (积分流水类型).',
  valuesConfig: {
    EARNED_FOR_SERVICE: { description: 'Earned for recorded volunteer service (服务得分).' },
    REDEEMED: { description: 'Spent at a points supermarket (积分兑换).' },
  },
});

/**
 * One line of a person's points ledger (奉献积分 / 时间银行). Append-only: the database refuses UPDATE, DELETE and
 * TRUNCATE, so a balance is always the sum of what happened; a correction is a new entry.
 */
@ObjectType({ description: 'A points ledger entry (积分流水): earned for service or spent at a points supermarket. Never changed.' })
@Entity({ tableName: 'points_entry' })
@Index({ properties: ['personId'] })
@Index({ properties: ['communityId'] })
export class PointsEntry {
  [OptionalProps]?: 'id' | 'recordedAt' | 'activityId' | 'itemId' | 'quantity';

  @Field(() => ID, { description: 'Stable identifier (标识).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The person (registry id). */
  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => PointsEntryKind, { description: 'Kind (类型).' })
  @Enum({ items: () => PointsEntryKind, nativeEnumName: 'points_entry_kind' })
  kind!: PointsEntryKind;

  @Field(() => Int, { description: 'Points, positive when earned, negative when spent (积分).' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => ID, { nullable: true, description: 'The volunteer activity it was earned for.' })
  @Property({ type: 'uuid', nullable: true })
  activityId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The supermarket item it was spent on.' })
  @Property({ type: 'uuid', nullable: true })
  itemId: string | null = null;

  @Field(() => Int, { nullable: true, description: 'How many items (兑换数量).' })
  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Field(() => Date, { description: 'When it was recorded (记录时间), from the server clock.' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Field(() => String, { description: 'Account that recorded it.' })
  @Property({ type: 'string', length: 200 })
  recordedBy!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;
}
