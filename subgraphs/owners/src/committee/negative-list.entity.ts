import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * An entry of a street's negative list (负面清单) for committee candidates: a person who may not stand there, and
 * why (fee arrears, prior removal, …). Kept by the street office; candidates are screened against it.
 */
@ObjectType('OwnersNegativeListEntry', { description: "An entry of a street's negative list for committee candidates (业委会候选人负面清单)." })
@Entity({ tableName: 'negative_list_entry' })
@Unique({ properties: ['streetId', 'personId'] })
@Index({ properties: ['personId'] })
export class NegativeListEntry {
  [OptionalProps]?: 'id' | 'recordedAt';

  @Field(() => ID, { description: 'Stable identifier (标识).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The street keeping the list (街道).' })
  @Property({ type: 'uuid' })
  streetId!: string;

  @Field(() => ID, { description: 'The person listed (by registry id).' })
  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => String, { description: 'Why the person may not stand (列入原因), e.g. 拖欠物业费.' })
  @Property({ type: 'string', length: 300 })
  reason!: string;

  @Field(() => Date, { description: 'When it was listed (列入时间).' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Field(() => String, { description: 'Who listed it (记录人).' })
  @Property({ type: 'string', length: 200 })
  recordedBy!: string;
}
