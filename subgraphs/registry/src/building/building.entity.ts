import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { District } from '../district/district.entity.js';
import { Street } from '../street/street.entity.js';
import { Community } from '../community/community.entity.js';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { Placed } from '../place/placed.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A building (楼栋) of exactly one neighborhood.' })
@Entity({ tableName: 'building' })
@Unique({ properties: ['neighborhoodId', 'number'] })
@Index({ properties: ['communityId'] })
export class Building extends VersionedRecord<'floors'> implements Placed {
  @Field(() => String, { description: 'Building number as signposted (楼号), e.g. 3号楼; unique within the neighborhood.' })
  @Property({ type: 'string', length: 30 })
  number!: string;

  @Field(() => Int, { nullable: true, description: 'Floors above ground (地上层数).' })
  @Property({ type: 'integer', nullable: true })
  floors: number | null = null;

  @ManyToOne(() => Neighborhood, { mapToPk: true, fieldName: 'neighborhood_id', deleteRule: 'restrict' })
  neighborhoodId!: string;

  @ManyToOne(() => Community, { mapToPk: true, fieldName: 'community_id', deleteRule: 'restrict' })
  communityId!: string;

  @ManyToOne(() => Street, { mapToPk: true, fieldName: 'street_id', deleteRule: 'restrict' })
  streetId!: string;

  @ManyToOne(() => District, { mapToPk: true, fieldName: 'district_id', deleteRule: 'restrict' })
  districtId!: string;

  path(): PlacePath {
    return { districtId: this.districtId, streetId: this.streetId, communityId: this.communityId, neighborhoodId: this.neighborhoodId };
  }
}
