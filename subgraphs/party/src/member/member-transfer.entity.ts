import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/** One transfer of a membership's organisational relationship (组织关系转接), kept as history: append-only. */
@ObjectType('PartyMemberTransfer', { description: 'One transfer of a membership (组织关系转接记录): from which organisation, to which (or out of the system), why, by whom, when.' })
@Entity({ tableName: 'member_transfer' })
@Index({ properties: ['memberId'] })
export class PartyMemberTransfer {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When it was recorded (记录时间), by the server clock.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  fromOrganizationId!: string;

  @Property({ type: 'uuid', nullable: true })
  toOrganizationId: string | null = null;

  @Field(() => String, { nullable: true, description: 'For a transfer out of the system: where to (转往), as on the transfer letter; null inside the system.' })
  @Property({ type: 'string', length: 200, nullable: true })
  destination: string | null = null;

  @Field(() => String, { description: 'Why (转接原因).' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Field(() => String, { description: 'Day of the transfer (转接日期), YYYY-MM-DD, by the server clock.' })
  @Property({ type: 'date' })
  transferredOn!: string;

  @Field(() => String, { description: 'The account that recorded it (经办人).' })
  @Property({ type: 'string', length: 200 })
  transferredBy!: string;
}
