import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property, Unique, Index } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { CommitteeRole } from '../owners-enums.js';
import { OwnersCommittee } from './owners-committee.entity.js';

@ObjectType('OwnersCommitteePost', { description: "A person's post on an owners' committee (业委会成员及职务)." })
@Entity({ tableName: 'committee_member' })
@Unique({ properties: ['committeeId', 'personId'] })
@Index({ properties: ['personId'] })
export class CommitteeMember extends OwnersRecord<'partyMember' | 'partyMemberSeenAt'> {
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
}
