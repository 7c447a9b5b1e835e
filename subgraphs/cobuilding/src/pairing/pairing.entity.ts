import { Directive, Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { type PlaceColumns } from '../record/cobuilding-record.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A pairing (联建对子 / 包保) of a joint-building unit with a community or one of its neighborhoods, for a period, under an agreement.' })
@Entity({ tableName: 'pairing' })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['districtId'] })
export class Pairing extends VersionedRecord implements PlaceColumns {
  @ManyToOne(() => JointBuildingUnit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'restrict' })
  unitId!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid', nullable: true })
  neighborhoodId: string | null = null;

  @Field(() => String, { description: 'First day of the pairing (起始日期), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { description: 'Last day of the pairing (截止日期), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => String, { description: 'What the parties agreed to do (共建协议).' })
  @Property({ type: 'text' })
  agreement!: string;
}
