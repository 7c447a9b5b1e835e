import { Directive, Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { District } from '../district/district.entity.js';
import { Street } from '../street/street.entity.js';
import { Community } from '../community/community.entity.js';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Building } from '../building/building.entity.js';
import { UnitUse } from './unit-use.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { Placed } from '../place/placed.js';

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'An exclusive unit (专有部分): a flat or shop with a registered floor area. Owners\' votes are counted by unit and by area.',
})
@Entity({ tableName: 'unit' })
@Unique({ properties: ['buildingId', 'number'] })
@Check({ name: 'unit_area_positive', expression: 'area > 0' })
@Index({ properties: ['neighborhoodId', 'number'] })
export class Unit extends VersionedRecord<'use' | 'developerHeld'> implements Placed {
  @Field(() => String, { description: 'Unit number within the building (房号), e.g. 2-1-301; unique within the building.' })
  @Property({ type: 'string', length: 30 })
  number!: string;

  @Field(() => DecimalScalar, { description: 'Registered floor area in m² (登记面积/专有部分面积).' })
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  area!: string;

  @Field(() => UnitUse, { description: 'Use (用途).' })
  @Enum({ items: () => UnitUse, nativeEnumName: 'unit_use' })
  use: UnitUse = UnitUse.RESIDENTIAL;

  @Field(() => Boolean, {
    description:
      'Still held by the developer, unsold or undelivered (开发建设单位未售出或未交付). All such units of a neighborhood count together as one owner.',
  })
  @Property({ type: 'boolean' })
  developerHeld: boolean = false;

  @ManyToOne(() => Building, { mapToPk: true, fieldName: 'building_id', deleteRule: 'restrict' })
  buildingId!: string;

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
