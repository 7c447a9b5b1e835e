import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AreaLevel } from '../statistics/statistics.loader.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';
import { PointsStatistics } from './points-statistics.type.js';

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
