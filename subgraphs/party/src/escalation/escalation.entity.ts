import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { EscalationLevel, EscalationStatus, EscalationSubject } from './escalation-kinds.js';

/**
 * A problem called up the ladder (呼叫): raised at the neighborhood branch, answered level by level. Its calls
 * (`EscalationCall`) are the history; this row holds where it stands now.
 */
@ObjectType({ description: 'An escalation (逐级呼叫): a request or neighborhood problem called up the ladder until a level solves it.' })
@Entity({ tableName: 'escalation' })
@Index({ properties: ['neighborhoodId'] })
@Index({ properties: ['communityId'] })
@Index({ properties: ['status', 'dueAt'] })
export class Escalation extends VersionedRecord<'serviceRequestId' | 'resolvedAt' | 'resolvedBy' | 'resolvedLevel' | 'streetId' | 'communityId'> implements PlacePath<'district', 'community'> {
  @Field(() => EscalationSubject, { description: 'What is escalated (事项类型).' })
  @Enum({ items: () => EscalationSubject, nativeEnumName: 'escalation_subject' })
  subject!: EscalationSubject;

  /** The property request (诉求) concerned, by its id in the property subgraph, as the raiser gave it. */
  @Property({ type: 'uuid', nullable: true })
  serviceRequestId: string | null = null;

  @Field(() => String, { description: 'Title (标题).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'What the problem is (问题描述).' })
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'uuid' })
  neighborhoodId!: string;

  /** The neighborhood's branch: the first rung. */
  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'branch_id', deleteRule: 'restrict' })
  branchId!: string;

  @Field(() => String, { description: 'Account that raised it (发起人).' })
  @Property({ type: 'string', length: 200 })
  raisedBy!: string;

  @Field(() => EscalationStatus, { description: 'Status (状态).' })
  @Enum({ items: () => EscalationStatus, nativeEnumName: 'escalation_status' })
  status!: EscalationStatus;

  @Field(() => EscalationLevel, { description: 'The level it stands at now (当前层级).' })
  @Enum({ items: () => EscalationLevel, nativeEnumName: 'escalation_level' })
  currentLevel!: EscalationLevel;

  @Field(() => Date, { description: 'When the current level must answer by (回应时限), from the server clock.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => EscalationLevel, { nullable: true, description: 'The level that solved it (解决层级).' })
  @Enum({ items: () => EscalationLevel, nativeEnumName: 'escalation_level', nullable: true })
  resolvedLevel: EscalationLevel | null = null;

  @Field(() => String, { nullable: true, description: 'Account that resolved it (解决人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  resolvedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved (解决时间).' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;
}
