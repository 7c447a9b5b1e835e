import { Field, ObjectType } from 'type-graphql';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { OwnersCommittee } from './owners-committee.entity.js';
import { CommitteeDecision } from '../meeting/committee-meeting.entity.js';

/**
 * The committee's choice of its officers (推选主任、副主任), made by a carried decision of one of its meetings. Immutable:
 * a later choice is a new row, and the members' current posts follow the latest one.
 */
@ObjectType('OwnersCommitteeOfficerChoice', { description: "The committee's choice of its director and deputy directors (推选主任、副主任), by a decision of its meeting." })
@Entity({ tableName: 'committee_officer_choice' })
@Unique({ properties: ['decisionId'] })
export class CommitteeOfficerChoice extends OwnersRecord {
  @ManyToOne(() => OwnersCommittee, { mapToPk: true, fieldName: 'committee_id', deleteRule: 'restrict' })
  committeeId!: string;

  @ManyToOne(() => CommitteeDecision, { mapToPk: true, fieldName: 'decision_id', deleteRule: 'restrict' })
  decisionId!: string;

  @Property({ type: 'uuid' })
  directorPersonId!: string;

  @Property({ type: 'json' })
  deputyPersonIds!: string[];

  @Field(() => Date, { description: 'When the choice took effect (生效时间): when it was recorded, by the server clock.' })
  effectiveAt(): Date {
    return this.recordedAt;
  }
}
