import { ObjectType } from 'type-graphql';
import { Property } from '@mikro-orm/decorators/legacy';
import { pathOf, type PlacePath } from '../access/place-path.js';
import { VersionedRecord } from './versioned-record.js';

/**
 * A versioned record of one neighborhood, wherever it is stored: the ids of the neighborhood and of the community,
 * street and district containing it, as plain uuid columns (`neighborhood_id`, `community_id`, `street_id`,
 * `district_id`, none nullable). They are copied from the registry when the record is made, so a scope check or a
 * scope filter needs no join and no other subgraph. Declared once here; the subclass declares its own indexes.
 */
@ObjectType()
export abstract class PlacedRecord<Defaulted extends string = never> extends VersionedRecord<Defaulted> implements PlacePath<'neighborhood'> {
  @Property({ type: 'uuid' })
  neighborhoodId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  /** Where the record sits on the map, for access checks (`isWithinScope`, place certificates). */
  path(): PlacePath<'neighborhood'> {
    return pathOf(this);
  }
}
