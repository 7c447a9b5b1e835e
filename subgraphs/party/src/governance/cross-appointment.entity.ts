import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PostOrganizationType } from '../../../platform/governance/post-summary.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { CrossAppointmentKind } from './cross-appointment-kinds.js';

/**
 * A cross-appointment (交叉任职): a person holding a post in one organisation (home, 本职) is appointed into another
 * (host, 兼职) for a term, by the organisation department (组织部门: district, street or community office) or the
 * branch responsible for the host.
 */
@Directive('@key(fields: "id")')
@ObjectType('CrossAppointment', { description: 'A cross-appointment (双向进入、交叉任职): a person from one organisation serving in another for a term.' })
@Entity({ tableName: 'cross_appointment' })
@Index({ properties: ['personId'] })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['hostId'] })
@Index({ properties: ['homeId'] })
export class CrossAppointment extends VersionedRecord<'neighborhoodId' | 'endedOn' | 'endedAt' | 'endedBy' | 'endReason'> implements PlacePath<'district', 'community'> {
  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => CrossAppointmentKind, { description: 'Kind (任职类型).' })
  @Enum({ items: () => CrossAppointmentKind, nativeEnumName: 'cross_appointment_kind' })
  kind!: CrossAppointmentKind;

  @Property({ type: 'string', length: 40 })
  homeType!: PostOrganizationType;

  @Property({ type: 'uuid' })
  homeId!: string;

  @Property({ type: 'string', length: 40 })
  hostType!: PostOrganizationType;

  @Property({ type: 'uuid' })
  hostId!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid', nullable: true })
  neighborhoodId: string | null = null;

  @Field(() => String, { description: 'First day of the term (任期开始), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term as appointed (任期结束), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  termEnd!: string;

  @Field(() => String, { nullable: true, description: 'Last day served when ended early (提前离任日期); null otherwise.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was ended (离任登记时间), by the server clock; null unless ended early.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Account that ended it (登记人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was ended (离任原因).' })
  @Property({ type: 'string', length: 500, nullable: true })
  endReason: string | null = null;
}
