import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';

export enum ServiceStationKind {
  PARTY_MASS_SERVICE_STATION = 'PARTY_MASS_SERVICE_STATION',
  RED_SAIL_POST = 'RED_SAIL_POST',
  SECRETARY_STUDIO = 'SECRETARY_STUDIO',
}

registerEnumType(ServiceStationKind, {
  name: 'PartyServiceStationKind',
  description: 'Kind of service station (服务阵地类型).',
  valuesConfig: {
    PARTY_MASS_SERVICE_STATION: { description: 'Party-mass service station (党群服务站).' },
    RED_SAIL_POST: { description: 'Red Sail post (红帆驿站).' },
    SECRETARY_STUDIO: { description: "Secretary's studio (书记工作室)." },
  },
});

/** A service station run by a party organisation: a public fact. */
@ObjectType({ description: 'A service station (党群服务站/红帆驿站/书记工作室): place, floor area and opening hours.' })
@Entity({ tableName: 'service_station' })
@Index({ properties: ['organizationId'] })
@Index({ properties: ['communityId'] })
export class PartyServiceStation extends VersionedRecord<'neighborhoodId' | 'streetId' | 'communityId' | 'closedOn' | 'closedBy' | 'closeReason'> implements PlacePath<'district', 'community'> {
  @Field(() => String, { description: 'Name (名称).' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => ServiceStationKind, { description: 'Kind (类型).' })
  @Enum({ items: () => ServiceStationKind, nativeEnumName: 'party_service_station_kind' })
  kind!: ServiceStationKind;

  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'organization_id', deleteRule: 'restrict' })
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the neighborhood it stands in (所在小区), if any.' })
  @Property({ type: 'uuid', nullable: true })
  neighborhoodId: string | null = null;

  @Field(() => DecimalScalar, { description: 'Floor area in m² (面积).' })
  @Property({ type: 'decimal', precision: 8, scale: 2 })
  floorArea!: string;

  @Field(() => String, { description: 'Opening hours as posted (开放时间), e.g. 周一至周五 8:30-17:30.' })
  @Property({ type: 'string', length: 100 })
  openingHours!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Day it was closed (关闭日期), YYYY-MM-DD, by the server clock; null while it stands.' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that closed it (经办人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  closedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was closed (关闭原因).' })
  @Property({ type: 'string', length: 500, nullable: true })
  closeReason: string | null = null;
}
