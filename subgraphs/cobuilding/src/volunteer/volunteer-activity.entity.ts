import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { CommunityPlacedRecord } from '../record/cobuilding-record.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';

@ObjectType({ description: 'A volunteer activity (志愿服务活动): a team serving a community on a date, with hours and people served.' })
@Entity({ tableName: 'volunteer_activity' })
@Index({ properties: ['communityId'] })
@Index({ properties: ['unitId'] })
@Check({ name: 'volunteer_activity_hours_positive', expression: 'hours > 0 and hours <= 24' })
@Check({ name: 'volunteer_activity_served_not_negative', expression: 'people_served >= 0' })
export class VolunteerActivity extends CommunityPlacedRecord {
  @Field(() => String, { description: 'What was done (活动名称).' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { description: 'The volunteer team (志愿服务队).' })
  @Property({ type: 'string', length: 100 })
  team!: string;

  /** The unit whose team it was, if a unit's. */
  @ManyToOne(() => JointBuildingUnit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'restrict', nullable: true })
  unitId: string | null = null;

  @Field(() => String, { description: 'Where (活动地点).' })
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => String, { description: 'When (活动日期), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => DecimalScalar, { description: 'Hours each participant served (服务时长, 小时), credited to their time bank.' })
  @Property({ type: 'decimal', precision: 4, scale: 1 })
  hours!: string;

  @Field(() => Int, { description: 'People served (服务人次).' })
  @Property({ type: 'integer' })
  peopleServed!: number;
}
