import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Columns every cobuilding record has: a UUID, timestamps and a version for optimistic locking. */
@ObjectType()
export abstract class CobuildingRecord<Defaulted extends string = never> {
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

  @Field(() => Int, { description: 'Revision number; it grows with every change.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/**
 * Where a record belongs on the map, kept as ids on the record itself (the registry owns the places; this subgraph
 * never asks it): district, street, community and, for records about one neighborhood, the neighborhood.
 */
export interface PlaceColumns {
  districtId: string;
  streetId: string;
  communityId: string;
  neighborhoodId: string | null;
}
