import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * Columns every editable record of every subgraph has: a UUID, timestamps and a version for optimistic locking
 * (a stale write fails with CONFLICT). `Defaulted` names the subclass's properties that have defaults, so that
 * `em.create` does not require them.
 */
@ObjectType()
export abstract class VersionedRecord<Defaulted extends string = never> {
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

  @Field(() => Int, { description: 'Revision number, raised on every change; pass it back as expectedVersion where an update takes one.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
