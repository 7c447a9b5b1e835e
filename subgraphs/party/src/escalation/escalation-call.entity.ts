import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Escalation } from './escalation.entity.js';
import { EscalationCallOutcome, EscalationCallReason, EscalationLevel } from './escalation-kinds.js';

/** One level's turn: who held the level, when it was called, by when it had to answer, and what it answered. */
@ObjectType({ description: "One level's turn on the ladder (分级回应): holder, when called, time limit, answer." })
@Entity({ tableName: 'escalation_call' })
@Index({ properties: ['escalationId'] })
export class EscalationCall extends VersionedRecord<'holderOrganizationId' | 'holderPersonId' | 'answeredAt' | 'answeredBy' | 'answer' | 'outcome'> {
  @ManyToOne(() => Escalation, { mapToPk: true, fieldName: 'escalation_id', deleteRule: 'restrict' })
  escalationId!: string;

  @Field(() => EscalationLevel, { description: 'Level (层级).' })
  @Enum({ items: () => EscalationLevel, nativeEnumName: 'escalation_level' })
  level!: EscalationLevel;

  @Field(() => EscalationCallReason, { description: 'Why this level was called (呼叫原因).' })
  @Enum({ items: () => EscalationCallReason, nativeEnumName: 'escalation_call_reason' })
  reason!: EscalationCallReason;

  @Field(() => ID, { nullable: true, description: 'The party organisation holding this level (branch, community committee, street working committee); null for the county levels.' })
  @Property({ type: 'uuid', nullable: true })
  holderOrganizationId: string | null = null;

  /** The secretary in office when called (registry Person id); null if none is recorded. */
  @Property({ type: 'uuid', nullable: true })
  holderPersonId: string | null = null;

  @Field(() => Date, { description: 'When it was called (呼叫时间), from the server clock.' })
  @Property({ type: 'datetime' })
  calledAt!: Date;

  @Field(() => Date, { description: 'Answer due by (回应时限).' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it answered or was moved up (回应时间).' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Account that answered; null when the check moved it up.' })
  @Property({ type: 'string', length: 200, nullable: true })
  answeredBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'The answer (回应内容).' })
  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Field(() => EscalationCallOutcome, { nullable: true, description: 'How its turn ended; null while it is the current level.' })
  @Enum({ items: () => EscalationCallOutcome, nativeEnumName: 'escalation_call_outcome', nullable: true })
  outcome: EscalationCallOutcome | null = null;
}
