import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { PlacedRecord } from '../record/cobuilding-record.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A pairing (联建对子 / 包保) of a joint-building unit with a community or one of its neighborhoods, for a period, under an agreement.' })
@Entity({ tableName: 'pairing' })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['districtId'] })
export class Pairing extends PlacedRecord {
  @ManyToOne(() => JointBuildingUnit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'restrict' })
  unitId!: string;

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
