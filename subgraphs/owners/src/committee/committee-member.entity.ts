import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property, Unique, Index } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { CommitteeRole } from './committee-kinds.js';
import { OwnersCommittee } from './owners-committee.entity.js';

export enum CommitteeLeavingKind {
  RESIGNED = 'RESIGNED',
  REMOVED = 'REMOVED',
}
registerEnumType(CommitteeLeavingKind, {
  name: 'OwnersCommitteeLeavingKind',
  description: 'How a member left office (离任方式).',
  valuesConfig: { RESIGNED: { description: 'Resigned (辞职).' }, REMOVED: { description: 'Removed from office (罢免/终止职务).' } },
});

@ObjectType('OwnersCommitteePost', { description: "A person's post on an owners' committee (业委会成员及职务)." })
@Entity({ tableName: 'committee_member' })
@Unique({ properties: ['committeeId', 'personId'] })
@Index({ properties: ['personId'] })
export class CommitteeMember extends OwnersRecord<'partyMember' | 'partyMemberSeenAt' | 'leftOn' | 'leavingKind' | 'leavingReason' | 'leavingRecordedBy' | 'leavingRecordedAt'> {
  @ManyToOne(() => OwnersCommittee, { mapToPk: true, fieldName: 'committee_id', deleteRule: 'cascade' })
  committeeId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => CommitteeRole, { description: 'Post (职务).' })
  @Enum({ items: () => CommitteeRole, nativeEnumName: 'owners_committee_role' })
  role!: CommitteeRole;

  /**
   * Party membership as the party subgraph last reported it through `@requires` (null until seen). Used only for the
   * share of party members in `ownersStatistics`; never shown per person.
   */
  @Property({ type: 'boolean', nullable: true })
  partyMember: boolean | null = null;

  @Property({ type: 'datetime', nullable: true })
  partyMemberSeenAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'The day they left office (离任日期); null while in office.' })
  @Property({ type: 'datetime', nullable: true })
  leftOn: Date | null = null;

  @Field(() => CommitteeLeavingKind, { nullable: true, description: 'Resigned or removed (离任方式); null while in office.' })
  @Enum({ items: () => CommitteeLeavingKind, nullable: true })
  leavingKind: CommitteeLeavingKind | null = null;

  @Field(() => String, { nullable: true, description: 'Why they left (离任原因); null while in office.' })
  @Property({ type: 'text', nullable: true })
  leavingReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who recorded the leaving (记录人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  leavingRecordedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  leavingRecordedAt: Date | null = null;
}
