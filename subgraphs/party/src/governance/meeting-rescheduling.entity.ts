import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/** One change of a scheduled joint meeting's time (改期), kept as history: append-only, never changed. */
@ObjectType('JointMeetingRescheduling', { description: 'One rescheduling of a joint meeting (联席会议改期记录): from when, to when, why, by whom.' })
@Entity({ tableName: 'joint_meeting_rescheduling' })
@Index({ properties: ['meetingId'] })
export class JointMeetingRescheduling {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When it was rescheduled (改期时间), by the server clock.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Date, { description: 'The time it was set for before (原定时间).' })
  @Property({ type: 'datetime' })
  previousHeldAt!: Date;

  @Field(() => Date, { description: 'The new time (改期后时间).' })
  @Property({ type: 'datetime' })
  heldAt!: Date;

  @Field(() => String, { description: 'Why (改期理由).' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Field(() => String, { description: 'The account that rescheduled it (操作人).' })
  @Property({ type: 'string', length: 200 })
  rescheduledBy!: string;
}
