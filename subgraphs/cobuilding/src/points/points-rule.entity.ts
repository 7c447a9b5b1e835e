import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Points earned per hour of recorded service when a district has set no rule (江汉区's 时间银行 counts hours). */
export const DEFAULT_POINTS_PER_HOUR = 10;

/** A district's earning rule (积分规则). */
@ObjectType({ description: "A district's points rule (积分规则): points per hour of recorded volunteer service." })
@Entity({ tableName: 'points_rule' })
export class PointsRule {
  @Field(() => ID, { description: 'The district.' })
  @PrimaryKey({ type: 'uuid' })
  districtId!: string;

  @Field(() => Int, { description: 'Points per hour of service (每小时积分).' })
  @Property({ type: 'integer' })
  pointsPerHour!: number;

  @Field(() => String, { description: 'Account that set it.' })
  @Property({ type: 'string', length: 200 })
  setBy!: string;
}

/** Points for `hours` (a decimal with at most one place) at `pointsPerHour`, rounded down to whole points. */
export function pointsForHours(hours: string, pointsPerHour: number): number {
  const [whole, tenth = '0'] = hours.split('.');
  return Math.floor(((Number(whole) * 10 + Number(tenth)) * pointsPerHour) / 10);
}
