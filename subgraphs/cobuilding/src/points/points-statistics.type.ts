import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Points of an area (积分统计): earned, spent, redemptions and supermarket items. Aggregates only.' })
export class PointsStatistics {
  @Field(() => Int, { description: 'Points earned for service (累计发放积分).' })
  pointsEarned = 0;

  @Field(() => Int, { description: 'Points spent at supermarkets (累计兑换积分).' })
  pointsRedeemed = 0;

  @Field(() => Int, { description: 'Redemptions (兑换次数).' })
  redemptions = 0;

  @Field(() => Int, { description: 'Supermarket items on the shelf (在架商品).' })
  itemsOnShelf = 0;
}
