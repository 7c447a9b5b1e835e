import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { DeliberationOutcome } from './governance-kinds.js';
import { GovernanceMatter } from './governance-matter.entity.js';
import { JointMeeting } from './joint-meeting.entity.js';

/** What one joint meeting decided about one matter (商议). */
@ObjectType('MatterDeliberation', { description: 'A joint meeting\'s deliberation of a governance matter (商议) and its outcome.' })
@Entity({ tableName: 'matter_deliberation' })
@Unique({ properties: ['meetingId', 'matterId'] })
@Index({ properties: ['matterId'] })
export class MatterDeliberation extends VersionedRecord<'note'> {
  @ManyToOne(() => JointMeeting, { mapToPk: true, fieldName: 'meeting_id', deleteRule: 'restrict' })
  meetingId!: string;

  @ManyToOne(() => GovernanceMatter, { mapToPk: true, fieldName: 'matter_id', deleteRule: 'restrict' })
  matterId!: string;

  @Field(() => DeliberationOutcome, { description: 'Outcome (商议结果).' })
  @Enum({ items: () => DeliberationOutcome, nativeEnumName: 'deliberation_outcome' })
  outcome!: DeliberationOutcome;

  @Field(() => String, { description: 'What was said or agreed (商议意见).' })
  @Property({ type: 'text' })
  note = '';
}
