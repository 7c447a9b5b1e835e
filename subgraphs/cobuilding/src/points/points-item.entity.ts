import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { CommunityPlacedRecord } from '../record/cobuilding-record.js';

/** An item of a community's points supermarket (积分超市 / 爱心之家): its price in points and its stock. */
@ObjectType({ description: 'A points supermarket item (积分超市商品): price in points, stock, and whether it is still offered.' })
@Entity({ tableName: 'points_item' })
@Index({ properties: ['communityId'] })
export class PointsItem extends CommunityPlacedRecord<'withdrawnAt'> {
  @Field(() => String, { description: 'Name (名称).' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Int, { description: 'Price in points (所需积分).' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => Int, { description: 'In stock (库存).' })
  @Property({ type: 'integer' })
  stock!: number;

  @Field(() => Date, { nullable: true, description: 'When it was taken off the shelf (下架时间); null while offered.' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;
}
