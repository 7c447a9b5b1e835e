import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { BallotChannel, BallotChoiceValue } from './ballot-kinds.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';

/** One unit's vote on one motion. Immutable in the database (a trigger refuses UPDATE and DELETE). */
@ObjectType({ description: "A unit's ballot on a motion (表决票): one per unit per motion, never changed once recorded." })
@Entity({ tableName: 'owners_ballot' })
@Unique({ name: 'owners_ballot_one_per_unit', properties: ['motionId', 'unitId'] })
@Unique({ name: 'owners_ballot_idempotency', properties: ['recordedBy', 'idempotencyKey'] })
export class OwnersBallot extends OwnersRecord<'voterPersonId' | 'proxyName'> {
  @ManyToOne(() => OwnersMotion, { mapToPk: true, fieldName: 'motion_id', deleteRule: 'restrict' })
  motionId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => BallotChoiceValue, { description: 'For, against or abstain (表决意见).' })
  @Enum({ items: () => BallotChoiceValue, nativeEnumName: 'owners_ballot_choice' })
  choice!: BallotChoiceValue;

  @Field(() => BallotChannel, { description: 'Cast by the owner, entered from paper, or by proxy (投票方式).' })
  @Enum({ items: () => BallotChannel, nativeEnumName: 'owners_ballot_channel' })
  channel!: BallotChannel;

  /** The owner who cast it (channel RESIDENT). */
  @Property({ type: 'uuid', nullable: true })
  voterPersonId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Name of the proxy who voted for the owner (受托人), for PROXY ballots.' })
  @Property({ type: 'string', length: 100, nullable: true })
  proxyName: string | null = null;

  @Field(() => String, { description: "The submitter's idempotency key: a retry with the same key returns this ballot." })
  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;
}
