import { Directive, Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { District } from '../district/district.entity.js';
import { Street } from '../street/street.entity.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { Placed } from '../place/placed.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A community (社区) of a street, run by its community committee (社区"两委").' })
@Entity({ tableName: 'community' })
@Unique({ properties: ['streetId', 'name'] })
@Index({ properties: ['districtId'] })
export class Community extends VersionedRecord implements Placed {
  @Field(() => String, { description: 'Name (名称), e.g. 拱辰社区.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne(() => Street, { mapToPk: true, fieldName: 'street_id', deleteRule: 'restrict' })
  streetId!: string;

  @ManyToOne(() => District, { mapToPk: true, fieldName: 'district_id', deleteRule: 'restrict' })
  districtId!: string;

  path(): PlacePath {
    return { districtId: this.districtId, streetId: this.streetId, communityId: this.id, neighborhoodId: null };
  }
}
