import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { EscalationLevel } from './escalation-kinds.js';

/** A district's response time limit for one level; levels without a row use DEFAULT_RESPONSE_HOURS. */
@ObjectType({ description: "A district's response time limit for one level of the ladder (回应时限)." })
@Entity({ tableName: 'escalation_limit' })
export class EscalationLimit {
  @PrimaryKey({ type: 'uuid' })
  districtId!: string;

  @Field(() => EscalationLevel, { description: 'Level (层级).' })
  @PrimaryKey({ type: 'string', length: 40 })
  level!: EscalationLevel;

  @Field(() => Int, { description: 'Hours the level has to answer (小时).' })
  @Property({ type: 'integer' })
  hours!: number;

  @Field(() => String, { description: 'Account that set it.' })
  @Property({ type: 'string', length: 200 })
  setBy!: string;
}
