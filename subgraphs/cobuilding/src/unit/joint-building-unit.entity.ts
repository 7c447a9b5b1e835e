import { Directive, Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { JointUnitKind } from './joint-unit-kind.js';

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A joint-building unit (共驻共建单位 / 联建单位): a government body, institution, enterprise, social organisation or school that works with communities.',
})
@Entity({ tableName: 'joint_building_unit' })
@Unique({ properties: ['name'] })
export class JointBuildingUnit extends VersionedRecord {
  @Field(() => String, { description: 'Name (单位名称), e.g. 县人民医院.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => JointUnitKind, { description: 'Kind of unit (单位类型).' })
  @Enum({ items: () => JointUnitKind, nativeEnumName: 'joint_unit_kind' })
  kind!: JointUnitKind;

  /** The unit's own party organisation in the party subgraph (单位党组织), if it has one. */
  @Property({ type: 'uuid', nullable: true })
  partyOrganizationId: string | null = null;
}
