import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { VolunteerActivity } from './volunteer-activity.entity.js';

/** One person's part in a volunteer activity; the activity's hours are credited to them (时间银行). */
@Entity({ tableName: 'volunteer_participation' })
@Unique({ properties: ['activityId', 'personId'] })
@Index({ properties: ['personId'] })
export class VolunteerParticipation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => VolunteerActivity, { mapToPk: true, fieldName: 'activity_id', deleteRule: 'cascade' })
  activityId!: string;

  @Property({ type: 'uuid' })
  personId!: string;
}
