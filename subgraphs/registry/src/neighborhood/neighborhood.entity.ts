import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { District } from '../district/district.entity.js';
import { Street } from '../street/street.entity.js';
import { Community } from '../community/community.entity.js';
import { NeighborhoodKind } from './neighborhood-kind.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { Placed } from '../place/placed.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A residential neighborhood (小区): the place the four organisations govern together.' })
@Entity({ tableName: 'neighborhood' })
@Unique({ properties: ['communityId', 'name'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['districtId'] })
export class Neighborhood extends VersionedRecord<'address' | 'kind' | 'builtYear'> implements Placed {
  @Field(() => String, { description: 'Name (小区名称), e.g. 锦绣花园.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street address (地址).' })
  @Property({ type: 'string', length: 200, nullable: true })
  address: string | null = null;

  @Field(() => NeighborhoodKind, { description: 'Gated or open (封闭式/开放式).' })
  @Enum({ items: () => NeighborhoodKind, nativeEnumName: 'neighborhood_kind' })
  kind: NeighborhoodKind = NeighborhoodKind.CLOSED;

  @Field(() => Int, { nullable: true, description: 'Year the neighborhood was completed (建成年份).' })
  @Property({ type: 'integer', nullable: true })
  builtYear: number | null = null;

  @ManyToOne(() => Community, { mapToPk: true, fieldName: 'community_id', deleteRule: 'restrict' })
  communityId!: string;

  @ManyToOne(() => Street, { mapToPk: true, fieldName: 'street_id', deleteRule: 'restrict' })
  streetId!: string;

  @ManyToOne(() => District, { mapToPk: true, fieldName: 'district_id', deleteRule: 'restrict' })
  districtId!: string;

  path(): PlacePath {
    return { districtId: this.districtId, streetId: this.streetId, communityId: this.communityId, neighborhoodId: this.id };
  }
}
