import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { JointBuildingUnit } from './joint-building-unit.entity.js';

@ObjectType('JointUnitReportIn', { description: "A unit's report-in (单位双报到) to a community for a year, with how many of its party members report there." })
@Entity({ tableName: 'unit_report_in' })
@Unique({ properties: ['unitId', 'communityId', 'year'] })
@Index({ properties: ['communityId'] })
export class UnitReportIn extends VersionedRecord {
  @ManyToOne(() => JointBuildingUnit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'restrict' })
  unitId!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Field(() => Int, { description: 'Year of the report-in (年度).' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'Members of the unit reporting to the community (报到党员人数).' })
  @Property({ type: 'integer' })
  memberCount!: number;
}
