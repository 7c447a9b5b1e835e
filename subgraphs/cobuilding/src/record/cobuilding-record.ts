import { ObjectType } from 'type-graphql';
import { Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * A cobuilding record placed on the map at a community: the place columns every such table has, declared once. The
 * registry owns the places; this subgraph never asks it. A record about one neighborhood names it, others leave it
 * null — which is why this is not the platform's `PlacedRecord` (whose neighborhood is always named).
 */
@ObjectType()
export abstract class CommunityPlacedRecord<Defaulted extends string = never> extends VersionedRecord<Defaulted | 'neighborhoodId'> implements PlacePath<'community'> {
  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid', nullable: true })
  neighborhoodId: string | null = null;

  /** Where the record sits on the map, for access checks. */
  path(): PlacePath<'community'> {
    return { districtId: this.districtId, streetId: this.streetId, communityId: this.communityId, neighborhoodId: this.neighborhoodId };
  }
}
