import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { CobuildingCategory } from './cobuilding-category.js';

@ObjectType('CobuildingResource', { description: 'A resource (资源清单 entry) a joint-building unit offers to the communities: people, rooms, skills, funds.' })
@Entity({ tableName: 'resource' })
@Index({ properties: ['unitId'] })
export class Resource extends VersionedRecord<'active'> {
  @ManyToOne(() => JointBuildingUnit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'restrict' })
  unitId!: string;

  @Field(() => String, { description: 'What is offered (资源名称).' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details (资源描述): how much, when, conditions.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => CobuildingCategory, { description: 'Subject (类别).' })
  @Enum({ items: () => CobuildingCategory, nativeEnumName: 'cobuilding_category' })
  category!: CobuildingCategory;

  @Field(() => Boolean, { description: 'Whether the unit still offers it (是否可用); withdrawn resources are not suggested.' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}
