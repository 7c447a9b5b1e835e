import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Columns every party record has: a UUID, timestamps and a version for optimistic locking. */
@ObjectType()
export abstract class PartyRecord<Defaulted extends string = never> {
  /** Properties with defaults, optional when creating a record. */
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'version' | Defaulted;

  @Field(() => ID, { description: 'Stable identifier (标识).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When the record was created (创建时间).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record was last changed (更新时间).' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Revision number, raised on every change.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** Where a party record sits on the map, copied from its organisation or the place register when it is created. */
export interface PartyArea {
  districtId: string;
  streetId: string | null;
  communityId: string | null;
}
