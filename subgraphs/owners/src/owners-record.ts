import { Field, ID, ObjectType } from 'type-graphql';
import { Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * Columns every owners record has: a UUID, when it was recorded and by whom (the token subject), and the place
 * path of its neighborhood, copied from the committee, so scope filters need no other subgraph.
 */
@ObjectType()
@Index({ properties: ['neighborhoodId'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['districtId'] })
export abstract class OwnersRecord<Defaulted extends string = never> {
  [OptionalProps]?: 'id' | 'recordedAt' | Defaulted;

  @Field(() => ID, { description: 'Stable identifier (标识).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When it was recorded (记录时间).' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Field(() => String, { description: 'Who recorded it: the account (token subject) that made the change (记录人).' })
  @Property({ type: 'string', length: 200 })
  recordedBy!: string;

  @Property({ type: 'uuid' })
  neighborhoodId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  districtId!: string;
}
