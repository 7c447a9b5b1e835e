import { ObjectType } from 'type-graphql';
import { Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * A cobuilding record placed on the map: the place columns every place-scoped table has, declared once. The registry
 * owns the places; this subgraph never asks it. A record about one neighborhood names it, others leave it null.
 */
@ObjectType()
export abstract class PlacedRecord<Defaulted extends string = never> extends VersionedRecord<Defaulted | 'neighborhoodId'> implements PlacePath<'community'> {
  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid', nullable: true })
  neighborhoodId: string | null = null;
}
