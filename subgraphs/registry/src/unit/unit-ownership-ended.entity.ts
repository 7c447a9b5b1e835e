import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ObjectType } from 'type-graphql';

/**
 * An ownership that setUnitOwners ended (产权变更记录): who owned the unit, since when, until when, and who recorded
 * the change. Append-only (database triggers refuse UPDATE, DELETE and TRUNCATE), so a unit's owners over time can be
 * reconstructed even though `unit_ownership` holds only the current ones.
 */
@ObjectType('PastUnitOwnership', { description: 'An ownership of a unit that has ended (历史产权, 产权变更记录): who owned it, from when until when.' })
@Entity({ tableName: 'unit_ownership_ended' })
@Index({ properties: ['unitId'] })
export class UnitOwnershipEnded {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => Date, { description: 'Since when they owned it (取得产权).' })
  @Property({ type: 'datetime' })
  since!: Date;

  @Field(() => Date, { description: 'When the ownership ended (产权变更), by the server clock.' })
  @Property({ type: 'datetime' })
  endedAt!: Date;

  /** The subject of the token that recorded the change. */
  @Property({ type: 'string', length: 200 })
  endedBy!: string;
}
