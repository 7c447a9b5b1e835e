import DataLoader from 'dataloader';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import type { AreaLevel } from '../statistics/statistics.loader.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

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

const COLUMN: Record<AreaLevel, string> = { district: 'district_id', street: 'street_id', community: 'community_id' };

/** A per-request loader of one area level's figures: two grouped statements per batch. */
export function createPointsStatisticsLoader(em: EntityManager, level: AreaLevel): DataLoader<string, PointsStatistics> {
  return new DataLoader(async (ids) => {
    const column = COLUMN[level];
    const list = placeholders(ids);
    const connection = em.getConnection();
    const [entries, items] = await Promise.all([
      connection.execute<Record<string, string>[]>(
        `select ${column} as area, coalesce(sum(points) filter (where kind = 'EARNED_FOR_SERVICE'), 0) as earned,
           coalesce(-sum(points) filter (where kind = 'REDEEMED'), 0) as redeemed, count(*) filter (where kind = 'REDEEMED') as redemptions
         from cobuilding.points_entry where ${column} in (${list}) group by ${column}`,
        [...ids],
      ),
      connection.execute<Record<string, string>[]>(`select ${column} as area, count(*) as items from cobuilding.points_item where withdrawn_at is null and ${column} in (${list}) group by ${column}`, [...ids]),
    ]);
    return ids.map((id) => {
      const row = entries.find((candidate) => candidate.area === id);
      return Object.assign(new PointsStatistics(), {
        pointsEarned: Number(row?.earned ?? 0),
        pointsRedeemed: Number(row?.redeemed ?? 0),
        redemptions: Number(row?.redemptions ?? 0),
        itemsOnShelf: Number(items.find((candidate) => candidate.area === id)?.items ?? 0),
      });
    });
  });
}

@Resolver(() => DistrictStub)
export class DistrictPointsResolver {
  @FieldResolver(() => PointsStatistics, { description: "The district's points (积分统计)." })
  pointsStatistics(@Root() district: DistrictStub, @Ctx() ctx: CobuildingContext): Promise<PointsStatistics> {
    return ctx.loaders.pointsStatistics.district.load(district.id);
  }
}

@Resolver(() => StreetStub)
export class StreetPointsResolver {
  @FieldResolver(() => PointsStatistics, { description: "The street's points (积分统计)." })
  pointsStatistics(@Root() street: StreetStub, @Ctx() ctx: CobuildingContext): Promise<PointsStatistics> {
    return ctx.loaders.pointsStatistics.street.load(street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityPointsResolver {
  @FieldResolver(() => PointsStatistics, { description: "The community's points (积分统计)." })
  pointsStatistics(@Root() community: CommunityStub, @Ctx() ctx: CobuildingContext): Promise<PointsStatistics> {
    return ctx.loaders.pointsStatistics.community.load(community.id);
  }
}
