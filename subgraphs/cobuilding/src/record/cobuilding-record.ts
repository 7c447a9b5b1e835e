import { ObjectType } from 'type-graphql';
import { Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';

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

/** A cobuilding record placed on the map: the place columns every place-scoped table has, declared once. */
@ObjectType()
export abstract class PlacedRecord<Defaulted extends string = never> extends VersionedRecord<Defaulted | 'neighborhoodId'> implements PlaceColumns {
  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid', nullable: true })
  neighborhoodId: string | null = null;
}
