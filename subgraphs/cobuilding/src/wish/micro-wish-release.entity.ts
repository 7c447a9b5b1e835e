import { Field, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * A claimed micro-wish given back by its claimant (释放认领), with why. Append-only: the database refuses UPDATE,
 * DELETE and TRUNCATE, so a wish's claim history stays as it happened.
 */
@ObjectType('MicroWishRelease', { description: 'A claim given back (微心愿释放): who had claimed it, when, and why they gave it back. Never changed.' })
@Entity({ tableName: 'micro_wish_release' })
@Index({ properties: ['wishId'] })
export class MicroWishRelease {
  [OptionalProps]?: 'id' | 'releasedByPersonId' | 'releasedByUnitId' | 'claimedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  wishId!: string;

  /** The person who had claimed it, if a person did. */
  @Property({ type: 'uuid', nullable: true })
  releasedByPersonId: string | null = null;

  /** The unit that had claimed it, if a unit did. */
  @Property({ type: 'uuid', nullable: true })
  releasedByUnitId: string | null = null;

  @Field(() => String, { description: 'Why the claimant gave it back (释放原因).' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Date, { nullable: true, description: 'When it had been claimed (认领时间).' })
  @Property({ type: 'datetime', nullable: true })
  claimedAt: Date | null = null;

  @Field(() => Date, { description: 'When it was given back, by the server clock (释放时间).' })
  @Property({ type: 'datetime' })
  releasedAt!: Date;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid' })
  neighborhoodId!: string;
}
