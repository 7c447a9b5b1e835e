import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { PlacedRecord } from '../record/cobuilding-record.js';
import { CobuildingCategory } from './cobuilding-category.js';

@ObjectType('CobuildingNeed', { description: 'A need (需求清单 entry) a community raises for itself or one of its neighborhoods.' })
@Entity({ tableName: 'need' })
@Index({ properties: ['communityId'] })
@Index({ properties: ['neighborhoodId'] })
export class Need extends PlacedRecord {
  @Field(() => String, { description: 'What is needed (需求名称).' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details (需求描述).' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => CobuildingCategory, { description: 'Subject (类别); resources are suggested by it.' })
  @Enum({ items: () => CobuildingCategory, nativeEnumName: 'cobuilding_category' })
  category!: CobuildingCategory;
}
