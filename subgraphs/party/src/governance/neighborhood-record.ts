import { ObjectType } from 'type-graphql';
import { Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * A party record of one neighborhood (a joint meeting, a governance matter): the place columns, declared once and
 * copied from the registry's place register when the record is created, so access checks need no join.
 */
@ObjectType()
export abstract class NeighborhoodRecord<Defaulted extends string = never> extends VersionedRecord<Defaulted> implements PlacePath<'district', 'community'> {
  @Property({ type: 'uuid' })
  neighborhoodId!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;
}
