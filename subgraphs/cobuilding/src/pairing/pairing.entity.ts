import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { CommunityPlacedRecord } from '../record/cobuilding-record.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A pairing (联建对子 / 包保) of a joint-building unit with a community or one of its neighborhoods, for a period, under an agreement.' })
@Entity({ tableName: 'pairing' })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['districtId'] })
export class Pairing extends CommunityPlacedRecord<'endedAt' | 'endReason' | 'endedBy' | 'agreedEndsOn'> {
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

  @Field(() => Date, { nullable: true, description: 'When it was ended early, by the server clock (提前终止时间); its endsOn is then that day.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was ended early (终止原因).' })
  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'The last day first agreed (原定截止日期), YYYY-MM-DD, when it was ended early.' })
  @Property({ type: 'date', nullable: true })
  agreedEndsOn: string | null = null;

  /** Who ended it (the caller's subject). */
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;
}
