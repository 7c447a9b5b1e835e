import { Directive, Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { District } from '../district/district.entity.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { Placed } from '../place/placed.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A street (街道) of a district; the street office governs its communities.' })
@Entity({ tableName: 'street' })
@Unique({ properties: ['districtId', 'name'] })
export class Street extends VersionedRecord implements Placed {
  @Field(() => String, { description: 'Name (名称), e.g. 民族街道.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne(() => District, { mapToPk: true, fieldName: 'district_id', deleteRule: 'restrict' })
  districtId!: string;

  path(): PlacePath {
    return { districtId: this.districtId, streetId: this.id, communityId: null, neighborhoodId: null };
  }
}
