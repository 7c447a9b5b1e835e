import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { CommunityPlacedRecord } from '../record/cobuilding-record.js';
import { CobuildingCategory } from './cobuilding-category.js';
import { CobuildingNeedStatus } from './need-status.js';

@ObjectType('CobuildingNeed', { description: 'A need (需求清单 entry) a community raises for itself or one of its neighborhoods.' })
@Entity({ tableName: 'need' })
@Index({ properties: ['communityId'] })
@Index({ properties: ['neighborhoodId'] })
export class Need extends CommunityPlacedRecord<'status' | 'closedAt' | 'closeReason' | 'closedBy'> {
  @Field(() => String, { description: 'What is needed (需求名称).' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details (需求描述).' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => CobuildingCategory, { description: 'Subject (类别); resources are suggested by it.' })
  @Enum({ items: () => CobuildingCategory, nativeEnumName: 'cobuilding_category' })
  category!: CobuildingCategory;

  @Field(() => CobuildingNeedStatus, { description: 'Stage (需求状态): open, met or withdrawn.' })
  @Enum({ items: () => CobuildingNeedStatus, nativeEnumName: 'need_status' })
  status: CobuildingNeedStatus = CobuildingNeedStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'When it was closed, by the server clock (关闭时间).' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was closed (关闭原因).' })
  @Property({ type: 'text', nullable: true })
  closeReason: string | null = null;

  /** Who closed it (the caller's subject). */
  @Property({ type: 'string', length: 200, nullable: true })
  closedBy: string | null = null;
}
