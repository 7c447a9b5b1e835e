import { Field, ObjectType } from 'type-graphql';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { Resolution } from './resolution.entity.js';

/** The publication (公示) of a resolution: once per resolution, immutable. */
@ObjectType('ResolutionPublication', { description: 'Publication of a resolution (决议公示): when, by whom, and whether within the 3 days the rules allow.' })
@Entity({ tableName: 'resolution_publication' })
@Unique({ properties: ['resolutionId'] })
export class ResolutionPublication extends OwnersRecord<'idempotencyKey'> {
  /** The writer's idempotency key, if one was given: a retry with it returns this record. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @ManyToOne(() => Resolution, { mapToPk: true, fieldName: 'resolution_id', deleteRule: 'restrict' })
  resolutionId!: string;

  @Field(() => Date, { description: 'Publication was due by then: 3 days after the decision (公示期限).' })
  @Property({ type: 'datetime' })
  dueBy!: Date;

  @Field(() => Boolean, { description: 'Published by the deadline (按期公示).' })
  @Property({ type: 'boolean' })
  onTime!: boolean;

  @Field(() => String, { description: 'Where and how it was posted (公示方式), e.g. 小区公告栏及业主群.' })
  @Property({ type: 'string', length: 300 })
  place!: string;
}
