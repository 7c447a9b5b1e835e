import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';

/** The minutes of a committee meeting (业委会会议记录): who attended and what was decided. Immutable. */
@ObjectType('OwnersCommitteeMeeting', { description: "A meeting of an owners' committee (业委会会议): quorate only with more than half of its members present." })
@Entity({ tableName: 'committee_meeting' })
export class CommitteeMeeting extends OwnersRecord {
  @ManyToOne(() => OwnersCommittee, { mapToPk: true, fieldName: 'committee_id', deleteRule: 'restrict' })
  committeeId!: string;

  @Field(() => Date, { description: 'When it was held (会议时间).' })
  @Property({ type: 'datetime' })
  heldAt!: Date;

  @Field(() => String, { description: 'Subject (会议议题).' })
  @Property({ type: 'string', length: 200 })
  subject!: string;

  /** Members present, by person id. */
  @Property({ type: 'json' })
  presentPersonIds!: string[];

  @Field(() => Int, { description: 'Voting members of the committee at the time (委员总数).' })
  @Property({ type: 'integer' })
  memberCount!: number;

  @Field(() => Int, { description: 'Voting members present (出席人数).' })
  presentCount(): number {
    return this.presentPersonIds.length;
  }
}

/** A decision of a committee meeting: carried only with more than half of all members in favour. Immutable. */
@ObjectType('OwnersCommitteeDecision', { description: 'A decision taken at a committee meeting (业委会决定).' })
@Entity({ tableName: 'committee_decision' })
export class CommitteeDecision extends OwnersRecord {
  @ManyToOne(() => CommitteeMeeting, { mapToPk: true, fieldName: 'meeting_id', deleteRule: 'restrict' })
  meetingId!: string;

  @Field(() => String, { description: 'What was put (决定事项).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Int, { description: 'Members in favour (赞成人数).' })
  @Property({ type: 'integer' })
  inFavour!: number;

  @Field(() => Boolean, { description: 'Carried: more than half of all members in favour, not only of those present (通过).' })
  @Property({ type: 'boolean' })
  carried!: boolean;
}
