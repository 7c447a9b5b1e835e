import { Field, ID, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { JointBuildingUnit } from './joint-building-unit.entity.js';
import { UnitPostTitle } from './unit-post-title.js';

@ObjectType('JointUnitPost', { description: 'A post a person holds for a joint-building unit towards a community (共建单位职务).' })
@Entity({ tableName: 'unit_post' })
@Index({ properties: ['personId'] })
export class UnitPost extends VersionedRecord<'endedOn' | 'endReason' | 'endedBy'> {
  @ManyToOne(() => JointBuildingUnit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'restrict' })
  unitId!: string;

  /** The registry person holding the post. */
  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => UnitPostTitle, { description: 'Which post (职务).' })
  @Enum({ items: () => UnitPostTitle, nativeEnumName: 'unit_post_title' })
  title!: UnitPostTitle;

  @Field(() => ID, { description: 'Id of the community the post serves (服务社区).' })
  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Field(() => String, { description: 'Since when (任职日期), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  since!: string;

  @Field(() => String, { nullable: true, description: 'Last day in the post (离任日期), YYYY-MM-DD by China’s calendar on the server clock; null while held.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the post ended (离任原因).' })
  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  /** Who ended it (the caller's subject). */
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;
}
