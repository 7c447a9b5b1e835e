import { Directive, Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { Placed } from '../place/placed.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A city district or county (区/县): the top of the map.' })
@Entity({ tableName: 'district' })
export class District extends VersionedRecord implements Placed {
  @Field(() => String, { description: 'Name (名称), e.g. 江汉区.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Administrative division code (行政区划代码), 6 digits.' })
  @Property({ type: 'string', length: 6 })
  @Unique()
  code!: string;

  path(): PlacePath {
    return { districtId: this.id, streetId: null, communityId: null, neighborhoodId: null };
  }
}
