import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';

export enum PreparatoryGroupStatus {
  ACTIVE = 'ACTIVE',
  DISSOLVED = 'DISSOLVED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(PreparatoryGroupStatus, {
  name: 'OwnersPreparatoryGroupStatus',
  description: 'State of a preparatory group (筹备组状态).',
  valuesConfig: {
    ACTIVE: { description: 'Preparing the first assembly (筹备中).' },
    DISSOLVED: { description: 'Dissolved by the street office, with a reason (已解散).' },
    COMPLETED: { description: 'Its election put a committee in office (已完成).' },
  },
});

/**
 * A preparatory group for the first owners' assembly (首次业主大会会议筹备组), formed by the street office for a
 * neighborhood without a committee in office. Its place path comes from the registry's place certificate.
 */
@ObjectType('OwnersPreparatoryGroup', { description: "A preparatory group for the first owners' assembly (首次业主大会会议筹备组)." })
@Entity({ tableName: 'owners_preparatory_group' })
export class PreparatoryGroup extends OwnersRecord<'status' | 'endedAt' | 'endedBy' | 'dissolutionReason' | 'idempotencyKey' | 'version'> {
  @Field(() => PreparatoryGroupStatus, { description: 'Preparing, dissolved or completed (状态).' })
  @Enum({ items: () => PreparatoryGroupStatus })
  status: PreparatoryGroupStatus = PreparatoryGroupStatus.ACTIVE;

  @Field(() => Date, { description: "When it was formed (成立时间), the server's time." })
  @Property({ type: 'datetime' })
  formedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was dissolved or completed (结束时间); null while active.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who dissolved or completed it (结束记录人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was dissolved (解散原因); null otherwise.' })
  @Property({ type: 'text', nullable: true })
  dissolutionReason: string | null = null;

  /** The writer's idempotency key, if one was given. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @Field(() => Int, { description: 'Version for optimistic locking: pass it as expectedVersion (版本).' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
