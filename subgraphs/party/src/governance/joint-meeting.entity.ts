import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import type { PostOrganizationType } from '../../../platform/governance/post-summary.js';
import { PlacedRecord } from '../../../platform/orm/placed-record.js';
import type { MeetingCapacity } from './governance-kinds.js';

/** One seat at a joint meeting, as stored with the meeting. */
export interface StoredParticipant {
  personId: string;
  capacity: MeetingCapacity;
  organization: { type: PostOrganizationType; id: string } | null;
  attended: boolean;
}

/**
 * A joint meeting (三方联席会议) the neighborhood branch convenes with the owners' committee, the property company and
 * others, to deliberate governance matters (商议). Participants are kept with the meeting: they are written once.
 */
@Directive('@key(fields: "id")')
@ObjectType('JointMeeting', { description: 'A joint meeting (三方联席会议 / 党建联席会议) convened by a party branch for a neighborhood.' })
@Entity({ tableName: 'joint_meeting' })
@Index({ properties: ['neighborhoodId'] })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['convenedById'] })
export class JointMeeting extends PlacedRecord<'minutes'> {
  /** The branch that convened it. */
  @Property({ type: 'uuid' })
  convenedById!: string;

  @Field(() => Date, { description: 'When it is or was held (召开时间).' })
  @Property({ type: 'datetime' })
  heldAt!: Date;

  @Field(() => String, { description: 'Where (会议地点).' })
  @Property({ type: 'string', length: 200 })
  location!: string;

  @Field(() => String, { description: 'Minutes (会议纪要).' })
  @Property({ type: 'text' })
  minutes = '';

  @Property({ type: 'json' })
  participants!: StoredParticipant[];
}
